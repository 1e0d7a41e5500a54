/**
 * Dossiers: the full timeline of the agents being recorded (everyone in a small town; every k-th person,
 * every business and anyone ever listed in a big one, so memory stays bounded), their score per day,
 * and a bounded feed of notable events for the whole town.
 */
import type { DossierEntry, FeedEvent, SimulationOptions } from '../types';
import { widen } from './widen';

/** Towns up to this size record every dossier by default. */
export const FULL_DOSSIER_LIMIT = 5_000;
/** Scores are kept in blocks of this many (a block holds whole days). */
const SCORE_CHUNK = 1 << 16;
/** Dossier notes and kept scores are stored in blocks of 2^this many (never copied as they grow). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;
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

/** How a compact note is stored: its kind, then two integers and a number whose meaning the kind gives. */
export const NOTE_OBJECT = 0;
/** A true act: x = behaviour. */
export const NOTE_ACT = 1;
/** A record filed: x = record number (the entry is built from the record log when read). */
export const NOTE_OBSERVED = 2;
/** A rule applied: x = rule index, value = the score after it. */
export const NOTE_RULE = 3;
/** A grade change: x = from, y = to (grade indices). */
export const NOTE_GRADE = 4;

/** Builds the entry of a compact note when a timeline is read (set by the state that owns the store). */
export type NoteDecoder = (
  kind: number,
  day: number,
  x: number,
  y: number,
  value: number,
) => DossierEntry;

/** A block of the note log: note n is at n & BLOCK_MASK of block n >> BLOCK_BITS. */
interface NoteBlock {
  kind: Uint8Array;
  day: Int32Array;
  x: Int32Array;
  y: Int32Array;
  value: Float64Array;
  /** The agent's previous note (-1: none). */
  previous: Int32Array;
}

/** A note block's columns, views on one buffer (one allocation a block, not six). */
function noteBlock(): NoteBlock {
  const buffer = new ArrayBuffer(BLOCK * 25);
  return {
    value: new Float64Array(buffer, 0, BLOCK),
    day: new Int32Array(buffer, BLOCK * 8, BLOCK),
    x: new Int32Array(buffer, BLOCK * 12, BLOCK),
    y: new Int32Array(buffer, BLOCK * 16, BLOCK),
    previous: new Int32Array(buffer, BLOCK * 20, BLOCK),
    kind: new Uint8Array(buffer, BLOCK * 24, BLOCK),
  };
}

/** A block of kept scores (see keepRecoveringScores), addressed as note blocks are. */
interface ScoreBlock {
  row: Int32Array;
  value: Float64Array;
  previous: Int32Array;
}

function scoreBlock(): ScoreBlock {
  const buffer = new ArrayBuffer(BLOCK * 16);
  return {
    value: new Float64Array(buffer, 0, BLOCK),
    row: new Int32Array(buffer, BLOCK * 8, BLOCK),
    previous: new Int32Array(buffer, BLOCK * 12, BLOCK),
  };
}

const noDecoder: NoteDecoder = () => {
  throw new Error('DossierStore: compact notes need a decoder');
};

export class DossierStore {
  /** 1 when the agent's timeline is being recorded. */
  readonly recorded: Uint8Array;
  /** Recorded agents, in the order recording started. */
  readonly order: number[] = [];
  /** Each agent's index in `order` (-1: not recorded). */
  private readonly position: Int32Array;
  /**
   * Every note of every recorded agent in one log of typed columns, chained per agent newest-first
   * (as the record log is): the frequent entries (acts, records, rules, grades) are kept as a few
   * numbers and built only when a timeline is read; any other entry is kept as given (NOTE_OBJECT,
   * x = its index in `objects`). The log grows by blocks, so a long run never copies it.
   */
  private readonly noteBlocks: NoteBlock[] = [];
  private noteCount = 0;
  private readonly objects: DossierEntry[] = [];
  /** Newest note of each agent (-1: none) and how many notes each has. */
  private readonly head: Int32Array;
  private readonly notes: Int32Array;
  /** Each agent's timeline as read so far (its first entries, built once and kept). */
  private readonly timelines: (DossierEntry[] | undefined)[];
  /** Builds compact notes' entries (createState sets it). */
  decoder: NoteDecoder = noDecoder;
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

  /**
   * Ledger scores (see keepRecoveringScores): instead of every recorded score of every day, only
   * the scores of the days a recorded agent's score may have moved otherwise than by recovery (a
   * rule applied, or their first day recorded), chained per agent newest first; the days between
   * are replayed by the same recovery step when the history is read. Null: every row is kept.
   */
  private recovery: { start: number; perDay: number } | null = null;
  private rows = 0;
  private readonly scoreBlocks: ScoreBlock[] = [];
  private scoreCount = 0;
  private scoreHead: Int32Array;
  /** Agents started, or whose score was set, since the last row: their next score is kept as it is. */
  private readonly keepAtNextRow: number[] = [];

  /** 'outcomes' mode: each recorded agent's tally instead of its timeline (undefined otherwise). */
  private readonly tallies: (OutcomeTally | undefined)[] | undefined;
  private readonly keepScores: boolean;
  /** Timelines are kept ('all' entries mode). */
  private readonly keepNotes: boolean;

  constructor(
    people: number,
    businesses: number,
    option: SimulationOptions['dossiers'],
    entries: SimulationOptions['dossierEntries'] = 'all',
  ) {
    this.tallies = entries === 'outcomes' ? [] : undefined;
    this.keepScores = entries !== 'outcomes';
    this.keepNotes = entries !== 'outcomes';
    const agents = people + businesses;
    this.recorded = new Uint8Array(agents);
    this.position = new Int32Array(agents).fill(-1);
    this.head = new Int32Array(agents).fill(-1);
    this.notes = new Int32Array(agents);
    this.scoreHead = new Int32Array(agents).fill(-1);
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
      this.orderColumn = widen(this.orderColumn, this.orderColumn.length * 2);
    }
    this.orderColumn[this.order.length] = agent;
    this.order.push(agent);
    this.keepAtNextRow.push(agent);
  }

  /** A recorded agent's score was set outside the day's systems: keep its next score as it is. */
  scoreSet(agent: number): void {
    if (this.recorded[agent]) this.keepAtNextRow.push(agent);
  }

  /**
   * Keep ledger scores as their changes (before the first day is recorded): every day a score is
   * not otherwise changed it moves by exactly this step (score.ts, recoverLedger), so the days
   * between changes are replayed when read.
   */
  keepRecoveringScores(start: number, perDay: number): void {
    if (this.rows > 0) throw new Error('DossierStore: scores already recorded');
    this.recovery = { start, perDay };
  }

  /** Add an entry to a recorded agent's timeline (ignored for agents not recorded). */
  note(agent: number, entry: DossierEntry): void {
    if (!this.recorded[agent]) return;
    if (this.tallies === undefined) {
      this.add(agent, NOTE_OBJECT, entry.day, this.objects.length, 0, 0);
      this.objects.push(entry);
    } else tallyEntry((this.tallies[agent] ??= emptyTally()), entry);
  }

  /**
   * Add a compact note (NOTE_ACT, NOTE_OBSERVED, NOTE_RULE, NOTE_GRADE) to a recorded agent's
   * timeline; the decoder builds its entry when the timeline is read. Outcome tallies count none of
   * these kinds, so in 'outcomes' mode nothing is kept.
   */
  noteCompact(agent: number, kind: number, day: number, x: number, y: number, value: number): void {
    if (this.recorded[agent] && this.keepNotes) this.add(agent, kind, day, x, y, value);
  }

  private add(agent: number, kind: number, day: number, x: number, y: number, value: number): void {
    const n = this.noteCount++;
    const i = n & BLOCK_MASK;
    if (i === 0) this.noteBlocks.push(noteBlock());
    const block = this.noteBlocks[n >> BLOCK_BITS];
    block.kind[i] = kind;
    block.day[i] = day;
    block.x[i] = x;
    block.y[i] = y;
    block.value[i] = value;
    block.previous[i] = this.head[agent];
    this.head[agent] = n;
    this.notes[agent]++;
  }

  /**
   * Keep today's score of every recorded agent. `changed[0 .. changedCount)`: the agents whose score
   * may have changed today otherwise than by recovery (read when keeping recovering scores).
   */
  recordScores(score: Float64Array, changed?: Int32Array, changedCount = 0): void {
    if (!this.keepScores) return;
    if (this.recovery !== null) {
      const row = this.rows++;
      for (const a of this.keepAtNextRow) this.keepScore(a, row, score[a]);
      this.keepAtNextRow.length = 0;
      for (let k = 0; k < changedCount; k++) {
        const a = (changed as Int32Array)[k];
        if (this.recorded[a]) this.keepScore(a, row, score[a]);
      }
      return;
    }
    this.rows++;
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

  /** Keep agent a's score of row `row` (once a row). */
  private keepScore(a: number, row: number, value: number): void {
    const last = this.scoreHead[a];
    if (last >= 0 && this.scoreBlocks[last >> BLOCK_BITS].row[last & BLOCK_MASK] === row) return;
    const n = this.scoreCount++;
    const i = n & BLOCK_MASK;
    if (i === 0) this.scoreBlocks.push(scoreBlock());
    const block = this.scoreBlocks[n >> BLOCK_BITS];
    block.row[i] = row;
    block.value[i] = value;
    block.previous[i] = last;
    this.scoreHead[a] = n;
  }

  /** 'outcomes' mode: the agent's counts (empty when nothing counted); undefined in other modes. */
  tally(agent: number): OutcomeTally | undefined {
    if (this.tallies === undefined || !this.recorded[agent]) return undefined;
    return this.tallies[agent] ?? emptyTally();
  }

  /**
   * The agent's timeline, oldest first (empty when not recorded). The array is the store's own and
   * grows as later notes are read: entries already read keep their identity.
   */
  timeline(agent: number): DossierEntry[] {
    if (!this.recorded[agent]) return [];
    let out = this.timelines[agent];
    if (out === undefined) out = this.timelines[agent] = [];
    const pending = this.notes[agent] - out.length;
    if (pending <= 0) return out;
    const newest: number[] = new Array<number>(pending);
    let n = this.head[agent];
    const blocks = this.noteBlocks;
    for (let k = pending - 1; k >= 0; k--) {
      newest[k] = n;
      n = blocks[n >> BLOCK_BITS].previous[n & BLOCK_MASK];
    }
    for (let k = 0; k < pending; k++) {
      const block = blocks[newest[k] >> BLOCK_BITS];
      const i = newest[k] & BLOCK_MASK;
      const kind = block.kind[i];
      out.push(
        kind === NOTE_OBJECT
          ? this.objects[block.x[i]]
          : this.decoder(kind, block.day[i], block.x[i], block.y[i], block.value[i]),
      );
    }
    return out;
  }

  /** Score per day (index = day − 1); NaN for days before recording began; empty when not recorded. */
  scoreHistory(agent: number): number[] {
    const k = this.position[agent];
    if (k < 0) return [];
    if (this.recovery !== null) return this.replayedScores(agent);
    const out = new Array<number>(this.rowLength.length);
    for (let d = 0; d < out.length; d++)
      out[d] = k < this.rowLength[d] ? this.chunks[this.rowChunk[d]][this.rowStart[d] + k] : NaN;
    return out;
  }

  /** The kept scores of an agent, and the recovery steps between them (NaN before the first). */
  private replayedScores(agent: number): number[] {
    const { start, perDay } = this.recovery as { start: number; perDay: number };
    const blocks = this.scoreBlocks;
    const kept: number[] = [];
    for (
      let n = this.scoreHead[agent];
      n >= 0;
      n = blocks[n >> BLOCK_BITS].previous[n & BLOCK_MASK]
    )
      kept.push(n);
    const rowOf = (n: number): number => blocks[n >> BLOCK_BITS].row[n & BLOCK_MASK];
    const out = new Array<number>(this.rows);
    let next = kept.length - 1;
    let v = NaN;
    for (let d = 0; d < this.rows; d++) {
      if (next >= 0 && rowOf(kept[next]) === d) {
        const n = kept[next--];
        v = blocks[n >> BLOCK_BITS].value[n & BLOCK_MASK];
      } else if (v !== start && perDay > 0)
        // recoverLedger's step, operation for operation.
        v = v < start ? Math.min(start, v + perDay) : Math.max(start, v - perDay);
      out[d] = v;
    }
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
