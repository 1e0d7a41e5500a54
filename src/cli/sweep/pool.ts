/**
 * Runs sweep tasks on worker threads, one per core (or fewer), each worker taking the next task
 * when it finishes one. Results are stored by task index, so their order never depends on which
 * worker finished first.
 */
import { Worker } from 'node:worker_threads';
import { runSweepTask, SWEEP_WORKER_MARK, type SweepResult, type SweepTask } from './worker';

/** Runs every task on `threads` workers (1: in this thread); `onDone` hears how many are finished. */
export async function runSweepTasks(
  tasks: readonly SweepTask[],
  threads: number,
  onDone: (done: number) => void,
): Promise<SweepResult[]> {
  const results: SweepResult[] = new Array<SweepResult>(tasks.length);
  if (threads <= 1) {
    tasks.forEach((task, k) => {
      results[task.index] = runSweepTask(task);
      onDone(k + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next < tasks.length) worker.postMessage(tasks[next++]);
      };
      for (let w = 0; w < Math.min(threads, tasks.length); w++) {
        const worker = new Worker(new URL('./workerStart.mjs', import.meta.url), {
          workerData: SWEEP_WORKER_MARK,
        });
        workers.push(worker);
        worker.on('message', (result: SweepResult) => {
          results[result.index] = result;
          onDone(++done);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length)
            reject(new Error(`a sweep worker stopped early (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
