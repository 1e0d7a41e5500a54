/**
 * Roles in the engine: which person plays each declared protagonist (the first match in index order,
 * so the town never changes), who is under the player's control in this run, and the player's choice
 * for the next day. A played protagonist (and their businesses) does only what the player chooses:
 * the engine still draws every number for them (common random numbers hold for everyone else) but
 * uses the choice instead of their ACT, FILE and SETTLE draws. Systems read this state through the
 * hooks roles/play.ts sets (core/state.ts, PlayHooks); nothing here runs unless a role is played.
 */
import type { ProtagonistDefinition, Scenario } from '../../scenario/schema';
import { EXTRA_OCCUPATIONS } from '../core/compile';
import { createDesk } from './appealsDesk';
import type { RolePlay } from './types';
import type { Town } from '../town/town';
import { ROLE_CHILD, ROLE_ELDER, ROLE_HEAD, ROLE_SPOUSE } from '../town/town';
import type { PickedProtagonist, RoleState } from './state';

/** Number of children living with a person who is a household head or spouse. */
export function childrenAtHome(town: Town, i: number): number {
  const p = town.people;
  if (p.role[i] !== ROLE_HEAD && p.role[i] !== ROLE_SPOUSE) return 0;
  const h = p.household[i];
  let n = 0;
  for (let j = town.households.start[h]; j < town.households.start[h + 1]; j++)
    if (p.role[j] === ROLE_CHILD) n++;
  return n;
}

/** The household member a setup or action concerns: the person, a parent, or a spouse (-1: none). */
export function relativeOf(town: Town, i: number, target: 'self' | 'parent' | 'spouse'): number {
  if (target === 'self') return i;
  const p = town.people;
  const h = p.household[i];
  const first = town.households.start[h];
  const last = town.households.start[h + 1];
  const find = (role: number): number => {
    for (let j = first; j < last; j++) if (j !== i && p.role[j] === role) return j;
    return -1;
  };
  if (target === 'spouse') {
    if (p.role[i] === ROLE_HEAD) return find(ROLE_SPOUSE);
    return p.role[i] === ROLE_SPOUSE ? find(ROLE_HEAD) : -1;
  }
  if (p.role[i] === ROLE_CHILD) {
    const head = find(ROLE_HEAD);
    return head >= 0 ? head : find(ROLE_SPOUSE);
  }
  return p.role[i] === ROLE_HEAD || p.role[i] === ROLE_SPOUSE ? find(ROLE_ELDER) : -1;
}

/** Does person i fit a protagonist's pick? */
function fits(
  scenario: Scenario,
  town: Town,
  i: number,
  pick: ProtagonistDefinition['pick'],
  owns: (i: number) => boolean,
): boolean {
  const p = town.people;
  if (pick.occupation !== undefined) {
    const ids = [...scenario.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
    if (ids[p.occupation[i]] !== pick.occupation) return false;
  }
  if (pick.minAge !== undefined && p.age[i] < pick.minAge) return false;
  if (pick.maxAge !== undefined && p.age[i] > pick.maxAge) return false;
  if (pick.district !== undefined && scenario.town.districts[p.district[i]].id !== pick.district)
    return false;
  if (pick.hasChildren !== undefined && childrenAtHome(town, i) > 0 !== pick.hasChildren)
    return false;
  if (pick.ownsBusiness !== undefined && owns(i) !== pick.ownsBusiness) return false;
  return true;
}

/** Pick every declared protagonist (distinct people, first match in index order). */
function pickProtagonists(
  scenario: Scenario,
  town: Town,
  owns: (i: number) => boolean,
): PickedProtagonist[] {
  const taken = new Set<number>();
  return (scenario.roles.citizen?.protagonists ?? []).map((definition) => {
    let person = -1;
    for (let i = 0; i < town.people.count && person < 0; i++)
      if (!taken.has(i) && fits(scenario, town, i, definition.pick, owns)) person = i;
    if (person >= 0) taken.add(person);
    const target =
      person >= 0 && definition.setup ? relativeOf(town, person, definition.setup.target) : -1;
    return { definition, person, target };
  });
}

/** The role state for a run: protagonists picked, and control given to the player's role. */
export function createRoleState(
  scenario: Scenario,
  town: Town,
  agents: number,
  ownedOffsets: Int32Array,
  ownedIndices: Int32Array,
  play: RolePlay = { kind: 'observer' },
): RoleState {
  const owns = (i: number): boolean => ownedOffsets[i + 1] > ownedOffsets[i];
  const protagonists = pickProtagonists(scenario, town, owns);
  const controlled = new Uint8Array(agents);
  let played = -1;
  if (play.kind === 'citizen') {
    played = protagonists.findIndex((p) => p.definition.id === play.protagonist);
    if (played < 0)
      throw new Error(
        `role citizen: no protagonist "${play.protagonist}" in scenario "${scenario.id}" (declared: ${protagonists.map((p) => p.definition.id).join(', ') || 'none'})`,
      );
    const person = protagonists[played].person;
    if (person < 0)
      throw new Error(
        `role citizen: nobody in this town fits protagonist "${play.protagonist}"'s pick: loosen roles.citizen.protagonists[${played}].pick`,
      );
    controlled[person] = 1;
    for (let k = ownedOffsets[person]; k < ownedOffsets[person + 1]; k++)
      controlled[town.people.count + ownedIndices[k]] = 1;
  }
  const officer = scenario.roles.appealsOfficer;
  if (play.kind === 'appealsOfficer' && !officer)
    throw new Error(
      `role appealsOfficer: scenario "${scenario.id}" declares no roles.appealsOfficer`,
    );
  const decidedByPlayer = play.kind === 'appealsOfficer';
  return {
    play,
    protagonists,
    played,
    controlled,
    chosen: null,
    decidedByPlayer,
    moves: [],
    progress: null,
    desk: decidedByPlayer ? createDesk() : null,
    apologies: [],
    messages: [],
  };
}
