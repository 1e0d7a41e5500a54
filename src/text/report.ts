/**
 * The command line's English for what the engine returns as data, in its reports (the dossier and
 * the comparison, as text and as JSON): the record a listing rests on ("record #12: Ignoring a
 * court judgment (court, day 3, basis true)") and where two runs of one person part ways ("day 40:
 * under A was listed on defaulters, not under B"). Ids rather than translated labels: the command
 * line speaks English only, and its reports keep the words and the JSON fields they always had
 * (`cause` on a listing, `text` on a divergence).
 */
import { causeOf, changedFields, type Divergence } from '../engine/compare/divergence';
import type { Comparison } from '../engine/compare/compare';
import type { Dossier, DossierEntry } from '../engine/types';

/** A behaviour's label by id (the scenario's English label; the id when unknown). */
export type BehaviourLabel = (id: string) => string;

/** The behaviour labels of the two runs of a comparison. */
export interface RunLabels {
  a: BehaviourLabel;
  b: BehaviourLabel;
}

type Listing = Extract<DossierEntry, { type: 'listed' }>;

/** A dossier entry as the reports give it: a listing carries its cause in words. */
export type ReportEntry = DossierEntry & { cause?: string };

/** A scenario's English behaviour labels by id. */
export function behaviourLabels(scenario: {
  behaviours: readonly { id: string; label: string }[];
}): BehaviourLabel {
  const labels = new Map(scenario.behaviours.map((b) => [b.id, b.label]));
  return (id) => labels.get(id) ?? id;
}

/** The cause of a listing in words: the record behind it, or the list's condition. */
export function listingCause(entry: Listing, behaviour: BehaviourLabel): string {
  const record = entry.record;
  if (record === undefined) return 'condition met';
  const label = behaviour(record.behaviour);
  return entry.atStart
    ? `record #${record.number}: ${label} (before the story begins)`
    : `record #${record.number}: ${label} (${record.source}, day ${record.day}, basis ${record.basis})`;
}

/** The entry with, for a listing, `cause` in words right after `wrongful` (the reports' order). */
export function withCause(entry: DossierEntry, behaviour: BehaviourLabel): ReportEntry {
  if (entry.type !== 'listed') return entry;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    out[key] = value;
    if (key === 'wrongful') out.cause = listingCause(entry, behaviour);
  }
  return out as ReportEntry;
}

/** A dossier as the `dossier --json` report gives it: each listing with its cause in words. */
export function reportDossier(dossier: Dossier, behaviour: BehaviourLabel) {
  return { ...dossier, timeline: dossier.timeline.map((e) => withCause(e, behaviour)) };
}

/**
 * A divergence as the `compare --out` report gives it: the entries with their causes in words, and
 * `text` (what happened under A and under B) after them; a spill-over's source and an earlier
 * difference in what the person was told likewise. The scores behind a score divergence are in
 * its text only.
 */
export function reportDivergence(d: Divergence, labels: RunLabels): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(d)) {
    if (key === 'scores') continue;
    if (key === 'a' || key === 'b')
      out[key] = value === null ? null : withCause(value as DossierEntry, labels[key]);
    else if (key === 'through' && d.through)
      out.through = { agent: d.through.agent, cause: reportDivergence(d.through.cause, labels) };
    else if (key === 'before' && d.before) out.before = reportDivergence(d.before, labels);
    else out[key] = value;
    if (key === 'b') out.text = divergenceText(d, labels);
  }
  return out;
}

/** What happened under A and under B, in words: "day 40: under A was listed on defaulters, not under B". */
export function divergenceText(d: Divergence, labels: RunLabels): string {
  if (d.scores)
    return `day ${d.day}: the score was ${formatPoints(d.scores.a)} under A and ${formatPoints(d.scores.b)} under B before any rule treated them differently (scoring settings: start, recovery, bands or hidden factors)`;
  const what =
    d.a && d.b
      ? describePair(d.a, d.b, labels)
      : d.a
        ? `under A ${entryWords(d.a)}, not under B`
        : `under B ${entryWords(d.b as DossierEntry)}, not under A`;
  const why =
    d.kind === 'behaviour'
      ? ' — fear changed what they did (adaptation)'
      : d.kind === 'record'
        ? " — a record differs (someone else's changed act filed under them)"
        : '';
  return `day ${d.day}: ${what}${why}`;
}

/** What an entry says happened, in a few words, by ids. */
export function entryWords(entry: DossierEntry): string {
  const via = 'via' in entry && entry.via !== undefined ? ` through ${entry.via}` : '';
  switch (entry.type) {
    case 'act':
      return `did "${entry.label}"`;
    case 'observed':
      return `was recorded by ${entry.source} for "${entry.label}" (${entry.basis})`;
    case 'rule':
      return `rule ${entry.rule} fired (${formatSigned(entry.points)} points, score ${formatPoints(entry.score)})`;
    case 'grade':
      return `went from grade ${entry.from} to ${entry.to}`;
    case 'settled':
      return `settled a debt (${entry.behaviour})`;
    case 'notice':
      return `was warned of listing on ${entry.list}`;
    case 'listed':
      return `was listed on ${entry.list}${entry.wrongful ? ' (wrongfully)' : ''}`;
    case 'learned':
      return `learned of a listing (${entry.how})`;
    case 'delisted':
      return `was taken off ${entry.list} (${entry.why})`;
    case 'sanction':
      return `sanction ${entry.consequence} began${via}`;
    case 'sanctionLifted':
      return `sanction ${entry.consequence} was lifted`;
    case 'reward':
      return `got reward ${entry.consequence}`;
    case 'refused':
      return `was refused ${entry.service} (${entry.consequence})${via}`;
    case 'appealFiled':
      return `appealed against ${entry.list}`;
    case 'appealDecided':
      return `had an appeal on ${entry.list} ${entry.granted ? 'granted' : 'refused'}`;
  }
}

/** A listing's cause names its record by number, and record numbers shift for everyone once anyone's records differ. */
const RECORD_NUMBER = /^record #\d+: /;

/** Two entries on the same day: the same event with other values, or two different events. */
function describePair(a: DossierEntry, b: DossierEntry, labels: RunLabels): string {
  if (a.type !== b.type || causeOf(a).id !== causeOf(b).id)
    return `under A ${entryWords(a)}; under B ${entryWords(b)}`;
  const x = withCause(a, labels.a) as unknown as Record<string, unknown>;
  const y = withCause(b, labels.b) as unknown as Record<string, unknown>;
  const sameCause = (u: unknown, v: unknown) =>
    String(u).replace(RECORD_NUMBER, '') === String(v).replace(RECORD_NUMBER, '');
  const changes = changedFields(x as ReportEntry, y as ReportEntry)
    .filter((field) => field !== 'cause' || !sameCause(x.cause, y.cause))
    .map((field) => `${field} ${formatValue(x[field])} under A, ${formatValue(y[field])} under B`);
  return `${entryWords(a)} under both, but ${changes.join('; ')}`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? formatPoints(value) : String(value);
}

function formatSigned(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

/** Points to at most two decimals, without locale formatting. */
function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** A comparison as the `compare --out` report gives it: each difference's cause as above. */
export function reportComparison(c: Comparison, labels: RunLabels) {
  return {
    ...c,
    differences: c.differences.map((d) => ({
      ...d,
      cause: d.cause && reportDivergence(d.cause, labels),
    })),
  };
}
