/**
 * Messages between the UI thread and the simulation worker. Everything is structured-clone safe;
 * every request carries an id that its answer repeats, so the client can match answers and tell a
 * stuck worker (no answer, no progress) from a busy one (progress messages keep arriving).
 */
import type { PersonOutcome } from '../export/peopleOutcomes';
import type { Issue } from '../scenario/issue';
import type { Scenario, ScenarioTranslations } from '../scenario/schema';
import type { RoleOffer } from './roleMeta';
import type { MoveAnswer, RoleChoice, RoleFrame, RoleMove, RoleSetup } from './roleProtocol';
import type {
  AgentId,
  Dossier,
  FeedEvent,
  MetricSeries,
  PlayerMove,
  TownLayout,
  TownSnapshot,
} from '../engine/types';

/**
 * A scenario file as the start screen lists it: its texts, or why it cannot be played (made at
 * build time for the shipped files, build/shippedScenarios.ts).
 */
export type CatalogEntry =
  | { fileName: string; ok: true; meta: ScenarioMeta }
  | { fileName: string; ok: false; errors: Issue[] };

/** What the start screen shows before a scenario is loaded. */
export interface ScenarioMeta {
  id: string;
  title: string;
  question: string;
  summary: string;
  intro: Scenario['intro'];
  population: number;
  days: number;
  seed: number;
  /** The texts in other languages (localizedScenarioText picks the reader's). */
  translations: ScenarioTranslations;
  /** The roles it offers (observer, citizens, planner, appeals officer). */
  roles: RoleOffer;
}

/** One simulated day as the UI receives it: the town now, and what changed since the last frame. */
export interface DayFrame {
  day: number;
  snapshot: TownSnapshot;
  /** Metric values for days `fromDay`..`day` (index 0 = day `fromDay`). */
  metrics: { fromDay: number; series: MetricSeries };
  /** Feed events of days after the previous frame, oldest first. */
  feed: FeedEvent[];
  /** What the played role sees after this day (roleProtocol.ts); absent for observer and planner. */
  role?: RoleFrame;
}

/** Everything fixed for a run, sent once when a scenario is loaded. */
export interface LoadedTown {
  fileName: string;
  scenario: Scenario;
  hash: string;
  warnings: Issue[];
  seed: number;
  layout: TownLayout;
  peopleNames: string[];
  businessNames: string[];
  /** People the scenario names (protagonists), with their role in the story. */
  namedPeople: { id: AgentId; role: string }[];
  metricNames: string[];
  frame: DayFrame;
  /** The roles the scenario offers and the one this run plays. */
  role: RoleSetup;
}

export type WorkerRequest =
  /**
   * Build a town from a scenario the page has read and checked (src/scenario/load.ts: shipped
   * files at build time, others on the page), with its hash and warnings to pass back.
   */
  | {
      kind: 'load';
      id: number;
      fileName: string;
      scenario: Scenario;
      hash: string;
      warnings: Issue[];
      seed?: number;
      toDay: number;
      /** The role to play (default observer), and a saved game's moves to make again on the way. */
      role?: RoleChoice;
      moves?: PlayerMove[];
    }
  /** Advance up to `days` days, stopping early once `budgetMs` of work is spent (at least one day). */
  | { kind: 'advance'; id: number; days: number; budgetMs: number }
  | { kind: 'dossier'; id: number; agent: AgentId }
  /** Every person's outcome and the run's summary so far, for the exports. */
  | { kind: 'outcomes'; id: number }
  /** A player's move in the played role (made for the next day). */
  | { kind: 'roleMove'; id: number; move: RoleMove }
  | { kind: 'ping'; id: number }
  /** Test hook for the watchdog: make the worker throw, or stop answering. */
  | { kind: 'fault'; id: number; fault: 'crash' | 'hang' };

export type WorkerResponse =
  | { kind: 'loaded'; id: number; town: LoadedTown }
  /** Heartbeat during long work (replaying to a day): proof the worker is alive. */
  | { kind: 'progress'; id: number; day: number; targetDay: number }
  | { kind: 'advanced'; id: number; frame: DayFrame }
  | { kind: 'dossier'; id: number; dossier: Dossier | null }
  | {
      kind: 'outcomes';
      id: number;
      day: number;
      outcomes: PersonOutcome[];
      summary: Record<string, number>;
    }
  | { kind: 'roleMoved'; id: number; result: MoveAnswer; role?: RoleFrame }
  | { kind: 'pong'; id: number }
  /**
   * The request threw: the message, and `stopped` when the run passed the day budget of conditions
   * (it stays on its last whole day and cannot go on), for the UI to word.
   */
  | { kind: 'failed'; id: number; message: string; stopped?: RunStopped };

/** Where a run was stopped by the day budget of its conditions. */
export interface RunStopped {
  day: number;
  /** The condition evaluated last (its scenario path). */
  where: string;
  budget: number;
}

export type RequestKind = WorkerRequest['kind'];
