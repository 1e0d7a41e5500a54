/** Runs claim tasks on the shared worker pool (src/cli/workerPool.ts) with the claims worker. */
import { runPooled } from '../workerPool';
import { CLAIMS_WORKER_MARK, runClaimTask, type ClaimTask, type ClaimTaskResult } from './worker';

/** Runs every task; `onDone` hears how many are finished. */
export function runClaimTasks(
  tasks: readonly ClaimTask[],
  threads: number,
  onDone: (done: number) => void,
): Promise<ClaimTaskResult[]> {
  return runPooled(tasks, threads, onDone, {
    name: 'claims',
    start: new URL('./workerStart.mjs', import.meta.url),
    workerData: CLAIMS_WORKER_MARK,
    runHere: runClaimTask,
  });
}
