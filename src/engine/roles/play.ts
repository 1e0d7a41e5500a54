/**
 * A run's roles, added once the core state exists (createSimulation): the protagonists picked, the
 * player's control, the hooks through which the day's systems carry out the player's choices
 * (core/state.ts, PlayHooks), then every protagonist's story before day 1.
 */
import type { SimState } from '../core/state';
import { deskDay } from './appealsDesk';
import { fileChosenAppeal, settleChosen } from './citizen';
import { createRoleState } from './roles';
import { applyRoleSetup } from './setup';
import type { RoleSimState } from './state';
import type { RolePlay } from './types';

/** Add the roles to a core state (the same object, now a RoleSimState). */
export function addRoles(core: SimState, play: RolePlay | undefined): RoleSimState {
  const owned = core.owned;
  const roles = createRoleState(
    core.scenario,
    core.town,
    core.agents,
    owned.offsets,
    owned.indices,
    play,
  );
  const s: RoleSimState = Object.assign(core, { roles });
  s.play = {
    controlled: roles.controlled,
    chosenAct: (agent) =>
      roles.chosen && roles.chosen.agent === agent ? roles.chosen.behaviour : -1,
    settle: () => settleChosen(s),
    fileAppeals: () => fileChosenAppeal(s),
    decideAppeals: roles.decidedByPlayer ? () => deskDay(s) : null,
  };
  applyRoleSetup(s);
  return s;
}
