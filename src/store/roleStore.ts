/**
 * The role the player takes (doc/roles.md): what the scenario offers, what the run plays, what
 * the played role sees each day (a citizen's view and goals, an appeals officer's queue and
 * record), the moves made, and the desk around them (the planner's bets and verdict, whether a
 * debrief is open). The town controller feeds it from the worker; roleSave.ts saves it with the
 * progress (a saved game is rebuilt by replaying its moves); plannerActions.ts runs the planner.
 */
import { createStore } from 'zustand/vanilla';
import type { PlanEvaluation, PlanProblem as PlanResultProblem } from '../engine/roles/planner';
import type {
  AgentId,
  MoveRefusal,
  PlayerMove,
  ProtagonistInfo,
  RolePlay,
  RolesInfo,
} from '../engine/types';
import type { Issue } from '../scenario/issue';
import type {
  MoveAnswer,
  RoleChoice,
  RoleFrame,
  RoleProblem,
  RoleSetup,
} from '../worker/roleProtocol';
import type { TeacherState, TeacherStore } from './teacherStore';

/** The player's predictions before a plan runs: relative changes (−0.3: down by 30 %). */
export interface PlanBets {
  target: number;
  /** Per cost metric named by the scenario. */
  costs: Record<string, number>;
}

/** Where the planner's run is. */
export type PlanRun =
  | { status: 'idle' }
  | { status: 'running'; startedAt: number }
  | { status: 'done'; result: PlanEvaluation; bets: PlanBets; ms: number }
  | { status: 'invalid'; which: 'baseline' | 'plan'; errors: Issue[] }
  /** Nothing to run: no town yet, or the rule editor's draft has problems. */
  | { status: 'blocked'; problem: PlanProblem }
  /** The plan could not be judged (`why`, as data), or the run failed (`message`). */
  | { status: 'failed'; message: string; why?: PlanResultProblem };

export type PlanProblem = 'noTown' | 'draftInvalid';

export interface RoleState {
  /** The role this run plays (observer until a town is loaded). */
  playing: RolePlay;
  /** What the scenario offers, and who plays each protagonist in this town. */
  roles: RolesInfo | null;
  /** Why the run does not play the role asked for (or not all of its saved moves). */
  problem: RoleProblem | null;
  /** What the played role sees after the latest day or move (citizen, appeals officer). */
  frame: RoleFrame | null;
  /** The scenario file and role the desk belongs to; the desk starts afresh when they change. */
  deskFor: string | null;
  /** The side pane shows the role's desk, or the town's own panels. */
  pane: 'desk' | 'town';
  /** The ending or a debrief is shown over the map. */
  debriefOpen: boolean;
  /** The appeals officer chose to finish: their debrief is shown. */
  officerFinished: boolean;
  /** A move is on its way to the worker. */
  moving: boolean;
  /** The last move failed before the engine could answer (no town, the run changed): why, in words. */
  moveError: string | null;
  /** The engine refused the last move: why, as data (worded in the page's language). */
  moveRefusal: MoveRefusal | null;
  /** The role chosen on the start screen for one scenario file, used when Start is pressed. */
  startChoice: { fileName: string; choice: RoleChoice } | null;
  planBets: PlanBets;
  planRun: PlanRun;
}

const OBSERVER: RolePlay = { kind: 'observer' };

/** A run played afresh: no moves, no ending or debrief shown yet. */
const freshRun = () => ({
  frame: null,
  pane: 'desk' as const,
  debriefOpen: false,
  officerFinished: false,
  moveError: null,
  moveRefusal: null,
});

/** Another scenario or role: the planner's bets and verdict go too. */
const freshDesk = () => ({
  ...freshRun(),
  planBets: { target: 0, costs: {} },
  planRun: { status: 'idle' } as PlanRun,
});

const initialState = (): RoleState => ({
  playing: OBSERVER,
  roles: null,
  problem: null,
  deskFor: null,
  moving: false,
  startChoice: null,
  ...freshDesk(),
});

export const createRoleStore = () => createStore<RoleState>()(() => initialState());
export type RoleStore = ReturnType<typeof createRoleStore>;

/** The choice that plays this role again. */
export function choiceOf(play: RolePlay): RoleChoice {
  return play.kind === 'citizen' ? { kind: 'citizen', protagonist: play.protagonist } : play;
}

/** True for the roles with a desk of their own (the observer has the sandbox's panels). */
export function hasDesk(play: RolePlay): boolean {
  return play.kind !== 'observer';
}

/** The protagonist played, as the scenario declares them (label, description, goals). */
export function playedProtagonist(state: RoleState): ProtagonistInfo | undefined {
  const play = state.playing;
  if (play.kind !== 'citizen') return undefined;
  return state.roles?.protagonists.find((p) => p.id === play.protagonist);
}

/** The person the player is, when a citizen is played. */
export function protagonistPerson(state: RoleState): AgentId | null {
  return state.frame?.citizen?.view.person ?? null;
}

/** The citizen's ending has come: the truth may be told. */
export function citizenEnded(state: RoleState): boolean {
  return (state.frame?.citizen?.status.ending ?? null) !== null;
}

/**
 * Whether the town's own panels (dossiers, events, charts: the truth) stay closed: for a citizen
 * before their ending, and for an appeals officer until they finish.
 */
export function truthHidden(state: RoleState, day: number, lastDay: number): boolean {
  if (state.playing.kind === 'citizen') return !citizenEnded(state);
  if (state.playing.kind === 'appealsOfficer') return !officerDone(state, day, lastDay);
  return false;
}

/** The appeals officer's shift is over: they finished, or the run reached its last day. */
export function officerDone(state: RoleState, day: number, lastDay: number): boolean {
  return state.officerFinished || (lastDay > 0 && day >= lastDay);
}

/** The desk key of a run: its file and role (a new seed keeps the desk, a new role does not). */
export function deskKey(fileName: string, play: RolePlay): string {
  return `${fileName}|${play.kind}|${play.kind === 'citizen' ? play.protagonist : ''}`;
}

// -------------------------------------------------------------------------------------------
// Loading, frames, moves
// -------------------------------------------------------------------------------------------

/**
 * The role and moves a load asks the worker for. A load naming a role without moves plays that
 * role afresh (a planner keeps their bets and verdict when the file and role stay); one naming neither plays the current role again, with its moves when it is the same
 * file (jumping back, a worker restart, an edit applied) and without them otherwise.
 */
export function roleForLoad(
  store: RoleStore,
  load: { role?: RoleChoice; moves?: PlayerMove[] },
  sameFile: boolean,
): { role: RoleChoice; moves: PlayerMove[] } {
  if (load.role !== undefined) {
    if (load.moves === undefined) store.setState(freshRun());
    return { role: load.role, moves: load.moves ?? [] };
  }
  const state = store.getState();
  return { role: choiceOf(state.playing), moves: sameFile ? (state.frame?.moves ?? []) : [] };
}

/**
 * A town arrived: its roles and first frame. The desk starts afresh for another file or role, and
 * the classroom's role follows the one played (unless a lesson fixes it).
 */
export function applyRoleLoaded(
  store: RoleStore,
  teacher: TeacherStore,
  fileName: string,
  role: RoleSetup,
  frame: RoleFrame | undefined,
): void {
  const playing = role.roles.playing;
  const key = deskKey(fileName, playing);
  const same = store.getState().deskFor === key;
  store.setState({
    ...(same ? {} : freshDesk()),
    playing,
    roles: role.roles,
    problem: role.problem,
    frame: frame ?? null,
    deskFor: key,
    moving: false,
    startChoice: { fileName, choice: choiceOf(playing) },
    ...(same ? {} : { debriefOpen: (frame?.citizen?.status.ending ?? null) !== null }),
  });
  if (fixedRole(teacher.getState()) === null) teacher.setState({ role: playing.kind });
}

/** A day's frame: the role's view after it; an ending that has just come opens its screen. */
export function applyRoleFrame(store: RoleStore, frame: RoleFrame | undefined): void {
  const before = store.getState();
  const endedNow = !citizenEnded(before) && (frame?.citizen?.status.ending ?? null) !== null;
  store.setState({
    frame: frame ?? null,
    ...(endedNow ? { debriefOpen: true, pane: 'desk' as const } : {}),
  });
}

/** The worker's answer to a move. */
export function applyRoleMoved(
  store: RoleStore,
  result: MoveAnswer,
  frame: RoleFrame | undefined,
): void {
  store.setState({
    frame: frame ?? null,
    moving: false,
    moveError: !result.ok && 'error' in result ? result.error : null,
    moveRefusal: !result.ok && 'refusal' in result ? result.refusal : null,
  });
}

/** The role Start plays for a scenario file: the start screen's choice, or what a lesson fixes. */
export function roleToStart(store: RoleStore, teacher: TeacherStore, fileName: string): RoleChoice {
  const fixed = fixedRole(teacher.getState());
  const chosen = store.getState().startChoice;
  const choice = chosen?.fileName === fileName ? chosen.choice : { kind: 'observer' as const };
  if (fixed === null || choice.kind === fixed) return choice;
  return fixed === 'citizen' ? { kind: 'citizen' } : { kind: fixed };
}

/** The role kind a lesson link fixes, or null when the student may choose. */
export function fixedRole(teacher: TeacherState): RolePlay['kind'] | null {
  return teacher.settings.fixRole && teacher.lesson !== null ? teacher.role : null;
}
