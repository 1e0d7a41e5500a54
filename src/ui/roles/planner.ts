/**
 * The planner's actions for this app: one plan worker, and the plan read from the rule editor (its
 * newest valid draft) against the scenario as shipped, on the town's seed. Created once per app.
 */
import {
  createPlannerActions,
  type PlannerActions,
  type PlanSource,
} from '../../store/plannerActions';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';
import { openEngineChannel } from '../../worker/engineChannel';
import { createPlanClient } from '../../worker/rolePlanClient';
import type { Workbench } from '../editor/createWorkbench';

const planners = new WeakMap<TownStores, PlannerActions>();

/** The planner's actions over these stores (the same object on every call). */
export function plannerFor(
  stores: TownStores,
  workbench: Workbench,
  controller: TownController,
): PlannerActions {
  let planner = planners.get(stores);
  if (planner === undefined) {
    const client = createPlanClient(() => openEngineChannel('plan'));
    planner = createPlannerActions(stores.role, {
      client,
      source: () => planSource(stores, workbench),
      now: () => performance.now(),
      saved: () => controller.saveProgress(),
    });
    planners.set(stores, planner);
  }
  return planner;
}

/** The plan to run: the editor's newest valid rules on the town's scenario file and seed. */
function planSource(stores: TownStores, workbench: Workbench): PlanSource {
  const { source, seed } = stores.session.getState();
  if (source === null) return { problem: 'noTown' };
  workbench.editor.validate();
  const draft = workbench.editorStore.getState();
  if (draft.check.status !== 'valid' || draft.lastValid === null)
    return { problem: 'draftInvalid' };
  return {
    job: { fileName: source.fileName, baseline: draft.shipped, plan: draft.lastValid.text, seed },
  };
}
