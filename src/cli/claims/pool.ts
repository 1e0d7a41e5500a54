/**
 * Runs claim tasks on worker threads (or in this thread when `threads` is 1), each worker taking the
 * next task when it finishes one; results are stored by task index.
 */
import { Worker } from 'node:worker_threads';
import { CLAIMS_WORKER_MARK, runClaimTask, type ClaimTask, type ClaimTaskResult } from './worker';

/** Runs every task; `onDone` hears how many are finished. */
export async function runClaimTasks(
  tasks: readonly ClaimTask[],
  threads: number,
  onDone: (done: number) => void,
): Promise<ClaimTaskResult[]> {
  const results = new Array<ClaimTaskResult>(tasks.length);
  if (threads <= 1) {
    tasks.forEach((task, k) => {
      results[task.index] = runClaimTask(task);
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
          workerData: CLAIMS_WORKER_MARK,
        });
        workers.push(worker);
        worker.on('message', (result: ClaimTaskResult) => {
          results[result.index] = result;
          onDone(++done);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length)
            reject(new Error(`a claims worker stopped early (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
