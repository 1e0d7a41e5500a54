/**
 * Messages between the UI thread and the planner's worker, which runs a plan and the scenario's own
 * rules on the same town and seed (evaluatePlan, src/engine/roles/planner.ts) away from the town's
 * worker, so the town and the page stay responsive. Structured-clone safe; answers repeat the id.
 */
import type { PlanResult } from '../engine/roles/planner';
import type { Issue } from '../scenario/issue';
import type { RuleSet, Scenario } from '../scenario/schema';

/** A plan to judge: the scenario as shipped (the baseline), and the text whose rules are the plan. */
export interface PlanJob {
  fileName: string;
  baseline: string;
  plan: string;
  seed: number;
}

export type PlanRequest = { kind: 'evaluate'; id: number; job: PlanJob };

/** What the worker is sent: both texts read and checked on the page (rolePlanClient.ts). */
export type PlanWorkerRequest = {
  kind: 'evaluate';
  id: number;
  baseline: Scenario;
  plan: RuleSet;
  seed: number;
};

export type PlanResponse =
  /** The verdict (or the engine's error value), and the worker's time for both runs in ms. */
  | { kind: 'evaluated'; id: number; result: PlanResult; ms: number }
  /** A text could not be read: its positioned problems (answered on the page). */
  | { kind: 'invalid'; id: number; which: 'baseline' | 'plan'; errors: Issue[] }
  | { kind: 'failed'; id: number; message: string };
