/**
 * The planner's actions over the role store: bets placed before a run, the run of the newest valid
 * rules against the scenario's own off the UI thread, its verdict, and planning again.
 */
import { PlanCancelledError, type PlanClient } from '../worker/rolePlanClient';
import type { PlanJob } from '../worker/rolePlanProtocol';
import type { PlanProblem, RoleStore } from './roleStore';

export interface PlannerActions {
  /** The predicted change of the target (a share: −0.3 is down by 30 %). */
  betOnTarget(change: number): void;
  /** The predicted change of one cost against the scenario's own rules. */
  betOnCost(metric: string, change: number): void;
  /** Runs the plan (the newest valid rules) against the scenario's own rules, off the UI thread. */
  run(): Promise<void>;
  cancel(): void;
  /** Back to planning: the verdict is put away, the bets may change again. */
  planAgain(): void;
}

/** The plan to run now, or why there is none. */
export type PlanSource = { job: PlanJob } | { problem: PlanProblem };

/** The planner's actions over the role store; `source` reads the rule editor's newest valid draft. */
export function createPlannerActions(
  store: RoleStore,
  deps: { client: PlanClient; source: () => PlanSource; now: () => number; saved?: () => void },
): PlannerActions {
  /** Bets are placed before the run: they are fixed while it runs and in its verdict. */
  const mayBet = (value: number) =>
    Number.isFinite(value) && store.getState().planRun.status !== 'running';
  return {
    betOnTarget(change) {
      if (mayBet(change)) store.setState((s) => ({ planBets: { ...s.planBets, target: change } }));
    },

    betOnCost(metric, change) {
      if (!mayBet(change)) return;
      store.setState((s) => ({
        planBets: { ...s.planBets, costs: { ...s.planBets.costs, [metric]: change } },
      }));
    },

    async run() {
      const source = deps.source();
      if ('problem' in source) {
        store.setState({ planRun: { status: 'blocked', problem: source.problem } });
        return;
      }
      const bets = store.getState().planBets;
      store.setState({ planRun: { status: 'running', startedAt: deps.now() }, debriefOpen: false });
      let answer;
      try {
        answer = await deps.client.evaluate(source.job);
      } catch (error) {
        if (error instanceof PlanCancelledError) store.setState({ planRun: { status: 'idle' } });
        else store.setState({ planRun: { status: 'failed', message: String(error) } });
        return;
      }
      if (answer.kind === 'invalid') {
        store.setState({
          planRun: { status: 'invalid', which: answer.which, errors: answer.errors },
        });
      } else if (answer.kind === 'failed') {
        store.setState({ planRun: { status: 'failed', message: answer.message } });
      } else if (!answer.result.ok) {
        const why = answer.result.problem;
        store.setState({ planRun: { status: 'failed', message: why.kind, why } });
      } else {
        store.setState({
          planRun: { status: 'done', result: answer.result, bets, ms: answer.ms },
          debriefOpen: true,
        });
      }
      deps.saved?.();
    },

    cancel() {
      deps.client.cancel();
    },

    planAgain() {
      store.setState({ planRun: { status: 'idle' }, debriefOpen: false });
      deps.saved?.();
    },
  };
}
