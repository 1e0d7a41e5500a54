/**
 * The roles' part of the simulation worker's messages (protocol.ts carries them): the role a run
 * is asked to play, the moves a player sends, and the role's state after every day. Plain data,
 * structured-clone safe.
 */
import type {
  AppealCase,
  CitizenView,
  GoalStatus,
  MoveRefusal,
  OfficerDebrief,
  PlayerMove,
  RoleKind,
  RoleResult,
  RolesInfo,
} from '../engine/types';

/** The role asked for; a citizen without a protagonist plays the first one the town can cast. */
export type RoleChoice =
  | { kind: 'observer' }
  | { kind: 'citizen'; protagonist?: string }
  | { kind: 'appealsOfficer' }
  | { kind: 'planner' };

/** A move as the player makes it: the protagonist's next choice, or an appeal decided. */
export type RoleMove =
  { kind: 'choose'; action: string | null } | { kind: 'decide'; caseId: string; grant: boolean };

/**
 * The answer to a move: the engine's (accepted, or refused as data), or a failure before the engine
 * could answer (no citizen is played, no town is running, the run changed), in words.
 */
export type MoveAnswer = RoleResult | { ok: false; error: string };

/** Why the run does not play the role asked for, or not all of its saved moves. */
export type RoleProblem =
  /** The scenario declares no such role (or no such protagonist): the run plays the observer. */
  | { kind: 'notOffered'; role: RoleKind }
  /**
   * The engine could not cast the role: nobody in this town fits the protagonist's pick (the id of
   * the last protagonist tried; none when the role is not a citizen).
   */
  | { kind: 'notCast'; protagonist?: string }
  /**
   * Saved move number `move` (from 1), on `day`, was refused on replay: it and the moves after it
   * were dropped. The refusal is data, worded in the reader's language.
   */
  | { kind: 'replayFailed'; move: number; day: number; refusal: MoveRefusal };

/** The played role's state after a day or a move (absent for the observer and the planner). */
export interface RoleFrame {
  /** What the protagonist knows, and their goals (the story only once the ending came). */
  citizen: { view: CitizenView; status: GoalStatus } | null;
  /** The appeals queue and the officer's record so far. */
  officer: { cases: AppealCase[]; debrief: OfficerDebrief } | null;
  /** Every move made in this run, for saving and replaying. */
  moves: PlayerMove[];
}

/** Sent once with a loaded town: what the scenario offers and plays, and any problem casting it. */
export interface RoleSetup {
  roles: RolesInfo;
  problem: RoleProblem | null;
}
