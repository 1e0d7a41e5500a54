/**
 * The `--set field.path=v1,v2,v3` settings of a sweep: parsed, resolved against the scenario
 * (`ruleset.rules[0].points`, or by id: `ruleset.rules.traffic.points`), and every value checked
 * through the scenario schema and checks before any run starts, so a bad path or value gets a
 * message naming it.
 */
import { parseDocument } from 'yaml';
import { crossCheckScenario } from '../../scenario/crossChecks';
import { expressionFindings } from '../../scenario/expressionChecks';
import { formatPath } from '../../scenario/issue';
import { ScenarioSchema, type Scenario } from '../../scenario/schema';
import { closestMatch } from '../../scenario/suggest';
import type { ScenarioSource } from '../../scenario/yamlSource';
import { describeZodIssues, schemaAt } from '../../scenario/zodIssues';
import { UsageError } from '../command';

/** One `--set`: the path as written, where it leads in the scenario, and the values to try. */
export interface Setting {
  /** As written on the command line (the CSV column header). */
  text: string;
  /** The data path in the scenario, ids resolved to indexes. */
  path: PropertyKey[];
  /** The values as written (for the CSV) and as parsed (for the scenario). */
  written: string[];
  values: unknown[];
}

/** Splits `a.b[2].c` into ['a', 'b', 2, 'c']; undefined when it is not a path. */
function pathSegments(text: string): (string | number)[] | undefined {
  const segments: (string | number)[] = [];
  for (const part of text.split('.')) {
    const match = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** Follows the written segments through the scenario, turning ids into indexes. */
function resolvePath(
  scenario: Scenario,
  text: string,
  segments: (string | number)[],
): PropertyKey[] {
  const fail = (message: string): never => {
    throw new UsageError(`--set ${text}: ${message}`);
  };
  const path: PropertyKey[] = [];
  let node: unknown = scenario;
  segments.forEach((segment, k) => {
    const here = formatPath(path) || 'the scenario';
    const last = k === segments.length - 1;
    if (Array.isArray(node)) {
      let index = typeof segment === 'number' ? segment : -1;
      if (typeof segment === 'string') {
        const ids = node
          .map((item) => (item as { id?: unknown })?.id)
          .filter((id) => typeof id === 'string');
        index = node.findIndex((item) => (item as { id?: unknown })?.id === segment);
        if (index < 0) {
          const guess = closestMatch(segment, ids as string[]);
          fail(
            `${here} has no entry with id "${segment}"${guess ? ` (did you mean "${guess}"?)` : ''}${ids.length > 0 ? `; ids: ${ids.join(', ')}` : ''}`,
          );
        }
      } else if (index >= node.length) {
        fail(`${here} has ${node.length} entries (0 to ${node.length - 1}), found index ${index}`);
      }
      path.push(index);
      node = node[index];
      return;
    }
    if (node === null || typeof node !== 'object')
      fail(`${here} is a single value, not a group of fields; nothing is inside it`);
    if (typeof segment === 'number')
      fail(`${here} is a group of fields, not a list; found [${segment}]`);
    path.push(segment);
    const known = schemaAt(ScenarioSchema, path) !== undefined;
    if (!known) {
      const fields = Object.keys(node as object);
      const guess = closestMatch(String(segment), fields);
      fail(
        `${formatPath(path)} is not a field of the scenario${guess ? ` (did you mean "${guess}"?)` : ''}`,
      );
    }
    node = (node as Record<PropertyKey, unknown>)[segment];
    if (node === undefined && !last)
      fail(`${formatPath(path)} is not set in this scenario, so nothing inside it can be set`);
  });
  return path;
}

/** Parses the `--set` options (`path=v1,v2,…`) against the scenario; a bad one is a usage error. */
export function parseSettings(scenario: Scenario, options: readonly string[]): Setting[] {
  const settings = options.map((option): Setting => {
    const equals = option.indexOf('=');
    if (equals <= 0)
      throw new UsageError(`--set expects field.path=value1,value2,…, found "${option}"`);
    const text = option.slice(0, equals);
    const written = splitValues(option.slice(equals + 1));
    if (written.some((v) => v.trim() === ''))
      throw new UsageError(
        `--set ${text}: expected values separated by commas, found an empty value in "${option.slice(equals + 1)}"`,
      );
    const segments = pathSegments(text);
    if (!segments)
      throw new UsageError(
        `--set ${text}: expected a field path like ruleset.rules[0].points or ruleset.rules.traffic.points`,
      );
    if (text === 'seed')
      throw new UsageError(
        '--set seed: a sweep runs the seeds given by --seed and --seeds; set those instead',
      );
    const path = resolvePath(scenario, text, segments);
    return { text, path, written, values: written.map((v) => parseValue(text, v)) };
  });
  const seen = new Set<string>();
  for (const s of settings) {
    const key = formatPath(s.path);
    if (seen.has(key)) throw new UsageError(`--set ${s.text}: ${key} is set twice`);
    seen.add(key);
  }
  return settings;
}

/**
 * The values of one `--set`, split at the commas that are not inside brackets or quotes, so a
 * condition such as `person.grade in ["C", "D"]` stays one value.
 */
function splitValues(text: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === '\\' && quote === '"') k++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{' || c === '(') depth++;
    else if ((c === ']' || c === '}' || c === ')') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      values.push(text.slice(start, k));
      start = k + 1;
    }
  }
  values.push(text.slice(start));
  return values;
}

/** One value read as YAML (`5`, `true`, `full`, `[a, b]`); a value YAML cannot read is a usage error. */
function parseValue(text: string, written: string): unknown {
  const doc = parseDocument(written.trim(), { prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem)
    throw new UsageError(
      `--set ${text}: the value ${JSON.stringify(written.trim())} is not valid YAML (${problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}); quote it to give text`,
    );
  try {
    return doc.toJS({ maxAliasCount: 0 }) as unknown;
  } catch {
    throw new UsageError(
      `--set ${text}: the value ${JSON.stringify(written.trim())} uses a YAML alias (*name), which a --set value cannot; quote it to give text`,
    );
  }
}

/** How many combinations the settings make, counted without building them. */
export function combinationCount(settings: readonly Setting[]): number {
  return settings.reduce((count, s) => count * s.values.length, 1);
}

/** A copy of the scenario with the field at `path` replaced by `value`. */
function setAt(data: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const node = data as Record<PropertyKey, unknown>;
  const copy: Record<PropertyKey, unknown> | unknown[] = Array.isArray(node)
    ? [...node]
    : { ...node };
  (copy as Record<PropertyKey, unknown>)[head] = setAt(node[head], rest, value);
  return copy;
}

/** A source for data that did not come from a file: every problem is placed by its field path alone. */
function pathOnlySource(data: unknown): ScenarioSource {
  const nowhere = () => ({ line: 0, column: 0 });
  return { data, locate: nowhere, locateKey: nowhere, locateInString: nowhere };
}

/**
 * The scenario with the chosen values, validated as a scenario file would be; problems as
 * `field: message` lines, or the validated scenario.
 */
export function applySettings(
  scenario: Scenario,
  settings: readonly Setting[],
  choice: readonly number[],
): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  let data: unknown = scenario;
  settings.forEach((s, k) => {
    data = setAt(data, s.path, s.values[choice[k]]);
  });
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    const issues = describeZodIssues(ScenarioSchema, parsed.error.issues, pathOnlySource(data), '');
    return { ok: false, problems: issues.map((i) => `${i.path}: ${i.message}`) };
  }
  const findings = [...crossCheckScenario(parsed.data), ...expressionFindings(parsed.data)].filter(
    (f) => f.severity === 'error' && !isRevealAfterRun(f.path),
  );
  if (findings.length > 0)
    return { ok: false, problems: findings.map((f) => `${formatPath(f.path)}: ${f.message}`) };
  return { ok: true, scenario: parsed.data };
}

/**
 * A lesson question revealed after the run's last day (`--set days=60` on a lesson revealed on day
 * 365). A sweep reveals no lesson, so a shorter run is no error here; `revealsAfter` names them.
 */
function isRevealAfterRun(path: readonly PropertyKey[]): boolean {
  return path.length === 4 && path[0] === 'intro' && path[2] === 'answer' && path[3] === 'day';
}

/** The lesson questions of `scenario` whose reveal day falls after its run ends (by id). */
export function revealsAfter(scenario: Scenario): string[] {
  return scenario.intro.flatMap((step) =>
    step.answer !== undefined && step.answer.day > scenario.days ? [step.answer.id] : [],
  );
}

/** Every combination of setting values, the first setting varying slowest. */
export function combinations(settings: readonly Setting[]): number[][] {
  let out: number[][] = [[]];
  for (const s of settings) out = out.flatMap((prefix) => s.values.map((_, v) => [...prefix, v]));
  return out;
}

/**
 * Checks each value alone (so a problem names its setting), then every combination; throws a
 * usage error listing every problem found, before anything runs.
 */
export function checkSettings(scenario: Scenario, settings: readonly Setting[]): Scenario[] {
  const problems: string[] = [];
  for (const s of settings) {
    s.values.forEach((_, v) => {
      const result = applySettings(scenario, [s], [v]);
      if (!result.ok)
        for (const p of result.problems) problems.push(`--set ${s.text}=${s.written[v]}: ${p}`);
    });
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return combinations(settings).map((choice) => {
    const result = applySettings(scenario, settings, choice);
    if (!result.ok) {
      const which = settings.map((s, k) => `${s.text}=${s.written[choice[k]]}`).join(' ');
      throw new UsageError(result.problems.map((p) => `the combination ${which}: ${p}`).join('\n'));
    }
    return result.scenario;
  });
}
