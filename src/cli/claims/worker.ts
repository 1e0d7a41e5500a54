/**
 * A claims worker thread: runs the (scenario, seed) tasks it is sent, one at a time, and posts back
 * each run's figures with the task's index, so the parent keeps seed order whatever finishes first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { figuresOfRun, type FigureRequest } from '../../engine/claims/figures';
import type { Scenario } from '../../scenario/schema';

/** One run: a scenario (one of the files), a seed, the figures to read from it. */
export interface ClaimTask {
  index: number;
  scenario: Scenario;
  seed: number;
  requests: FigureRequest[];
}

/** What a worker sends back for a task. */
export interface ClaimTaskResult {
  index: number;
  values: Record<string, number>;
}

/** Runs one task (the same figures `checkClaims` reads in one thread). */
export function runClaimTask(task: ClaimTask): ClaimTaskResult {
  return { index: task.index, values: figuresOfRun(task.scenario, task.seed, task.requests) };
}

/** Marks a thread started by the claims pool (a test runner's threads never listen). */
export const CLAIMS_WORKER_MARK = 'ledgertown-claims-worker';

if (parentPort && workerData === CLAIMS_WORKER_MARK) {
  const port = parentPort;
  port.on('message', (task: ClaimTask) => port.postMessage(runClaimTask(task)));
}
