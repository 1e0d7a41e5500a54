/**
 * The planner worker's logic, apart from the `self.onmessage` wiring so Node tests can drive it:
 * read the baseline scenario and the plan, and judge the plan's rules against the scenario's
 * target on the job's seed.
 */
import { evaluatePlan } from '../engine/roles/planner';
import { loadScenario } from '../scenario/load';
import type { PlanRequest, PlanResponse } from './rolePlanProtocol';

/** Creates the host; `post` answers the UI, `now` reads a monotonic clock in ms. */
export function createPlanHost(post: (response: PlanResponse) => void, now: () => number) {
  return {
    handle(request: PlanRequest): void {
      const { id, job } = request;
      try {
        const started = now();
        const baseline = loadScenario(job.baseline, job.fileName);
        if (!baseline.ok) {
          post({ kind: 'invalid', id, which: 'baseline', errors: baseline.errors });
          return;
        }
        const plan = loadScenario(job.plan, job.fileName);
        if (!plan.ok) {
          post({ kind: 'invalid', id, which: 'plan', errors: plan.errors });
          return;
        }
        const result = evaluatePlan(baseline.scenario, plan.scenario.ruleset, job.seed);
        post({ kind: 'evaluated', id, result, ms: now() - started });
      } catch (error) {
        post({
          kind: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
