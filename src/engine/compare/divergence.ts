/**
 * Where two runs of the same person part ways, and why. Under common random numbers both runs draw
 * the same numbers for a person every day, so their dossiers are identical until a rule set makes
 * them differ; the first differing entry (or the first day their scores differ) among those that
 * can explain the difference at hand is its cause.
 */
import type { AgentId, Dossier, DossierEntry, RecordCitation } from '../types';

/** The part of a dossier a comparison reads (a full Dossier will do). */
export type AgentHistory = Pick<Dossier, 'timeline' | 'scoreHistory'>;

/** What kind of setting made the difference. */
export type DivergenceKind =
  | 'rule'
  | 'list'
  | 'consequence'
  | 'appeal'
  | 'opacity'
  | 'scoring'
  | 'debt'
  | 'behaviour'
  | 'record';

/** The first point where an agent's two runs differ, with the rule, list or consequence behind it. */
export interface Divergence {
  day: number;
  kind: DivergenceKind;
  /** The rule, list or consequence id (the behaviour for 'behaviour', 'record' and 'debt'; '' for scores). */
  id: string;
  /** Which run has the deciding entry: only A, only B, or both (the same entry with other values). */
  side: 'a' | 'b' | 'both';
  /** The differing entries of A and B at that point (null: nothing there on that day). */
  a: DossierEntry | null;
  b: DossierEntry | null;
  /** For a difference in the daily score alone: the two scores that day. */
  scores?: { a: number; b: number };
  /** For a sanction or refusal that reached this person through a family member: where theirs began. */
  through?: { agent: AgentId; cause: Divergence };
  /** An earlier difference only in what the person was told, passed over for this one. */
  before?: Divergence;
}

/** Order of the day's systems, so that of two entries on one day the earlier cause is named. */
const SYSTEM_ORDER: Record<DossierEntry['type'], number> = {
  act: 0,
  observed: 1,
  rule: 2,
  grade: 3,
  settled: 4,
  notice: 5,
  listed: 6,
  learned: 7,
  delisted: 8,
  sanction: 9,
  sanctionLifted: 10,
  reward: 11,
  refused: 12,
  appealFiled: 13,
  appealDecided: 14,
};

function sameField(key: string, x: unknown, y: unknown): boolean {
  if (x === y) return true;
  return (
    key === 'record' &&
    x !== undefined &&
    y !== undefined &&
    sameCitation(x as RecordCitation, y as RecordCitation)
  );
}

/**
 * Two listings' records, by what they say: record numbers count every record in town, so they
 * shift for everyone once anyone's records differ.
 */
function sameCitation(x: RecordCitation, y: RecordCitation): boolean {
  return (
    x.behaviour === y.behaviour && x.source === y.source && x.day === y.day && x.basis === y.basis
  );
}

/** Entries hold primitives (and a listing's record citation), so equal fields mean equal entries. */
function sameEntry(a: DossierEntry, b: DossierEntry): boolean {
  if (a.type !== b.type || a.day !== b.day) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!sameField(key, x[key], y[key])) return false;
  return true;
}

/** True when `entry` occurs among the entries of its day in `timeline`, from index `from` on. */
function occursSameDay(entry: DossierEntry, timeline: DossierEntry[], from: number): boolean {
  for (let k = from; k < timeline.length && timeline[k].day === entry.day; k++)
    if (sameEntry(entry, timeline[k])) return true;
  return false;
}

/** First day (1-based) on which the two score histories differ, or Infinity. */
function firstScoreDifference(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let d = 0; d < n; d++) {
    const x = a[d];
    const y = b[d];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return d + 1;
  }
  return Infinity;
}

/** How deep a spill-over chain is followed (child → parent → …). */
const MAX_THROUGH = 3;

type Lookup = (id: AgentId) => { a: AgentHistory; b: AgentHistory } | undefined;

/** What may explain a difference: which entries, and whether the daily score (everything when omitted). */
export interface Relevance {
  entry: (entry: DossierEntry) => boolean;
  score: boolean;
}

/**
 * The first divergence between an agent's dossier under A and under B, or undefined when they are
 * identical. Differences only in what the person was told (a `told` flag, a `learned` entry) are
 * passed over for a difference in what was done to them, and kept as `before`; they are the cause
 * only when nothing else differs. `lookup` finds another agent's histories, to follow a spill-over;
 * `relevant` limits the search, there and in the spill-over's source, to the entries that can
 * explain the difference at hand (a listing, a refused flight).
 */
export function firstDivergence(
  a: AgentHistory,
  b: AgentHistory,
  lookup?: Lookup,
  relevant?: Relevance,
): Divergence | undefined {
  return divergenceFrom(a, b, lookup, relevant, 0);
}

function divergenceFrom(
  a: AgentHistory,
  b: AgentHistory,
  lookup: Lookup | undefined,
  relevant: Relevance | undefined,
  depth: number,
): Divergence | undefined {
  const ta = relevant ? a.timeline.filter(relevant.entry) : a.timeline;
  const tb = relevant ? b.timeline.filter(relevant.entry) : b.timeline;
  const scoreDay =
    !relevant || relevant.score ? firstScoreDifference(a.scoreHistory, b.scoreHistory) : Infinity;
  let told: Divergence | undefined;
  let i = 0;
  let j = 0;
  for (;;) {
    const ea = ta[i];
    const eb = tb[j];
    if (ea !== undefined && eb !== undefined && sameEntry(ea, eb)) {
      i++;
      j++;
      continue;
    }
    const day = Math.min(ea?.day ?? Infinity, eb?.day ?? Infinity);
    if (day === Infinity && scoreDay === Infinity) return told;
    if (scoreDay < day) return withBefore(scoreDivergence(scoreDay, a, b), told);
    const found = divergenceAt(ta, i, tb, j, day);
    if (!found.toldOnly) {
      const divergence = withBefore(found.divergence, told);
      const deciding = (divergence.side === 'b' ? divergence.b : divergence.a) as DossierEntry;
      const via = 'via' in deciding ? deciding.via : undefined;
      if (via !== undefined && lookup && depth < MAX_THROUGH) {
        const pair = lookup(via);
        const source = pair && divergenceFrom(pair.a, pair.b, lookup, relevant, depth + 1);
        if (source) divergence.through = { agent: via, cause: source };
      }
      return divergence;
    }
    told ??= found.divergence;
    if (found.divergence.a) i++;
    if (found.divergence.b) j++;
  }
}

function withBefore(divergence: Divergence, before: Divergence | undefined): Divergence {
  return before ? { ...divergence, before } : divergence;
}

/** The difference at positions i of A and j of B on `day`; toldOnly when it is only in what they were told. */
function divergenceAt(
  ta: DossierEntry[],
  i: number,
  tb: DossierEntry[],
  j: number,
  day: number,
): { divergence: Divergence; toldOnly: boolean } {
  const ea = ta[i]?.day === day ? ta[i] : undefined;
  const eb = tb[j]?.day === day ? tb[j] : undefined;
  const onlyA = ea !== undefined && !occursSameDay(ea, tb, j);
  const onlyB = eb !== undefined && !occursSameDay(eb, ta, i);
  let side: Divergence['side'];
  if (onlyA && !onlyB) side = 'a';
  else if (onlyB && !onlyA) side = 'b';
  else if (ea && eb && ea.type === eb.type && causeOf(ea).id === causeOf(eb).id) side = 'both';
  else side = eb && (!ea || SYSTEM_ORDER[eb.type] < SYSTEM_ORDER[ea.type]) ? 'b' : 'a';

  const deciding = (side === 'b' ? eb : ea) as DossierEntry;
  const changed = side === 'both' ? changedFields(ea as DossierEntry, eb as DossierEntry) : [];
  const toldOnly =
    side === 'both'
      ? changed.length > 0 && changed.every((field) => field === 'told')
      : deciding.type === 'learned';
  const cause = toldOnly
    ? { kind: 'opacity' as const, id: causeOf(deciding).id }
    : causeOf(deciding);
  const divergence: Divergence = {
    day,
    kind: cause.kind,
    id: cause.id,
    side,
    // An entry both runs share (only shifted by the other's extra one) is not part of the difference.
    a: ea !== undefined && (onlyA || side !== 'b') ? ea : null,
    b: eb !== undefined && (onlyB || side !== 'a') ? eb : null,
  };
  return { divergence, toldOnly };
}

/** The fields (other than type and day) whose values differ between two entries. */
export function changedFields(a: DossierEntry, b: DossierEntry): string[] {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const fields = [...Object.keys(x), ...Object.keys(y).filter((k) => !(k in x))];
  return fields.filter((k) => k !== 'type' && k !== 'day' && !sameField(k, x[k], y[k]));
}

function scoreDivergence(day: number, a: AgentHistory, b: AgentHistory): Divergence {
  const x = a.scoreHistory[day - 1];
  const y = b.scoreHistory[day - 1];
  return {
    day,
    kind: 'scoring',
    id: '',
    side: 'both',
    a: null,
    b: null,
    scores: { a: x, b: y },
  };
}

/** The setting behind an entry: its kind and id. */
export function causeOf(entry: DossierEntry): { kind: DivergenceKind; id: string } {
  switch (entry.type) {
    case 'act':
      return { kind: 'behaviour', id: entry.behaviour };
    case 'observed':
      return { kind: 'record', id: entry.behaviour };
    case 'rule':
      return { kind: 'rule', id: entry.rule };
    case 'grade':
      return { kind: 'scoring', id: '' };
    case 'settled':
      return { kind: 'debt', id: entry.behaviour };
    case 'notice':
    case 'listed':
    case 'delisted':
      return { kind: 'list', id: entry.list };
    case 'learned':
      return { kind: 'opacity', id: '' };
    case 'appealFiled':
    case 'appealDecided':
      return { kind: 'appeal', id: entry.list };
    case 'sanction':
    case 'sanctionLifted':
    case 'reward':
    case 'refused':
      return { kind: 'consequence', id: entry.consequence };
  }
}
