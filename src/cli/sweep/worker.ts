/**
 * A sweep worker thread: runs the simulations it is sent, one at a time, and posts back each run's
 * summary with its index, so the parent can put rows in order whatever finishes first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSimulation } from '../../engine/index';
import type { Scenario } from '../../engine/types';
import { ConditionBudgetError } from '../../scenario/conditions/conditionCost';

/** One run of a sweep. */
export interface SweepTask {
  index: number;
  scenario: Scenario;
  seed: number;
  days: number;
}

/** What a worker sends back for a task; `stopped` when the run passed the day budget of conditions. */
export interface SweepResult {
  index: number;
  summary: Record<string, number>;
  stopped?: string;
}

/** Runs one task: the same scenario, seed and days give the same summary as `run`. */
export function runSweepTask(task: SweepTask): SweepResult {
  const sim = createSimulation(task.scenario, task.seed, { dossiers: 'none' });
  try {
    sim.run(task.days);
  } catch (error) {
    // Passed back as data: an error object would lose its class on the way out of a thread.
    if (error instanceof ConditionBudgetError)
      return { index: task.index, summary: {}, stopped: error.message };
    throw error;
  }
  return { index: task.index, summary: sim.summary() };
}

/** Marks a thread started by the sweep pool (other threads, like a test runner's, never listen). */
export const SWEEP_WORKER_MARK = 'ledgertown-sweep-worker';

if (parentPort && workerData === SWEEP_WORKER_MARK) {
  const port = parentPort;
  port.on('message', (task: SweepTask) => port.postMessage(runSweepTask(task)));
}
