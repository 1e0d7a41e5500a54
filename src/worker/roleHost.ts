/**
 * The simulation worker's role logic (simulationHost.ts calls it): cast the role a run is asked to
 * play, replay a saved game's moves with the host's progress reports, make a player's move, and
 * build what the role may see each day. The map's snapshot is filtered here, in the worker, so the
 * truth a role must not see never reaches the page at all.
 */
import { createSimulation, replayMoves } from '../engine/index';
import type { PlayerMove, RolePlay, Scenario, Simulation, TownSnapshot } from '../engine/types';
import type { MoveAnswer, RoleChoice, RoleFrame, RoleMove, RoleProblem } from './roleProtocol';

/**
 * A simulation playing the role asked for, or the observer with the reason when the scenario does
 * not offer it or nobody in the town fits it. A citizen without a protagonist gets the first one
 * the town can cast.
 */
export function castRole(
  scenario: Scenario,
  seed: number,
  choice: RoleChoice = { kind: 'observer' },
): { sim: Simulation; problem: RoleProblem | null } {
  const candidates = rolePlays(scenario, choice);
  if (candidates.length === 0) {
    return {
      sim: createSimulation(scenario, seed, {}),
      problem: { kind: 'notOffered', role: choice.kind },
    };
  }
  // The candidates exist in the scenario, so the engine refuses one only when nobody fits its pick.
  let protagonist: string | undefined;
  for (const role of candidates) {
    try {
      return { sim: createSimulation(scenario, seed, { role }), problem: null };
    } catch {
      protagonist = role.kind === 'citizen' ? role.protagonist : undefined;
    }
  }
  return { sim: createSimulation(scenario, seed, {}), problem: { kind: 'notCast', protagonist } };
}

/** The plays that would honour the choice in this scenario, in the order to try them. */
function rolePlays(scenario: Scenario, choice: RoleChoice): RolePlay[] {
  const roles = scenario.roles;
  switch (choice.kind) {
    case 'observer':
      return [{ kind: 'observer' }];
    case 'planner':
      return roles.planner ? [{ kind: 'planner' }] : [];
    case 'appealsOfficer':
      return roles.appealsOfficer ? [{ kind: 'appealsOfficer' }] : [];
    case 'citizen': {
      const ids = (roles.citizen?.protagonists ?? []).map((p) => p.id);
      const wanted =
        choice.protagonist === undefined ? ids : ids.filter((id) => id === choice.protagonist);
      return wanted.map((protagonist) => ({ kind: 'citizen', protagonist }));
    }
  }
}

/**
 * Brings a fresh run to `toDay`, making each saved move on its day; `stepTo` advances the run (the
 * host's, with its progress reports). A refused move drops it and the moves after it; the run still
 * reaches `toDay`.
 */
export function replayRoleMoves(
  sim: Simulation,
  moves: readonly PlayerMove[],
  toDay: number,
  stepTo: (day: number) => void,
): RoleProblem | null {
  const days = [...new Set(moves.map((m) => m.day))]
    .filter((d) => d <= toDay)
    .sort((a, b) => a - b);
  for (const day of days) {
    stepTo(day);
    const result = replayMoves(
      sim,
      moves.filter((m) => m.day === day),
      day,
    );
    if (!result.ok) {
      stepTo(toDay);
      return { kind: 'replayFailed', move: result.move, day: result.day, refusal: result.refusal };
    }
  }
  stepTo(toDay);
  return null;
}

/** Makes the player's move in the run; the answer, and the role's state after it. */
export function makeRoleMove(
  sim: Simulation,
  move: RoleMove,
): { result: MoveAnswer; role: RoleFrame | undefined } {
  let result: MoveAnswer;
  if (move.kind === 'decide') {
    result = sim.decideAppeal(move.caseId, move.grant);
  } else {
    const person = playedPerson(sim);
    result =
      person === null
        ? { ok: false, error: 'this run plays no citizen: choose the citizen role to make choices' }
        : sim.chooseAction(person, move.action);
  }
  return { result, role: roleFrame(sim) };
}

/** The person the played protagonist is, or null when no citizen is played. */
function playedPerson(sim: Simulation): string | null {
  const roles = sim.roles();
  const play = roles.playing;
  if (play.kind !== 'citizen') return null;
  return roles.protagonists.find((p) => p.id === play.protagonist)?.person ?? null;
}

/** What the played role sees now; undefined for the observer and the planner (they see the town). */
export function roleFrame(sim: Simulation): RoleFrame | undefined {
  const play = sim.roles().playing;
  if (play.kind === 'appealsOfficer') {
    return {
      citizen: null,
      officer: { cases: sim.appealCases(), debrief: sim.officerDebrief() },
      moves: sim.moves(),
    };
  }
  const person = playedPerson(sim);
  if (person === null) return undefined;
  const view = sim.citizenView(person);
  const status = sim.goalStatus(person);
  if (view === undefined || status === undefined) return undefined;
  return { citizen: { view, status }, officer: null, moves: sim.moves() };
}

/**
 * The map as the role may see it. Before the ending a citizen sees nobody's grade or listing but
 * their own, as far as they know them (an unknown grade is the index past the last grade, which the
 * map draws plain); an appeals officer sees what the system holds, never which listings are wrong.
 */
export function roleSnapshot(
  snapshot: TownSnapshot,
  scenario: Scenario,
  role: RoleFrame | undefined,
): TownSnapshot {
  if (role?.officer) {
    snapshot.wrongful.fill(0);
    return snapshot;
  }
  const citizen = role?.citizen;
  if (!citizen || citizen.status.ending !== null) return snapshot;
  const { grades } = scenario.ruleset.scoring;
  const lists = scenario.ruleset.lists;
  const index = Number(citizen.view.person.slice(1));
  const ownScore = snapshot.score[index];
  snapshot.grade.fill(grades.length);
  snapshot.score.fill(Number.NaN);
  snapshot.listed.fill(0);
  snapshot.wrongful.fill(0);
  snapshot.businessGrade.fill(grades.length);
  snapshot.businessListed.fill(0);
  const { grade, lists: known } = citizen.view;
  const gradeIndex = grades.findIndex((g) => g.id === grade);
  if (gradeIndex >= 0) {
    snapshot.grade[index] = gradeIndex;
    snapshot.score[index] = ownScore;
  }
  for (const entry of known) {
    const bit = lists.findIndex((l) => l.id === entry.list);
    if (bit >= 0) snapshot.listed[index] |= 1 << bit;
  }
  return snapshot;
}
