/**
 * The planner worker's logic, apart from the `self.onmessage` wiring so Node tests can drive it:
 * judge the plan's rules against the scenario's target on the job's seed (both read and checked
 * on the page, rolePlanClient.ts).
 */
import { evaluatePlan } from '../engine/roles/planner';
import type { PlanResponse, PlanWorkerRequest } from './rolePlanProtocol';

/** Creates the host; `post` answers the UI, `now` reads a monotonic clock in ms. */
export function createPlanHost(post: (response: PlanResponse) => void, now: () => number) {
  return {
    handle(request: PlanWorkerRequest): void {
      const { id } = request;
      try {
        const started = now();
        const result = evaluatePlan(request.baseline, request.plan, request.seed);
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
