/**
 * The whole simulation state: plain columns indexed by agent. Agents 0..people-1 are people,
 * people..people+businesses-1 are businesses. Systems are functions over this state.
 */
import type { Scenario } from '../../scenario/schema';
import { compileScenario, gradeOf, type CompiledScenario } from './compile';
import { DossierStore, Feed } from './dossier';
import { noteDecoder } from './noteEntries';
import {
  EventVars,
  PersonVars,
  RecordVars,
  type ConditionContext,
} from '../../scenario/conditions/expression';
import { buildLayout, type Layout } from '../town/layout';
import { RecordLog, type RecordCounts } from './records';
import { LIFE_DRAWS, StreamBank, streamKey } from './rng';
import { buildActTable, type ActTable } from './slots';
import { generateTown, type Adjacency, type Town } from '../town/town';
import type { SimulationOptions } from '../types';
import { widen } from './widen';

export const STATUS_NONE = 0;
export const STATUS_PENDING = 1;
export const STATUS_LISTED = 2;

export const APPEAL_NONE = 0;
export const APPEAL_QUEUED = 1;
export const APPEAL_REVIEWING = 2;
export const APPEAL_DECIDED = 3;

/** One list's entries, by agent. */
export interface ListState {
  status: Uint8Array;
  /** Listed: the day listed. Pending: the day the listing falls due. */
  since: Int32Array;
  /** The record that caused the entry (-1 when none). */
  cause: Int32Array;
  wrongful: Uint8Array;
  /** Day a settled entry is removed (-1 when not settled). */
  removeAt: Int32Array;
  /** The subject knows they are listed. */
  knows: Uint8Array;
  /** The subject was warned before listing (so they know why). */
  noticed: Uint8Array;
  appeal: Uint8Array;
  /**
   * The agents with an entry (status not NONE), ascending, as advanceEntries walks them: every
   * agent whose status leaves NONE is added by markEntry (to entriesFresh, flagged in entryFlag);
   * advanceEntries merges them in and drops those whose status is NONE again.
   */
  entries: AgentList;
  entriesFresh: AgentList;
  entryFlag: Uint8Array;
}

/** One consequence's state, by person. */
export interface ConsequenceState {
  inForce: Uint8Array;
  /** Last day a lingering consequence still applies (-1 when not lingering). */
  lingerUntil: Int32Array;
  /** The household member whose listing reached this person (-1: their own). */
  via: Int32Array;
}

/** A growable list of agent indices with a weight each (reused day to day). */
export class AgentList {
  items: Int32Array;
  weights: Float32Array;
  count = 0;
  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(16, capacity));
    this.weights = new Float32Array(this.items.length);
  }
  push(agent: number, weight = 1): void {
    if (this.count === this.items.length) {
      this.items = widen(this.items, this.items.length * 2);
      this.weights = widen(this.weights, this.items.length);
    }
    this.weights[this.count] = weight;
    this.items[this.count++] = agent;
  }
  clear(): void {
    this.count = 0;
  }
  /** Push an agent not yet flagged in `flags`, and flag it (each agent at most once until unflagged). */
  pushOnce(agent: number, flags: Uint8Array): void {
    if (flags[agent]) return;
    flags[agent] = 1;
    this.push(agent);
  }
  /** Make this list a copy of `other`'s agents (weights are not kept). */
  copyOf(other: AgentList): void {
    this.clear();
    for (let k = 0; k < other.count; k++) this.push(other.items[k]);
  }

  /**
   * Merge the agents of `fresh` (none already here) into this ascending list, keeping it ascending
   * (so a pass over it reads the columns in memory order). In place: they go in from the back, the
   * old agents above each moving up as one block (weights are not kept). Costs the fresh agents'
   * sort and a move of the old ones above the lowest of them.
   */
  insertAscending(fresh: AgentList): void {
    if (fresh.count === 0) return;
    const add = fresh.items.subarray(0, fresh.count).sort();
    const total = this.count + add.length;
    if (this.items.length < total) {
      const size = Math.max(total, 2 * this.items.length);
      this.items = widen(this.items, size);
      this.weights = widen(this.weights, size);
    }
    const items = this.items;
    let i = this.count - 1;
    for (let w = total, j = add.length - 1; j >= 0; j--) {
      const agent = add[j];
      // The first old agent above this one: galloping down from the top of what is left, then bisecting.
      let hi = i + 1;
      let step = 1;
      while (hi - step >= 0 && items[hi - step] > agent) {
        hi -= step;
        step *= 2;
      }
      let lo = hi - step < 0 ? 0 : hi - step;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid] < agent) lo = mid + 1;
        else hi = mid;
      }
      w -= i + 1 - lo;
      items.copyWithin(w, lo, i + 1);
      items[--w] = agent;
      i = lo - 1;
    }
    this.count = total;
  }
}

/** Per-day counts, reset at the start of each day. */
export interface DayCounters {
  newListings: number;
  newWrongfulListings: number;
  delistings: number;
  refusals: Float64Array;
  sanctionsApplied: number;
  rewardsGiven: number;
  appealsFiled: number;
  appealsDecided: number;
  appealsGranted: number;
  appealWaitDays: number;
  speechActs: number;
  harmfulActs: number;
  civicActs: number;
  records: number;
  misattributedRecords: number;
  falseRecords: number;
  acts: Float64Array;
  recordsOf: Float64Array;
}

/** A queue of appeals in arrays (FIFO through `head`). */
export interface AppealQueue {
  agent: number[];
  list: number[];
  filed: number[];
  /** Day the decision is due (reviews only). */
  due: number[];
  head: number;
}

/**
 * How a played role reaches into the day. The systems call these hooks at fixed points and know
 * nothing else of roles; src/engine/roles/play.ts sets them after the core state exists. With no
 * role played (noPlay) nobody is controlled and every hook does nothing.
 */
export interface PlayHooks {
  /** Per agent: 1 when the player decides what this agent does (its ACT, FILE and SETTLE draws go unused). */
  controlled: Uint8Array;
  /** behave: the behaviour a controlled agent does today by the player's choice, or -1. */
  chosenAct(agent: number): number;
  /** list/delist, after the drawn settlements: what the player chose to settle. */
  settle(): void;
  /** appeals, after the drawn filings: the appeal the player chose to file. */
  fileAppeals(): void;
  /** appeals: when set, decides the day's appeals instead of the office's review queue. */
  decideAppeals: (() => void) | null;
}

/** Note a true act of behaviour b by an agent on a day, if some list asks when b was last done. */
export function noteLastAct(s: SimState, agent: number, b: number, day: number): void {
  const column = s.lastActColumn[b];
  if (column >= 0) s.lastAct[agent * s.lastActColumns + column] = day;
}

/** The last day an agent truly did behaviour b (kept behaviours only; -1e9 when never). */
export function lastActDay(s: SimState, agent: number, b: number): number {
  const column = s.lastActColumn[b];
  return column < 0 ? -1e9 : s.lastAct[agent * s.lastActColumns + column];
}

/** What an agent owes for behaviour b (0 for a behaviour that is not an obligation). */
export function debtOf(s: SimState, agent: number, b: number): number {
  const column = s.debtColumn[b];
  return column < 0 ? 0 : s.debts[agent * s.obligations.length + column];
}

/** A true act of obligation b leaves the agent one more debt (nothing for other behaviours). */
export function addDebt(s: SimState, agent: number, b: number): void {
  const column = s.debtColumn[b];
  if (column < 0) return;
  s.debts[agent * s.obligations.length + column]++;
  s.debtTotal[agent]++;
}

/** Clear what an agent owes for obligation b; returns how much that was. */
export function clearDebt(s: SimState, agent: number, b: number): number {
  const column = s.debtColumn[b];
  if (column < 0) return 0;
  const at = agent * s.obligations.length + column;
  const owed = s.debts[at];
  s.debts[at] = 0;
  s.debtTotal[agent] -= owed;
  return owed;
}

/** The hooks of a run in which nobody plays a role. */
export function noPlay(agents: number): PlayHooks {
  return {
    controlled: new Uint8Array(agents),
    chosenAct: () => -1,
    settle: () => {},
    fileAppeals: () => {},
    decideAppeals: null,
  };
}

export interface SimState {
  scenario: Scenario;
  seed: number;
  compiled: CompiledScenario;
  town: Town;
  layout: Layout;
  people: number;
  businesses: number;
  agents: number;
  day: number;
  life: StreamBank;
  watch: StreamBank;
  personActs: ActTable;
  businessActs: ActTable;

  // Truth: what really happened.
  actAgent: Int32Array;
  actBehaviour: Int32Array;
  /** behave: scratch for the agents who may act today (indices into an act table) and their draws. */
  actCandidates: Int32Array;
  actCandidateDraws: Float64Array;
  /** behave: scratch for the rounded rows' ends that actAll reads ahead of its searches. */
  actCandidateRows: Float32Array;
  actCount: number;
  /**
   * Per agent × kept behaviour: last day of a true act (-1e9 when never). Only the behaviours some
   * list qualifies on are kept (the wrongful-listing check is the one reader): see lastActColumn.
   */
  lastAct: Int32Array;
  /** Per behaviour: its column in lastAct, or -1 when no list asks when it was last done. */
  lastActColumn: Int32Array;
  /** Columns of lastAct (kept behaviours). */
  lastActColumns: number;
  /**
   * Per agent × obligation (the behaviours in `obligations`, in that order): unsettled true debts.
   * Read and changed through debtOf, addDebt and clearDebt.
   */
  debts: Uint16Array;
  /** Per behaviour: its column in debts (its index in `obligations`), or -1 when it is none. */
  debtColumn: Int32Array;
  debtTotal: Int32Array;
  /**
   * Agents who may owe (debtTotal not 0), flagged in debtorFlag; settleDebts keeps it (found by a
   * full look on its first day, then from each day's acts).
   */
  debtors: AgentList;
  debtorFlag: Uint8Array;
  debtorsFound: boolean;
  /** The behaviours that are obligations (the only ones that leave debts), ascending. */
  obligations: Int32Array;

  // What the system recorded.
  records: RecordLog;
  retention: Int32Array;
  districtCoverage: Float64Array;
  changed: Uint8Array;
  changedList: AgentList;

  // Scores.
  score: Float64Array;
  grade: Uint8Array;
  /**
   * Per grade: how many of the agents the census rates (compiled.scored: people, or businesses)
   * have it; kept by setGrade, the one place grades change.
   */
  gradeCount: Float64Array;
  /** The agents the census rates: [scoredFirst, scoredEnd). */
  scoredFirst: number;
  scoredEnd: number;
  /**
   * Ledger scores starting within [min, max]: the agents whose score or grade is not the start's
   * (kept by recoverLedger, flagged in offStartFlag); everyone else is exactly at the start. Null
   * otherwise (every agent is looked at every day).
   */
  offStart: AgentList | null;
  offStartFlag: Uint8Array;
  /** Scratch for keeping offStart and debtors ascending: today's new agents. */
  freshAgents: AgentList;
  /** People whose grade changed today (filled by regrade). */
  gradeChanged: AgentList;
  adjust: Float64Array;
  recordLoad: Float32Array;
  civicLoad: Float32Array;
  onlineLoad: Float32Array;
  incomeFactor: Float32Array;
  ageFactor: Float32Array;
  friendsFactor: Float32Array;
  /** Behaviours people have seen punished / rewarded at least once (what adaptation acts on). */
  deterred: Uint8Array;
  rewardSought: Uint8Array;

  // Lists and consequences.
  lists: ListState[];
  listedMask: Uint16Array;
  /**
   * The agents whose listedMask is not 0, ascending, as listedAgents(s) gives them: whoever gets a
   * bit of listedMask is added by markListed (to listedFresh, flagged in listedFlag); listedAgents
   * merges them in and drops those whose listedMask is 0 again.
   */
  listed: AgentList;
  listedFresh: AgentList;
  listedFlag: Uint8Array;
  /** Per person: lists that reach them (their own, and their businesses'), minus those suspended on appeal. */
  reachMask: Uint16Array;
  /** Per household: lists that reach any member. */
  householdReach: Uint16Array;
  /** What consequences were last decided on, per person (reach, grade) and household (someone's reach changed). */
  consequenceInputs: { reach: Uint16Array; grade: Uint8Array; householdChanged: Uint8Array };
  /** Per person: how many consequences are lingering (kept after their reason ended). */
  lingering: Uint8Array;
  /** People whose consequences must be re-decided today (ascending). */
  consequenceDirty: AgentList;
  /**
   * The people of consequenceDirty whose inputs changed (not only lingering), ascending: what
   * consequences that never linger are decided for.
   */
  consequenceMoved: AgentList;
  /** Per person: already in consequenceDirty today. */
  dirtyFlag: Uint8Array;
  /** People whose reachMask is not 0 (as of the last computeReach), and its next value's scratch. */
  reached: AgentList;
  reachedNext: AgentList;
  /** Households flagged in consequenceInputs.householdChanged today. */
  householdsChanged: AgentList;
  /** People who may have a consequence lingering (lingering > 0 or was), flagged in lingerFlag. */
  lingerList: AgentList;
  lingerFlag: Uint8Array;
  /**
   * True until the first day's consequences are decided: that day looks at everyone (no grade was
   * decided on yet); later days only at people whose inputs changed.
   */
  consequenceScan: boolean;
  consequences: ConsequenceState[];
  /** Households with a sanction in force on a member through another member (kept as they change). */
  familiesAffected: number;
  /** Per household: sanctions in force on its members through another member. */
  householdHit: Uint16Array;
  /** Per person: sanctions in force on them. */
  sanctionsOn: Uint8Array;
  /**
   * Per person: bit c set when consequence c is in force on them, for the first 32 consequences
   * (kept with consequences[c].inForce).
   */
  inForceMask: Uint32Array;
  /**
   * Per service: the inForceMask bits of the consequences that refuse or reward it, or 0 when one of
   * them has no bit (then inForceMask cannot tell).
   */
  serviceMasks: Int32Array;
  /** People under at least one sanction (kept as sanctions start and end). */
  sanctioned: number;
  /** Businesses by owner (CSR over people). */
  owned: Adjacency;

  // Appeals.
  appealQueue: AppealQueue;
  reviews: AppealQueue;

  // Adaptation.
  fear: Float32Array;
  punishedToday: AgentList;
  /** People whose friends and household saw them sanctioned or listed today. */
  witnessedToday: AgentList;
  /** People named on a published list today: their neighbours saw it too. */
  namedToday: AgentList;
  /** adapt's scratch: today's witnesses, each once, flagged in witnessSeen (cleared after use). */
  witnesses: AgentList;
  witnessSeen: Uint8Array;
  /**
   * People whose fear may be above 0, ascending, flagged in fearFlag; everyone else's is exactly 0.
   * Fear is only raised in adapt (which keeps the list): a pass over it sees every fearful person.
   */
  fearful: AgentList;
  fearFlag: Uint8Array;
  /** People first raised today (adapt merges them into fearful). */
  fearFresh: AgentList;
  /** Everyone's fear added up in fearful's order, as adapt left it on day fearTotalDay. */
  fearTotal: number;
  fearTotalDay: number;

  // Output.
  counters: DayCounters;
  series: Map<string, number[]>;
  dossiers: DossierStore;
  feed: Feed;

  // Reused scratch for condition evaluation.
  ctx: ConditionContext;
  counts: RecordCounts;
  behaviourMask: Uint8Array;

  /** What a played role changes in the day (set by roles/play.ts; none by default). */
  play: PlayHooks;
}

function newCounters(behaviours: number): DayCounters {
  return {
    newListings: 0,
    newWrongfulListings: 0,
    delistings: 0,
    refusals: new Float64Array(16),
    sanctionsApplied: 0,
    rewardsGiven: 0,
    appealsFiled: 0,
    appealsDecided: 0,
    appealsGranted: 0,
    appealWaitDays: 0,
    speechActs: 0,
    harmfulActs: 0,
    civicActs: 0,
    records: 0,
    misattributedRecords: 0,
    falseRecords: 0,
    acts: new Float64Array(behaviours),
    recordsOf: new Float64Array(behaviours),
  };
}

/** Zero the per-day counters. */
export function resetCounters(c: DayCounters): void {
  c.newListings = 0;
  c.newWrongfulListings = 0;
  c.delistings = 0;
  c.refusals.fill(0);
  c.sanctionsApplied = 0;
  c.rewardsGiven = 0;
  c.appealsFiled = 0;
  c.appealsDecided = 0;
  c.appealsGranted = 0;
  c.appealWaitDays = 0;
  c.speechActs = 0;
  c.harmfulActs = 0;
  c.civicActs = 0;
  c.records = 0;
  c.misattributedRecords = 0;
  c.falseRecords = 0;
  c.acts.fill(0);
  c.recordsOf.fill(0);
}

const emptyQueue = (): AppealQueue => ({ agent: [], list: [], filed: [], due: [], head: 0 });

/** Build the initial state: the town, its streams and slots, every column at its starting value. */
export function createState(
  scenario: Scenario,
  seed: number,
  options: SimulationOptions,
): SimState {
  const compiled = compileScenario(scenario);
  const town = generateTown(scenario, seed);
  const layout = buildLayout(scenario, town);
  const people = town.people.count;
  const businesses = town.businesses.count;
  const agents = people + businesses;
  const behaviours = compiled.behaviours.count;
  const sources = compiled.sources.length;
  const key = (stream: 'life' | 'watch') => (a: number) =>
    a < people ? streamKey(seed, 'p', a, stream) : streamKey(seed, 'b', a - people, stream);
  const scoring = scenario.ruleset.scoring;

  const incomeFactor = new Float32Array(people);
  const ageFactor = new Float32Array(people);
  for (let i = 0; i < people; i++) {
    // Income on a log scale: ¥10k → 0, ¥500k → 1. Age: identity "stability" grows to 58.
    incomeFactor[i] = Math.min(
      1,
      Math.max(0, Math.log(Math.max(1, town.people.income[i]) / 10_000) / Math.log(50)),
    );
    ageFactor[i] = Math.min(1, Math.max(0, (town.people.age[i] - 18) / 40));
  }

  const listState = (): ListState => ({
    status: new Uint8Array(agents),
    since: new Int32Array(agents),
    cause: new Int32Array(agents).fill(-1),
    wrongful: new Uint8Array(agents),
    removeAt: new Int32Array(agents).fill(-1),
    knows: new Uint8Array(agents),
    noticed: new Uint8Array(agents),
    appeal: new Uint8Array(agents),
    entries: new AgentList(1024),
    entriesFresh: new AgentList(1024),
    entryFlag: new Uint8Array(agents),
  });

  const owned = businessesByOwner(town);
  const startGrade = gradeOf(
    compiled.grades,
    Math.min(scoring.max, Math.max(scoring.min, scoring.start)),
  );
  const scoredFirst = compiled.scored === 'businesses' ? people : 0;
  const scoredEnd = compiled.scored === 'businesses' ? agents : people;
  const gradeCount = new Float64Array(compiled.grades.ids.length);
  gradeCount[startGrade] = scoredEnd - scoredFirst;
  const obligations = Int32Array.from(
    Array.from(compiled.behaviours.obligation.keys()).filter(
      (b) => compiled.behaviours.obligation[b] !== 0,
    ),
  );
  const lastActColumn = new Int32Array(behaviours).fill(-1);
  let lastActColumns = 0;
  for (let b = 0; b < behaviours; b++)
    if (compiled.lists.some((l) => l.qualifying[b])) lastActColumn[b] = lastActColumns++;
  const state: SimState = {
    scenario,
    seed,
    compiled,
    town,
    layout,
    people,
    businesses,
    agents,
    day: 0,
    life: new StreamBank(key('life'), agents, LIFE_DRAWS),
    watch: new StreamBank(key('watch'), agents, 1 + sources),
    personActs: buildActTable(
      compiled.behaviours,
      compiled.behaviours.personActs,
      town,
      people,
      (a) => a,
      true,
    ),
    businessActs: buildActTable(
      compiled.behaviours,
      compiled.behaviours.businessActs,
      town,
      businesses,
      (k) => town.businesses.owner[k],
      false,
    ),
    actAgent: new Int32Array(agents),
    actBehaviour: new Int32Array(agents),
    actCandidates: new Int32Array(agents),
    actCandidateDraws: new Float64Array(agents),
    actCandidateRows: new Float32Array(agents),
    actCount: 0,
    lastAct: new Int32Array(agents * lastActColumns).fill(-1e9),
    lastActColumn,
    lastActColumns,
    debts: new Uint16Array(agents * obligations.length),
    debtColumn: Int32Array.from({ length: behaviours }, (_, b) => obligations.indexOf(b)),
    debtTotal: new Int32Array(agents),
    debtors: new AgentList(1024),
    debtorFlag: new Uint8Array(agents),
    debtorsFound: false,
    obligations,
    records: new RecordLog(agents),
    retention: Int32Array.from(compiled.sources.map((s) => s.retentionDays)),
    districtCoverage: Float64Array.from(scenario.town.districts.map((d) => d.coverage)),
    changed: new Uint8Array(agents),
    changedList: new AgentList(1024),
    score: new Float64Array(agents).fill(
      Math.min(scoring.max, Math.max(scoring.min, scoring.start)),
    ),
    grade: new Uint8Array(agents).fill(startGrade),
    gradeCount,
    scoredFirst,
    scoredEnd,
    offStart:
      scoring.model === 'ledger' && scoring.start >= scoring.min && scoring.start <= scoring.max
        ? new AgentList(1024)
        : null,
    offStartFlag: new Uint8Array(agents),
    freshAgents: new AgentList(1024),
    gradeChanged: new AgentList(1024),
    adjust: new Float64Array(agents),
    recordLoad: new Float32Array(agents),
    civicLoad: new Float32Array(agents),
    onlineLoad: new Float32Array(agents),
    incomeFactor,
    ageFactor,
    friendsFactor: new Float32Array(people),
    deterred: new Uint8Array(behaviours),
    rewardSought: new Uint8Array(behaviours),
    lists: compiled.lists.map(listState),
    listedMask: new Uint16Array(agents),
    listed: new AgentList(1024),
    listedFresh: new AgentList(1024),
    listedFlag: new Uint8Array(agents),
    reachMask: new Uint16Array(people),
    householdReach: new Uint16Array(town.households.count),
    consequenceInputs: {
      reach: new Uint16Array(people),
      // No grade has index 255, so every person is decided on the first day.
      grade: new Uint8Array(people).fill(255),
      householdChanged: new Uint8Array(town.households.count),
    },
    lingering: new Uint8Array(people),
    consequenceDirty: new AgentList(people),
    consequenceMoved: new AgentList(1024),
    dirtyFlag: new Uint8Array(people),
    reached: new AgentList(1024),
    reachedNext: new AgentList(1024),
    householdsChanged: new AgentList(1024),
    lingerList: new AgentList(1024),
    lingerFlag: new Uint8Array(people),
    consequenceScan: true,
    consequences: compiled.consequences.map(() => ({
      inForce: new Uint8Array(people),
      lingerUntil: new Int32Array(people).fill(-1),
      via: new Int32Array(people).fill(-1),
    })),
    familiesAffected: 0,
    householdHit: new Uint16Array(town.households.count),
    sanctionsOn: new Uint8Array(people),
    inForceMask: new Uint32Array(people),
    serviceMasks: Int32Array.from(compiled.refusesService, (refusing, service) => {
      const all = [...refusing, ...compiled.rewardsService[service]];
      return all.every((c) => c < 32) ? all.reduce((mask, c) => mask | (1 << c), 0) : 0;
    }),
    sanctioned: 0,
    owned,
    appealQueue: emptyQueue(),
    reviews: emptyQueue(),
    fear: new Float32Array(people),
    punishedToday: new AgentList(1024),
    witnessedToday: new AgentList(1024),
    namedToday: new AgentList(1024),
    witnesses: new AgentList(1024),
    witnessSeen: new Uint8Array(people),
    fearful: new AgentList(1024),
    fearFlag: new Uint8Array(people),
    fearFresh: new AgentList(1024),
    fearTotal: 0,
    fearTotalDay: -1,
    counters: newCounters(behaviours),
    series: new Map(),
    dossiers: new DossierStore(people, businesses, options.dossiers, options.dossierEntries),
    feed: new Feed(),
    ctx: { person: new PersonVars(), record: new RecordVars(), event: new EventVars() },
    counts: { count30: 0, count365: 0, total: 0 },
    behaviourMask: new Uint8Array(behaviours),
    play: noPlay(agents),
  };
  state.dossiers.decoder = noteDecoder(compiled, state.records, people);
  // With a ledger kept by changes (offStart), only rules move a score otherwise than by recovery.
  if (state.offStart !== null)
    state.dossiers.keepRecoveringScores(scoring.start, scoring.recoveryPerDay);
  return state;
}

function businessesByOwner(town: Town): Adjacency {
  const n = town.people.count;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < town.businesses.count; k++) offsets[town.businesses.owner[k] + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const indices = new Int32Array(town.businesses.count);
  for (let k = 0; k < town.businesses.count; k++) indices[fill[town.businesses.owner[k]]++] = k;
  return { offsets, indices };
}

/** The person whose fear and knowledge stand for an agent (a business's owner). */
export const personOf = (s: SimState, agent: number): number =>
  agent < s.people ? agent : s.town.businesses.owner[agent - s.people];

/** Public id of an agent: p<index> or b<index>. */
export const agentId = (s: SimState, agent: number): string =>
  agent < s.people ? `p${agent}` : `b${agent - s.people}`;

/** Agent index of a public id, or -1. */
export function agentIndex(s: SimState, id: string): number {
  const m = /^([pb])(\d+)$/.exec(id);
  if (!m) return -1;
  const k = Number(m[2]);
  if (m[1] === 'p') return k < s.people ? k : -1;
  return k < s.businesses ? s.people + k : -1;
}

/** An agent's status on a list left STATUS_NONE: it joins the list's entries (see ListState.entries). */
export function markEntry(st: ListState, agent: number): void {
  st.entriesFresh.pushOnce(agent, st.entryFlag);
}

/** An agent got a bit of listedMask: it joins s.listed (see listedAgents). */
export function markListed(s: SimState, agent: number): void {
  s.listedFresh.pushOnce(agent, s.listedFlag);
}

/**
 * The agents whose listedMask is not 0 now, ascending (what a scan of every agent for a listedMask
 * not 0 finds, in its order). The list is valid until listedMask next changes.
 */
export function listedAgents(s: SimState): AgentList {
  const { listed, listedFresh: fresh, listedMask, listedFlag } = s;
  const items = listed.items;
  let kept = 0;
  for (let k = 0; k < listed.count; k++) {
    const a = items[k];
    if (listedMask[a] !== 0) items[kept++] = a;
    else listedFlag[a] = 0;
  }
  listed.count = kept;
  if (fresh.count > 0) {
    let still = 0;
    for (let k = 0; k < fresh.count; k++) {
      const a = fresh.items[k];
      if (listedMask[a] !== 0) fresh.items[still++] = a;
      else listedFlag[a] = 0;
    }
    fresh.count = still;
    listed.insertAscending(fresh);
    fresh.clear();
  }
  return listed;
}
