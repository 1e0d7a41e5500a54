/**
 * The engine's public contract: what `createSimulation` returns and what the worker, the CLI and
 * the game read. Everything here is plain data (structured-clone safe) so it crosses a Worker
 * boundary unchanged.
 */
import type { Scenario } from '../scenario/schema';
import type {
  AppealCase,
  CitizenView,
  GoalStatus,
  OfficerDebrief,
  PlayerMove,
  RolePlay,
  RoleResult,
  RolesInfo,
} from './roles/types';
import type { AgentId, DossierEntry, RecordCitation } from './core/dossierEntry';

export type { Scenario };
export type { AgentId, DossierEntry, RecordCitation };
export type * from './roles/types';

/** Metric names that exports and charts rely on; never rename one. */
export const CORE_METRICS = [
  'meanScore',
  'listed',
  'newListings',
  'delistings',
  'wrongfulListings',
  'flightRefusals',
  'trainRefusals',
  'schoolRefusals',
  'sanctionsApplied',
  'rewardsGiven',
  'appealsFiled',
  'appealsGranted',
  'appealBacklog',
  'speechActs',
  'harmfulActs',
  'familiesAffected',
] as const;
export type CoreMetric = (typeof CORE_METRICS)[number];

/** Per-day series keyed by metric name (core metrics plus `grade_<id>` counts and others). */
export type MetricSeries = Record<string, number[]>;

export interface PersonInfo {
  id: AgentId;
  name: string;
  age: number;
  occupation: string;
  district: string;
  household: number;
  income: number;
  traits: { conscientious: number; impulsive: number; outspoken: number; civic: number };
  /** Household members (spouse, children, elderly parents) by id. */
  family: AgentId[];
  friends: AgentId[];
  /** Businesses this person owns. */
  owns: AgentId[];
  /** Protagonist label when the scenario names this person, else undefined. */
  role?: string;
}

export interface BusinessInfo {
  id: AgentId;
  name: string;
  sector: string;
  size: number;
  owner: AgentId;
  district: string;
}

export interface Dossier {
  id: AgentId;
  kind: 'person' | 'business';
  person?: PersonInfo;
  business?: BusinessInfo;
  /** Score per day (index = day - 1); empty for businesses when they are not scored. */
  scoreHistory: number[];
  grade: string;
  lists: string[];
  sanctions: string[];
  rewards: string[];
  /** What the person knows: 'nothing' until told or refused. */
  knowsListed: boolean;
  /** False when this agent's timeline is not recorded (a sampled big town): timeline and scores are empty. */
  recorded?: boolean;
  /** Every entry, in day order then recording order. */
  timeline: DossierEntry[];
}

/**
 * A notable event for the feed, as data: ids and flags that src/text/feed.ts words in the reader's
 * language.
 */
export type FeedEvent = {
  day: number;
  subject: AgentId;
} & (
  | {
      /** 'wrongfulListing': no qualifying act of the subject's own lies behind the listing. */
      kind: 'listed' | 'wrongfulListing';
      list: string;
      /** Already on the list when the story begins (day 0). */
      atStart: boolean;
    }
  | { kind: 'notice'; list: string }
  | { kind: 'delisted'; list: string; why: 'settled' | 'expired' | 'appeal' }
  | {
      kind: 'refused';
      service: string;
      consequence: string;
      /** The listed relative through whom the sanction reached the subject (spillover). */
      via?: AgentId;
    }
  | { kind: 'appealFiled'; list: string }
  | { kind: 'appealDecided'; list: string; granted: boolean; sincere: boolean }
  | {
      /**
       * The day's recordings by cameras (sources that use district coverage) in a district whose
       * cameras the map draws (town.districts[].cameras); the subject is the first person filed.
       */
      kind: 'recorded';
      district: string;
      source: string;
      count: number;
    }
);

/** Where things are, fixed for a run: the town the map draws. Units are map cells. */
export interface TownLayout {
  width: number;
  height: number;
  districts: {
    id: string;
    name: string;
    x: number;
    y: number;
    w: number;
    h: number;
    coverage: number;
  }[];
  places: {
    kind:
      | 'home'
      | 'school'
      | 'station'
      | 'airport'
      | 'bank'
      | 'court'
      | 'business'
      | 'square'
      | 'town_hall'
      | 'market'
      | 'factory';
    x: number;
    y: number;
    /** Business id for businesses, household index for homes. */
    ref?: string;
    /** A business's sector (index into town.businesses.sectors). */
    sector?: number;
  }[];
  /**
   * Where the town's services are used (indices into `places`): a place the scenario leaves out is
   * stood in for by another (no airport: the station; no station or bank: the town hall).
   */
  anchors: {
    school: number;
    station: number;
    airport: number;
    bank: number;
    court: number;
    townHall: number;
  };
  /** Camera posts the map draws (town.districts[].cameras), in cells; they take no cell. */
  cameras: { x: number; y: number; district: number }[];
  /** Per person: index into `places` of their home, and of where they spend the day. */
  homePlace: Int32Array;
  dayPlace: Int32Array;
}

/** What the map needs each day; typed arrays indexed by person index. */
export interface TownSnapshot {
  day: number;
  /** Index into scenario.ruleset.scoring.grades. */
  grade: Uint8Array;
  score: Float32Array;
  /** Bit i set: on list i (scenario.ruleset.lists order). */
  listed: Uint16Array;
  /** 1 when the person is currently wrongfully listed on any list. */
  wrongful: Uint8Array;
  /** Index into layout.places where the person goes today (home when they stay in). */
  place: Int32Array;
  /** Per business: grade index (scenario.ruleset.scoring.grades) and list bits, like people's. */
  businessGrade: Uint8Array;
  businessListed: Uint16Array;
}

export interface SimulationOptions {
  /** Which dossiers to record in full: 'all', or a number = record every k-th person plus named ones. */
  dossiers?: 'all' | 'none' | number;
  /**
   * 'outcomes': keep, for each recorded agent, only the counts its outcome reports (listings,
   * refusals, sanctions, appeals), no timeline and no score history, so recording everyone in a
   * long run stays small (`run --people`: 200,000 people x 3,650 days).
   */
  dossierEntries?: 'all' | 'outcomes';
  /** The role the player takes (default observer); see roles/types.ts. */
  role?: RolePlay;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Days simulated so far (0 before the first step). */
  readonly day: number;
  readonly peopleCount: number;
  readonly businessCount: number;
  /** Advance one day through every system in order. */
  step(): void;
  /** Advance n days. */
  run(days: number): void;
  metrics(): MetricSeries;
  /** Metric names in display order. */
  metricNames(): string[];
  layout(): TownLayout;
  snapshot(): TownSnapshot;
  person(id: AgentId): PersonInfo | undefined;
  business(id: AgentId): BusinessInfo | undefined;
  dossier(id: AgentId): Dossier | undefined;
  /** Feed events of the given day (or all recorded, newest last). */
  feed(sinceDay?: number): FeedEvent[];
  /** Final summary for reports: key figures as numbers. */
  summary(): Record<string, number>;

  // Roles (roles/types.ts): the same engine for every role.
  /** The roles the scenario declares, the people who play the protagonists, and the role played. */
  roles(): RolesInfo;
  /** Citizen: what the played protagonist does on the next day (null: nothing). */
  chooseAction(person: AgentId, action: string | null): RoleResult;
  /** Citizen: what the protagonist knows (opacity respected); undefined for anyone else. */
  citizenView(person: AgentId): CitizenView | undefined;
  /** Citizen: goals, the ending once reached, and its explanation; undefined for anyone else. */
  goalStatus(person: AgentId): GoalStatus | undefined;
  /** Appeals officer: the open cases, oldest first (empty unless the officer decides). */
  appealCases(): AppealCase[];
  /** Appeals officer: decide an open case; the decision takes effect on the next day. */
  decideAppeal(caseId: string, grant: boolean): RoleResult;
  /** Appeals officer: decisions, wrong listings that stood, right ones that fell, backlog, waits. */
  officerDebrief(): OfficerDebrief;
  /** Every move the player made, in order (replay them with replayMoves to rebuild the run). */
  moves(): PlayerMove[];
}
