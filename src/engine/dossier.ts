/**
 * Dossiers: the full timeline of the agents being recorded (everyone in a small town; every k-th person,
 * every business and anyone ever listed in a big one, so memory stays bounded), their score per day,
 * and a bounded feed of notable events for the whole town.
 */
import type { DossierEntry, FeedEvent, SimulationOptions } from './types';

/** Towns up to this size record every dossier by default. */
export const FULL_DOSSIER_LIMIT = 5_000;
/** How many feed events are kept (the newest). */
export const FEED_CAPACITY = 2_000;

export class DossierStore {
  /** 1 when the agent's timeline is being recorded. */
  readonly recorded: Uint8Array;
  /** Recorded agents, in the order recording started. */
  readonly order: number[] = [];
  private readonly timelines: (DossierEntry[] | undefined)[];
  private readonly scores: (number[] | undefined)[];

  constructor(people: number, businesses: number, option: SimulationOptions['dossiers']) {
    const agents = people + businesses;
    this.recorded = new Uint8Array(agents);
    this.timelines = new Array<DossierEntry[] | undefined>(agents);
    this.scores = new Array<number[] | undefined>(agents);
    const every =
      option === 'none'
        ? 0
        : option === 'all'
          ? 1
          : (option ?? (people <= FULL_DOSSIER_LIMIT ? 1 : Math.ceil(people / FULL_DOSSIER_LIMIT)));
    if (every === 0) return;
    for (let i = 0; i < people; i += every) this.start(i, 0);
    for (let a = people; a < agents; a++) this.start(a, 0);
  }

  /** True when dossiers are recorded at all (option not 'none'). */
  get enabled(): boolean {
    return this.order.length > 0;
  }

  /** Begin recording an agent; days before `day` have no score (NaN). */
  start(agent: number, day: number): void {
    if (this.recorded[agent]) return;
    this.recorded[agent] = 1;
    this.order.push(agent);
    this.timelines[agent] = [];
    this.scores[agent] = new Array<number>(day).fill(NaN);
  }

  /** Add an entry to a recorded agent's timeline (ignored for agents not recorded). */
  note(agent: number, entry: DossierEntry): void {
    if (this.recorded[agent]) (this.timelines[agent] as DossierEntry[]).push(entry);
  }

  /** Append today's score of every recorded agent. */
  recordScores(score: Float64Array): void {
    for (const a of this.order) (this.scores[a] as number[]).push(score[a]);
  }

  timeline(agent: number): DossierEntry[] {
    return this.timelines[agent] ?? [];
  }

  scoreHistory(agent: number): number[] {
    return this.scores[agent] ?? [];
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
