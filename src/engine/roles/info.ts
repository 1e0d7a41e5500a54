/**
 * What roles a run offers (`roles()`), and rebuilding a played run from its moves (`replayMoves`):
 * the worker replays a saved game by making the same moves on the same days.
 */
import { agentId } from '../core/state';
import type { MoveRefusal, PlayerMove, RolesInfo } from './types';
import type { Simulation } from '../types';
import type { RoleSimState } from './state';

/** The declared roles, the people who play the protagonists, and the role this run plays. */
export function rolesInfo(s: RoleSimState): RolesInfo {
  const roles = s.scenario.roles;
  const id = (i: number) => (i >= 0 ? agentId(s, i) : null);
  const planner = roles.planner;
  const officer = roles.appealsOfficer;
  return {
    playing: { ...s.roles.play },
    observer: { description: roles.observer.description },
    protagonists: s.roles.protagonists.map(({ definition: d, person, target }) => ({
      id: d.id,
      label: d.label,
      description: d.description,
      person: id(person),
      setupTarget: id(target),
      every: d.every,
      actions: d.actions.map((a) => ({ id: a.id, label: a.label, description: a.description })),
      goals: d.goals.map((g) => ({
        id: g.id,
        text: g.text,
        byDay: g.byDay ?? null,
        outcome: g.outcome,
      })),
    })),
    planner: planner
      ? {
          target: { ...planner.target },
          editable: planner.editable.slice(),
          costs: planner.costs.slice(),
        }
      : null,
    appealsOfficer: officer
      ? {
          quota: officer.quota,
          pressure: {
            text: officer.pressure.text,
            maxGrantRate: officer.pressure.maxGrantRate ?? null,
            minPerDay: officer.pressure.minPerDay ?? null,
            maxWaitDays: officer.pressure.maxWaitDays ?? null,
          },
          hintChance: officer.hintChance,
        }
      : null,
  };
}

/** A replay's outcome: every move made, or the first one refused (`move`: its number from 1). */
export type ReplayResult =
  { ok: true } | { ok: false; move: number; day: number; refusal: MoveRefusal };

/**
 * Advance a fresh simulation (same scenario, seed and role) to `toDay`, making each move on the day
 * it was made; returns the first move refused, if any (the run then stops there).
 */
export function replayMoves(
  sim: Simulation,
  moves: readonly PlayerMove[],
  toDay: number,
): ReplayResult {
  let next = 0;
  for (;;) {
    while (next < moves.length && moves[next].day <= sim.day) {
      const m = moves[next++];
      const result =
        m.kind === 'choose'
          ? sim.chooseAction(m.person, m.action)
          : sim.decideAppeal(m.caseId, m.grant);
      if (!result.ok) return { ok: false, move: next, day: m.day, refusal: result.refusal };
    }
    if (sim.day >= toDay) break;
    sim.step();
  }
  return { ok: true };
}
