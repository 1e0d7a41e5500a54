/**
 * What the system recorded (never the truth): an append-only log of observed records in typed columns,
 * chained per subject newest-first so a subject's counts cost the length of their own file.
 * The records a day adds (from `dayStart` to `length`) are that day's observed-event buffer.
 */
import { widen } from './widen';

export const BASIS_TRUE = 0;
export const BASIS_MISATTRIBUTED = 1;
export const BASIS_FALSE = 2;
export const BASIS_NAMES = ['true', 'misattributed', 'false'] as const;

export class RecordLog {
  length = 0;
  /** First record filed today. */
  dayStart = 0;
  day = new Int32Array(1024);
  subject = new Int32Array(1024);
  behaviour = new Uint8Array(1024);
  source = new Uint8Array(1024);
  basis = new Uint8Array(1024);
  /** Who really did it (-1 for a false report). */
  actor = new Int32Array(1024);
  /** Previous record of the same subject, -1 at the end of the chain. */
  previous = new Int32Array(1024);
  /** Newest record of each subject, -1 when none. */
  readonly head: Int32Array;

  constructor(subjects: number) {
    this.head = new Int32Array(subjects).fill(-1);
  }

  /** File a record; returns its index. */
  add(
    day: number,
    subject: number,
    behaviour: number,
    source: number,
    basis: number,
    actor: number,
  ): number {
    if (this.length === this.day.length) this.grow();
    const r = this.length++;
    this.day[r] = day;
    this.subject[r] = subject;
    this.behaviour[r] = behaviour;
    this.source[r] = source;
    this.basis[r] = basis;
    this.actor[r] = actor;
    this.previous[r] = this.head[subject];
    this.head[subject] = r;
    return r;
  }

  private grow(): void {
    const n = this.day.length * 2;
    this.day = widen(this.day, n);
    this.subject = widen(this.subject, n);
    this.behaviour = widen(this.behaviour, n);
    this.source = widen(this.source, n);
    this.basis = widen(this.basis, n);
    this.actor = widen(this.actor, n);
    this.previous = widen(this.previous, n);
  }
}

/** Counts of a subject's retained records for the behaviours in `mask` (or one behaviour), as of `today`. */
export interface RecordCounts {
  count30: number;
  count365: number;
  total: number;
}

/**
 * Count a subject's records of the behaviours flagged in `mask` that their source still retains.
 * `retention[s]` is source s's retention in days. Records `horizon` days old or older are not
 * looked at (a subject's chain runs newest first, so they are the chain's tail): pass the age past
 * which nothing the caller reads can count (30 for count30 alone, the longest retention for all).
 */
export function countRecords(
  log: RecordLog,
  subject: number,
  mask: Uint8Array,
  today: number,
  retention: Int32Array,
  out: RecordCounts,
  horizon = Infinity,
): RecordCounts {
  out.count30 = 0;
  out.count365 = 0;
  out.total = 0;
  for (let r = log.head[subject]; r >= 0; r = log.previous[r]) {
    const age = today - log.day[r];
    if (age >= horizon) break;
    if (!mask[log.behaviour[r]] || age >= retention[log.source[r]]) continue;
    out.total++;
    if (age < 365) out.count365++;
    if (age < 30) out.count30++;
  }
  return out;
}
