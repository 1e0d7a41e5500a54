/**
 * Dossiers: the full timeline of the agents being recorded (everyone in a small town; every k-th person,
 * every business and anyone ever listed in a big one, so memory stays bounded), their score per day,
 * and a bounded feed of notable events for the whole town.
 */
import type { DossierEntry, FeedEvent, SimulationOptions } from '../types';

/** Towns up to this size record every dossier by default. */
export const FULL_DOSSIER_LIMIT = 5_000;
/** How many feed events are kept (the newest). */
export const FEED_CAPACITY = 2_000;

export class DossierStore {
  /** 1 when the agent's timeline is being recorded. */
  readonly recorded: Uint8Array;
  /** Recorded agents, in the order recording started. */
  readonly order: number[] = [];
  /** Each agent's index in `order` (-1: not recorded). */
  private readonly position: Int32Array;
  private readonly timelines: (DossierEntry[] | undefined)[];
  /** Per day: the scores of order[0 .. row.length) that day (agents recorded later have no score yet). */
  private readonly rows: Float64Array[] = [];

  constructor(people: number, businesses: number, option: SimulationOptions['dossiers']) {
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
    this.order.push(agent);
    this.timelines[agent] = [];
  }

  /** Add an entry to a recorded agent's timeline (ignored for agents not recorded). */
  note(agent: number, entry: DossierEntry): void {
    if (this.recorded[agent]) (this.timelines[agent] as DossierEntry[]).push(entry);
  }

  /** Keep today's score of every recorded agent. */
  recordScores(score: Float64Array): void {
    const row = new Float64Array(this.order.length);
    for (let k = 0; k < row.length; k++) row[k] = score[this.order[k]];
    this.rows.push(row);
  }

  timeline(agent: number): DossierEntry[] {
    return this.timelines[agent] ?? [];
  }

  /** Score per day (index = day − 1); NaN for days before recording began; empty when not recorded. */
  scoreHistory(agent: number): number[] {
    const k = this.position[agent];
    if (k < 0) return [];
    return this.rows.map((row) => (k < row.length ? row[k] : NaN));
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
