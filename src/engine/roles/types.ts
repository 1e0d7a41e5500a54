/**
 * The roles' public contract: what a player can be (observer, a citizen protagonist, planner, appeals
 * officer), what they choose, and what the engine tells them back. Plain data throughout
 * (structured-clone safe), so the browser's worker forwards it unchanged.
 */
import type { CitizenAnswer, Clue, MoveRefusal, Plea, UnavailableReason } from './replyTypes';
import type { StoryChapter } from './storyTypes';
import type { AgentId, DossierEntry } from '../core/dossierEntry';

export type * from './replyTypes';
export type * from './storyTypes';

/** The role played in a run, chosen when the simulation is created. */
export type RolePlay =
  | { kind: 'observer' }
  /** Play the protagonist with this id (scenario roles.citizen.protagonists[].id). */
  | { kind: 'citizen'; protagonist: string }
  /** Appeals wait in the queue for `decideAppeal` instead of the office's own decisions. */
  | { kind: 'appealsOfficer' }
  /** Planner runs are ordinary runs; `evaluatePlan` (planner.ts) compares plan and baseline. */
  | { kind: 'planner' };

export type RoleKind = RolePlay['kind'];

/** Answer of a player move: accepted, or why not, as data (src/text/replies.ts words it). */
export type RoleResult = { ok: true } | { ok: false; refusal: MoveRefusal };

/** A refused move. */
export function refused(refusal: MoveRefusal): RoleResult {
  return { ok: false, refusal };
}

/** A declared protagonist and the person who plays the part in this town. */
export interface ProtagonistInfo {
  id: string;
  label: string;
  description: string;
  /** The person picked (first match in index order), or null when nobody in this town matches. */
  person: AgentId | null;
  /** Whom the day-0 setup concerns (the protagonist, a parent or spouse), null without setup. */
  setupTarget: AgentId | null;
  every: 1 | 7;
  actions: { id: string; label: string; description: string }[];
  goals: { id: string; text: string; byDay: number | null; outcome: 'win' | 'lose' }[];
}

/** Which roles the scenario offers, and which one this run plays. */
export interface RolesInfo {
  playing: RolePlay;
  observer: { description: string };
  protagonists: ProtagonistInfo[];
  planner: {
    target: {
      metric: string;
      change: number;
      over: 'lastMonthVsFirstMonth' | 'vsBaseline';
      text: string;
    };
    editable: string[];
    costs: string[];
  } | null;
  appealsOfficer: {
    quota: number;
    pressure: {
      text: string;
      maxGrantRate: number | null;
      minPerDay: number | null;
      maxWaitDays: number | null;
    };
    hintChance: number;
  } | null;
}

/** One action as the protagonist can take it today. */
export interface ActionOption {
  id: string;
  label: string;
  description: string;
  /** False when it would do nothing now (nothing owed, not listed, an appeal already pending…). */
  available: boolean;
  /** Why it is not available. */
  reason?: UnavailableReason;
}

/** What the protagonist knows: only what opacity lets them know (never the untold truth). */
export interface CitizenView {
  day: number;
  person: AgentId;
  protagonist: string;
  label: string;
  name: string;
  /** The rule set's disclosure: what the system tells people. */
  disclosure: 'full' | 'reasons' | 'score' | 'nothing';
  /** Their score and grade when disclosure shows it, else null. */
  score: number | null;
  grade: string | null;
  /** Rules that fired and that they were told of. */
  told: { day: number; reason: string; points: number }[];
  /** Lists they know they (or, `business`, their business) are on, and how and when they found out. */
  lists: {
    list: string;
    label: string;
    business: boolean;
    learnedDay: number;
    how: 'told' | 'refused' | 'notice' | 'published';
  }[];
  /** Warnings of a coming listing. */
  notices: { day: number; list: string; label: string }[];
  /** Services refused to them; throughFamily when a household member's listing reached them. */
  refusals: { day: number; service: string; label: string; throughFamily: boolean }[];
  /** Their latest appeal, if any. */
  appeal: {
    list: string;
    label: string;
    filedDay: number;
    status: 'waiting' | 'granted' | 'refused';
    decidedDay: number | null;
  } | null;
  /** What they owe (they know their own debts). */
  debts: { behaviour: string; label: string; count: number }[];
  /** Their own acts (they know what they did), oldest first. */
  acts: { day: number; behaviour: string; label: string }[];
  /** Apologies they made and how they were received. */
  apologies: { day: number; accepted: boolean }[];
  /** Answers to their choices: an appeal filed, no listing found, an apology judged. */
  messages: { day: number; answer: CitizenAnswer }[];
  actions: ActionOption[];
  /** The action chosen for the next day, if any. */
  chosen: string | null;
  every: 1 | 7;
  /** The next day the player is asked to decide (day + 1 when deciding daily). */
  nextDecisionDay: number;
}

/** One goal's state. */
export interface GoalState {
  id: string;
  text: string;
  outcome: 'win' | 'lose';
  byDay: number | null;
  /** Day met, or null. */
  metDay: number | null;
  /** Day it could no longer be met (byDay passed), or null. */
  failedDay: number | null;
}

export type EndingKind = 'win' | 'lose' | 'timeout';

/** Goals met or failed, and the ending once reached, explained from the dossier. */
export interface GoalStatus {
  day: number;
  person: AgentId;
  protagonist: string;
  goals: GoalState[];
  ending: { kind: EndingKind; day: number; text: string } | null;
  /**
   * What happened and why (the truth is revealed here): acts, what was recorded and how, rules
   * and listings, sanctions, refusals, appeals; the protagonist's chapter first, then each
   * relative's whose listing reached them. Empty before the ending.
   */
  story: StoryChapter[];
  /** The dossier entries behind the story (the protagonist's and, via family, their household's). */
  chain: (DossierEntry & { subject: AgentId })[];
}

/** A record as an appeals officer sees it: what the system holds, never its basis. */
export interface CaseRecord {
  day: number;
  behaviour: string;
  label: string;
  source: string;
  sourceLabel: string;
  /** This record caused the listing. */
  cause: boolean;
  /** The source no longer keeps it (past its retention); the listing still cites it. */
  expired: boolean;
}

/** An open appeal in the officer's queue. */
export interface AppealCase {
  id: string;
  appellant: AgentId;
  name: string;
  /** For a business: its owner's age and occupation. */
  age: number;
  occupation: string;
  list: string;
  listLabel: string;
  listedDay: number;
  filedDay: number;
  waitingDays: number;
  records: CaseRecord[];
  /** What the appellant says. */
  plea: Plea;
  /** Sometimes a hint of the truth, else null. */
  clue: Clue | null;
  /** How the appellant comes across: unrelated to the truth, as in life. */
  impression: 'contrite' | 'defiant';
  /** A decision made today that takes effect tomorrow, or null. */
  decision: boolean | null;
}

/** A decided case, with the truth revealed for the debrief. */
export interface DecidedCase {
  id: string;
  appellant: AgentId;
  name: string;
  list: string;
  day: number;
  granted: boolean;
  wrongful: boolean;
  waitedDays: number;
}

/** How the appeals officer did. */
export interface OfficerDebrief {
  day: number;
  decisions: number;
  granted: number;
  denied: number;
  /** Wrongful listings the officer let stand (denied while wrongful). */
  wrongStood: number;
  /** Rightful listings the officer overturned (granted while rightful). */
  rightFell: number;
  correct: number;
  /** Open cases now, and how many of them are wrongful listings. */
  backlog: number;
  backlogWrongful: number;
  meanDaysWaited: number;
  maxDaysWaited: number;
  /** The longest an open case has waited so far. */
  oldestWaiting: number;
  grantRate: number | null;
  decisionsPerDay: number;
  pressure: {
    text: string;
    maxGrantRate: number | null;
    minPerDay: number | null;
    maxWaitDays: number | null;
    grantRateMet: boolean | null;
    /** Decisions per day reached minPerDay. */
    throughputMet: boolean | null;
    /** Every decided case waited at most maxWaitDays and no open case has waited longer. */
    waitMet: boolean | null;
  };
  cases: DecidedCase[];
}

/** A move a player made, with the day it was made on (before that day + 1 was simulated). */
export type PlayerMove =
  | { day: number; kind: 'choose'; person: AgentId; action: string | null }
  | { day: number; kind: 'decide'; caseId: string; grant: boolean };
