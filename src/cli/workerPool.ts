/**
 * Runs tasks on worker threads (or in this thread when `threads` is 1), each worker taking the next
 * task when it finishes one. Results are stored by task index, so their order never depends on which
 * worker finished first. Sweep and claims each start their own worker script with this pool.
 */
import { Worker } from 'node:worker_threads';

/** What a pool runs: the worker script, the mark it is started with, and the same work in this thread. */
export interface PoolJob<T, R> {
  /** Named in the error when a worker stops early ("a sweep worker stopped early"). */
  name: string;
  start: URL;
  workerData: unknown;
  runHere: (task: T) => R;
}

/** Runs every task on `threads` workers (1: in this thread); `onDone` hears how many are finished. */
export async function runPooled<T extends { index: number }, R extends { index: number }>(
  tasks: readonly T[],
  threads: number,
  onDone: (done: number) => void,
  job: PoolJob<T, R>,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  if (threads <= 1) {
    tasks.forEach((task, k) => {
      results[task.index] = job.runHere(task);
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
        const worker = new Worker(job.start, { workerData: job.workerData });
        workers.push(worker);
        worker.on('message', (result: R) => {
          results[result.index] = result;
          onDone(++done);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length)
            reject(new Error(`a ${job.name} worker stopped early (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
