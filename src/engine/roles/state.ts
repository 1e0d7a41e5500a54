/**
 * The roles' part of the simulation state: who plays each protagonist, who is under the player's
 * control, the choice for the next day, the goals' progress and the appeals officer's desk. Types
 * only, so every file in roles/ can name them without importing another's code.
 */
import type { ProtagonistActionDefinition, ProtagonistDefinition } from '../../scenario/schema';
import type { GoalCondition, GoalVars } from '../../scenario/conditions/goalExpression';
import type { SimState } from '../core/state';
import type {
  CitizenAnswer,
  Clue,
  GoalState,
  GoalStatus,
  OfficerDebrief,
  PlayerMove,
  Plea,
  RolePlay,
} from './types';

/** The state every file in roles/ works on: the core state with the roles' own part. */
export interface RoleSimState extends SimState {
  roles: RoleState;
}

export interface RoleState {
  play: RolePlay;
  protagonists: PickedProtagonist[];
  /** Index into protagonists of the one played, or -1. */
  played: number;
  /** Per agent: 1 when the player decides what this agent does (the protagonist and their businesses). */
  controlled: Uint8Array;
  /** The choice for the next day (consumed by that day's step), or null. */
  chosen: ChosenAction | null;
  /** Appeals wait for the player's decisions instead of the office's. */
  decidedByPlayer: boolean;
  moves: PlayerMove[];
  progress: GoalProgress | null;
  desk: DeskState | null;
  /** The played protagonist's apologies and how they were judged. */
  apologies: { day: number; accepted: boolean }[];
  /** What the protagonist was told in answer to their choices (an appeal filed, an apology judged). */
  messages: { day: number; answer: CitizenAnswer }[];
}

/** A declared protagonist and the people who play it in this town. */
export interface PickedProtagonist {
  definition: ProtagonistDefinition;
  /** Person index, or -1 when nobody matches. */
  person: number;
  /** Whom the setup concerns (person index), or -1. */
  target: number;
}

/** The player's choice for the next day, resolved to indices. */
export interface ChosenAction {
  action: ProtagonistActionDefinition;
  /** For a behaviour: the agent who does it (the person, or their business for a business act). */
  agent: number;
  behaviour: number;
}

/** Goals and counts of the played protagonist, advanced day by day from their dossier. */
export interface GoalProgress {
  vars: GoalVars;
  conditions: GoalCondition[];
  goals: GoalState[];
  /** Entries of each of their agents already read. */
  cursors: number[];
  ending: GoalStatus['ending'];
}

/** What the appellant brings, fixed on the day they file. */
export interface CaseNote {
  plea: Plea;
  clue: Clue | null;
  impression: 'contrite' | 'defiant';
}

export interface DeskState {
  notes: Map<string, CaseNote>;
  /** Decisions made since the last day, applied on the next (in the order made). */
  pending: { caseId: string; grant: boolean }[];
  decided: OfficerDebrief['cases'];
  /** Queue entries already given a note. */
  seen: number;
}
