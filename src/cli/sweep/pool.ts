/** Runs sweep tasks on the shared worker pool (src/cli/workerPool.ts) with the sweep worker. */
import { runPooled } from '../workerPool';
import { runSweepTask, SWEEP_WORKER_MARK, type SweepResult, type SweepTask } from './worker';

/** Runs every task on `threads` workers (1: in this thread); `onDone` hears how many are finished. */
export function runSweepTasks(
  tasks: readonly SweepTask[],
  threads: number,
  onDone: (done: number) => void,
): Promise<SweepResult[]> {
  return runPooled(tasks, threads, onDone, {
    name: 'sweep',
    start: new URL('./workerStart.mjs', import.meta.url),
    workerData: SWEEP_WORKER_MARK,
    runHere: runSweepTask,
  });
}
