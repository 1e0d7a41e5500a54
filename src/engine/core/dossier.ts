/**
 * Dossiers: the full timeline of the agents being recorded (everyone in a small town; every k-th person,
 * every business and anyone ever listed in a big one, so memory stays bounded), their score per day,
 * and a bounded feed of notable events for the whole town.
 */
import type { DossierEntry, FeedEvent, SimulationOptions } from '../types';

/** Towns up to this size record every dossier by default. */
export const FULL_DOSSIER_LIMIT = 5_000;
/** Scores are kept in blocks of this many (a block holds whole days). */
const SCORE_CHUNK = 1 << 16;
/** How many feed events are kept (the newest). */
export const FEED_CAPACITY = 2_000;

/**
 * What a person's outcome counts over a run (src/export/peopleOutcomes.ts), kept as counts in
 * 'outcomes' mode instead of the entries themselves: its size does not grow with the days.
 */
export interface OutcomeTally {
  listsEver: string[];
  timesListed: number;
  wrongfulListings: number;
  refusals: Record<string, number>;
  sanctionsApplied: number;
  sanctionsViaFamily: number;
  appealsFiled: number;
  appealsGranted: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): OutcomeTally {
  return {
    listsEver: [],
    timesListed: 0,
    wrongfulListings: 0,
    refusals: {},
    sanctionsApplied: 0,
    sanctionsViaFamily: 0,
    appealsFiled: 0,
    appealsGranted: 0,
  };
}

/** Counts one entry into a tally: the one place that says which entries an outcome counts. */
export function tallyEntry(tally: OutcomeTally, entry: DossierEntry): void {
  switch (entry.type) {
    case 'listed':
      tally.timesListed++;
      if (entry.wrongful) tally.wrongfulListings++;
      if (!tally.listsEver.includes(entry.list)) tally.listsEver.push(entry.list);
      break;
    case 'refused':
      tally.refusals[entry.service] = (tally.refusals[entry.service] ?? 0) + 1;
      break;
    case 'sanction':
      tally.sanctionsApplied++;
      if (entry.via !== undefined) tally.sanctionsViaFamily++;
      break;
    case 'appealFiled':
      tally.appealsFiled++;
      break;
    case 'appealDecided':
      if (entry.granted) tally.appealsGranted++;
      break;
  }
}

export class DossierStore {
  /** 1 when the agent's timeline is being recorded. */
  readonly recorded: Uint8Array;
  /** Recorded agents, in the order recording started. */
  readonly order: number[] = [];
  /** Each agent's index in `order` (-1: not recorded). */
  private readonly position: Int32Array;
  private readonly timelines: (DossierEntry[] | undefined)[];
  /** `order` as a typed column (its first order.length cells), for the daily gather. */
  private orderColumn = new Int32Array(64);
  /**
   * Per day: the scores of order[0 .. rowLength[d]) that day (agents recorded later have no score
   * yet), stored from rowStart[d] in chunk rowChunk[d]; chunks are filled one after the other.
   */
  private readonly rowChunk: number[] = [];
  private readonly rowStart: number[] = [];
  private readonly rowLength: number[] = [];
  private readonly chunks: Float64Array[] = [];
  private chunkUsed = 0;

  /** 'outcomes' mode: each recorded agent's tally instead of its timeline (undefined otherwise). */
  private readonly tallies: (OutcomeTally | undefined)[] | undefined;
  private readonly keepScores: boolean;

  constructor(
    people: number,
    businesses: number,
    option: SimulationOptions['dossiers'],
    entries: SimulationOptions['dossierEntries'] = 'all',
  ) {
    this.tallies = entries === 'outcomes' ? [] : undefined;
    this.keepScores = entries !== 'outcomes';
    const agents = people + businesses;
    this.recorded = new Uint8Array(agents);
    this.position = new Int32Array(agents).fill(-1);
    this.timelines = new Array<DossierEntry[] | undefined>(agents);
    const every =
      option === 'none'
        ? 0
        : option === 'all'
          ? 1
          : (option ?? (people <= FULL_DOSSIER_LIMIT ? 1 : Math.ceil(people / FULL_DOSSIER_LIMIT)));
    if (every === 0) return;
    for (let i = 0; i < people; i += every) this.start(i);
    for (let a = people; a < agents; a++) this.start(a);
  }

  /** True when dossiers are recorded at all (option not 'none'). */
  get enabled(): boolean {
    return this.order.length > 0;
  }

  /** Begin recording an agent (their scores before today stay unknown: NaN). */
  start(agent: number): void {
    if (this.recorded[agent]) return;
    this.recorded[agent] = 1;
    this.position[agent] = this.order.length;
    if (this.order.length === this.orderColumn.length) {
      const wider = new Int32Array(this.orderColumn.length * 2);
      wider.set(this.orderColumn);
      this.orderColumn = wider;
    }
    this.orderColumn[this.order.length] = agent;
    this.order.push(agent);
    this.timelines[agent] = [];
  }

  /** Add an entry to a recorded agent's timeline (ignored for agents not recorded). */
  note(agent: number, entry: DossierEntry): void {
    if (!this.recorded[agent]) return;
    if (this.tallies === undefined) (this.timelines[agent] as DossierEntry[]).push(entry);
    else tallyEntry((this.tallies[agent] ??= emptyTally()), entry);
  }

  /** Keep today's score of every recorded agent. */
  recordScores(score: Float64Array): void {
    if (!this.keepScores) return;
    const n = this.order.length;
    let chunk = this.chunks.length > 0 ? this.chunks[this.chunks.length - 1] : undefined;
    if (chunk === undefined || this.chunkUsed + n > chunk.length) {
      chunk = new Float64Array(Math.max(n, SCORE_CHUNK));
      this.chunks.push(chunk);
      this.chunkUsed = 0;
    }
    const start = this.chunkUsed;
    const order = this.orderColumn;
    for (let k = 0; k < n; k++) chunk[start + k] = score[order[k]];
    this.chunkUsed += n;
    this.rowChunk.push(this.chunks.length - 1);
    this.rowStart.push(start);
    this.rowLength.push(n);
  }

  /** 'outcomes' mode: the agent's counts (empty when nothing counted); undefined in other modes. */
  tally(agent: number): OutcomeTally | undefined {
    if (this.tallies === undefined || !this.recorded[agent]) return undefined;
    return this.tallies[agent] ?? emptyTally();
  }

  timeline(agent: number): DossierEntry[] {
    return this.timelines[agent] ?? [];
  }

  /** Score per day (index = day − 1); NaN for days before recording began; empty when not recorded. */
  scoreHistory(agent: number): number[] {
    const k = this.position[agent];
    if (k < 0) return [];
    const out = new Array<number>(this.rowLength.length);
    for (let d = 0; d < out.length; d++)
      out[d] = k < this.rowLength[d] ? this.chunks[this.rowChunk[d]][this.rowStart[d] + k] : NaN;
    return out;
  }
}

/** The newest notable events, in a ring. */
export class Feed {
  private readonly ring: FeedEvent[] = [];
  private next = 0;

  push(event: FeedEvent): void {
    if (this.ring.length < FEED_CAPACITY) this.ring.push(event);
    else this.ring[this.next] = event;
    this.next = (this.next + 1) % FEED_CAPACITY;
  }

  /** Events from `sinceDay` on (all kept when omitted), oldest first. */
  since(sinceDay = 0): FeedEvent[] {
    const ordered =
      this.ring.length < FEED_CAPACITY
        ? this.ring
        : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.filter((e) => e.day >= sinceDay);
  }
}
