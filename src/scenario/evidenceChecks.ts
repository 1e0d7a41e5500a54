/**
 * Checks of where a scenario's numbers come from: every source is a full citation (a missing part
 * is a warning; an address that is not http or https is a schema error), every evidence mark
 * names a field of its object and an existing source, and every world-facing number written in the
 * file carries a mark when the file cites sources (a warning when one does not).
 */
import type { Finding } from './finding';
import type { RuleSet, Scenario } from './schema';
import { closestMatch } from './suggest';

type Path = PropertyKey[];
type Mark = NonNullable<Scenario['town']['evidence']>[string];

/** The parts of a citation, as the warning names them. */
const CITATION_PARTS = [
  ['by', 'outlet or author (by)'],
  ['title', 'title'],
  ['date', 'date'],
  ['url', 'address (url)'],
  ['supports', 'what it supports (supports)'],
] as const;

/**
 * The world-facing numbers of each kind of object, by field path inside it: the numbers a scenario
 * takes from the world (a deduction, a grade band, a list duration, a grace period, a rate
 * calibrated to a national figure) rather than modelling settings.
 */
export const WORLD_FACING = {
  town: ['scale'],
  behaviour: ['rate', 'obligation.repayRate', 'obligation.listedRepayRate'],
  source: ['misattribution', 'falseReports', 'retentionDays'],
  scoring: ['start'],
  grade: ['min'],
  rule: ['points', 'capGrade'],
  list: ['durationDays', 'entry.graceDays', 'removal.settleDelayDays'],
  consequence: ['lingerDays'],
  opacity: ['noticeDays'],
  appeals: ['reviewDays'],
} as const;

/** Citation, evidence-mark and unmarked-number findings; `raw` is the file's data before defaults. */
export function evidenceFindings(scenario: Scenario, raw: unknown): Finding[] {
  const findings: Finding[] = [];
  const error = (path: Path, message: string, atKey = false) =>
    findings.push({ path, message, severity: 'error', atKey });
  const warning = (path: Path, message: string) =>
    findings.push({ path, message, severity: 'warning' });

  const sourceIds: string[] = [];
  scenario.sources.forEach((source, i) => {
    if (source.id !== undefined) {
      if (sourceIds.includes(source.id))
        error(['sources', i, 'id'], `expected a unique source id, found "${source.id}" again`);
      sourceIds.push(source.id);
    }
    const missing = CITATION_PARTS.filter(([key]) => source[key] === undefined).map(([, n]) => n);
    if (missing.length > 0)
      warning(
        ['sources', i],
        `expected a full citation (outlet or author, title, date, address, what it supports), found none for ${missing.join(', ')}`,
      );
  });

  const seen = new Set<object>();
  const visit = (
    path: Path,
    object: object | undefined,
    kind: keyof typeof WORLD_FACING,
    rawObject: unknown,
  ) => {
    if (object === undefined) return;
    const evidence = (object as { evidence?: Record<string, Mark> }).evidence ?? {};
    for (const [field, mark] of Object.entries(evidence)) {
      const at = [...path, 'evidence', field];
      if (valueAt(object, field) === undefined || field === 'evidence') {
        const fields = fieldPaths(object);
        const guess = closestMatch(field, fields);
        error(
          at,
          `expected the name of a field of this object${guess ? ` (did you mean "${guess}"?)` : `: ${fields.join(', ')}`}, found "${field}"`,
          true,
        );
      }
      checkMark(at, mark, valueAt(object, field));
    }
    // A YAML alias repeats an object the file wrote once: warn about it once.
    if (rawObject !== null && typeof rawObject === 'object') {
      if (seen.has(rawObject)) return;
      seen.add(rawObject);
    }
    // A file that cites no sources makes no claim about the world (a quick sketch of a town):
    // only a file with sources must say where each of its world-facing numbers stands.
    if (scenario.sources.length === 0) return;
    for (const field of WORLD_FACING[kind]) {
      if (
        typeof valueAt(rawObject, field) !== 'number' &&
        typeof valueAt(rawObject, field) !== 'string'
      )
        continue;
      if (evidence[field] !== undefined) continue;
      warning(
        [...path, ...field.split('.')],
        'expected an evidence mark (documented, secondary, uncertain or assumed), found none',
      );
    }
  };
  const checkMark = (at: Path, mark: Mark, value: unknown) => {
    if (mark.source !== undefined && !sourceIds.includes(mark.source)) {
      const guess = closestMatch(mark.source, sourceIds);
      error(
        [...at, 'source'],
        `expected the id of an entry in sources${guess ? ` (did you mean "${guess}"?)` : sourceIds.length > 0 ? `: ${sourceIds.join(', ')}` : ', but no source has an id'}, found "${mark.source}"`,
      );
    }
    if ((mark.mark === 'documented' || mark.mark === 'secondary') && mark.source === undefined)
      error(at, `expected a source id for a ${mark.mark} number, found none`);
    if (mark.mark === 'uncertain' && mark.range === undefined && typeof value === 'number')
      warning(
        at,
        'expected the range the sources give (range: [low, high]) for an uncertain number, found none',
      );
    if (mark.range !== undefined && mark.range[0] > mark.range[1])
      error(
        [...at, 'range'],
        `expected a range from low to high, found [${mark.range[0]}, ${mark.range[1]}]`,
      );
  };

  const r = raw as Record<string, unknown> | undefined;
  visit(['town'], scenario.town, 'town', get(r, 'town'));
  scenario.behaviours.forEach((b, i) =>
    visit(['behaviours', i], b, 'behaviour', get(get(r, 'behaviours'), i)),
  );
  scenario.surveillance.sources.forEach((s, i) =>
    visit(
      ['surveillance', 'sources', i],
      s,
      'source',
      get(get(get(r, 'surveillance'), 'sources'), i),
    ),
  );
  const ruleset = (at: Path, rs: RuleSet, rawRs: unknown) => {
    visit([...at, 'scoring'], rs.scoring, 'scoring', get(rawRs, 'scoring'));
    // The lowest grade's minimum is a floor, not a band's edge.
    rs.scoring.grades.forEach((g, i) =>
      visit(
        [...at, 'scoring', 'grades', i],
        g,
        'grade',
        i < rs.scoring.grades.length - 1 ? get(get(get(rawRs, 'scoring'), 'grades'), i) : undefined,
      ),
    );
    rs.rules.forEach((x, i) => visit([...at, 'rules', i], x, 'rule', get(get(rawRs, 'rules'), i)));
    rs.lists.forEach((x, i) => visit([...at, 'lists', i], x, 'list', get(get(rawRs, 'lists'), i)));
    rs.consequences.forEach((x, i) =>
      visit([...at, 'consequences', i], x, 'consequence', get(get(rawRs, 'consequences'), i)),
    );
    visit([...at, 'opacity'], rs.opacity, 'opacity', get(rawRs, 'opacity'));
    visit([...at, 'appeals'], rs.appeals, 'appeals', get(rawRs, 'appeals'));
  };
  ruleset(['ruleset'], scenario.ruleset, get(r, 'ruleset'));
  scenario.variants.forEach((v, i) =>
    ruleset(['variants', i, 'ruleset'], v.ruleset, get(get(get(r, 'variants'), i), 'ruleset')),
  );
  return findings;
}

/** Every world-facing number of a scenario with its mark (or none), for "What is real here?". */
export interface MarkedNumber {
  /** Where it is, as a data path (ruleset.rules[2].points). */
  path: Path;
  field: string;
  value: unknown;
  /** The id of the object it belongs to (a rule's id, a list's id), when it has one. */
  owner?: string;
  kind: keyof typeof WORLD_FACING;
  mark?: Mark;
}

/** The marked numbers of the scenario's own rule set, town, behaviours and sources. */
export function markedNumbers(scenario: Scenario): MarkedNumber[] {
  const out: MarkedNumber[] = [];
  const add = (path: Path, object: object, kind: keyof typeof WORLD_FACING) => {
    const evidence = (object as { evidence?: Record<string, Mark> }).evidence ?? {};
    const owner = (object as { id?: unknown }).id;
    // Only marked numbers: an unmarked one may be a default the file never wrote (validation warns
    // about the ones it did write).
    for (const field of Object.keys(evidence)) {
      const value = valueAt(object, field);
      if (value === undefined) continue;
      out.push({
        path: [...path, ...field.split('.')],
        field,
        value,
        owner: typeof owner === 'string' ? owner : undefined,
        kind,
        mark: evidence[field],
      });
    }
  };
  const { town, behaviours, surveillance, ruleset: rs } = scenario;
  add(['town'], town, 'town');
  behaviours.forEach((b, i) => add(['behaviours', i], b, 'behaviour'));
  surveillance.sources.forEach((s, i) => add(['surveillance', 'sources', i], s, 'source'));
  add(['ruleset', 'scoring'], rs.scoring, 'scoring');
  rs.scoring.grades.forEach((g, i) => add(['ruleset', 'scoring', 'grades', i], g, 'grade'));
  rs.rules.forEach((x, i) => add(['ruleset', 'rules', i], x, 'rule'));
  rs.lists.forEach((x, i) => add(['ruleset', 'lists', i], x, 'list'));
  rs.consequences.forEach((x, i) => add(['ruleset', 'consequences', i], x, 'consequence'));
  add(['ruleset', 'opacity'], rs.opacity, 'opacity');
  add(['ruleset', 'appeals'], rs.appeals, 'appeals');
  return out;
}

function get(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/** The value at a dotted path inside an object (`entry.graceDays`). */
export function valueAt(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => get(v, key), object);
}

/** Every dotted path to a value that is not an object, for "did you mean". */
function fieldPaths(object: object, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    key === 'evidence'
      ? []
      : value !== null && typeof value === 'object' && !Array.isArray(value)
        ? fieldPaths(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
  );
}
