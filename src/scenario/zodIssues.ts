/**
 * Turns zod's issues into plain-language `expected …, found …` messages a teacher can act on.
 * What was expected is read from the schema itself (bounds, allowed values, required fields), so
 * the messages stay true when the schema changes.
 */
import { z } from 'zod';
import { formatPath, type Issue } from './issue';
import { closestMatch } from './suggest';
import type { ScenarioSource } from './yamlSource';

/** Positioned, plain-language issues for a failed zod parse of a scenario. */
export function describeZodIssues(
  root: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  source: ScenarioSource,
  file: string,
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const schema = schemaAt(root, path);
    const found = valueAt(source.data, path);
    const at = (p: PropertyKey[], position = source.locate(p)): Issue => ({
      file,
      ...position,
      path: formatPath(p),
      message: '',
    });

    if (issue.code === 'unrecognized_keys') {
      const known = schema ? fieldNames(schema) : [];
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push({ ...at(keyPath, source.locateKey(keyPath)), message: unknownField(key, known) });
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      const keySchema = schemaAt(root, path.slice(0, -1));
      const expected =
        keySchema instanceof z.ZodRecord
          ? describeExpected(keySchema.keyType as z.ZodType)
          : 'a valid key';
      out.push({
        ...at(path, source.locateKey(path)),
        message: `expected ${expected}, found ${describeFound(path[path.length - 1])}`,
      });
      continue;
    }
    out.push({ ...at(path), message: messageFor(issue, schema, found) });
  }
  // One value can break two checks that word the same (1e20 is neither whole nor in range): say it once.
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.line}:${issue.column}:${issue.path}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function messageFor(
  issue: z.core.$ZodIssue,
  schema: z.ZodType | undefined,
  found: unknown,
): string {
  const expected = schema ? describeExpected(schema) : undefined;
  switch (issue.code) {
    case 'invalid_type':
    case 'too_small':
    case 'too_big':
      if (issue.code !== 'invalid_type' && issue.origin === 'array') {
        return `expected ${listBounds(issue)}, found ${describeFound(found)}`;
      }
      if (issue.code !== 'invalid_type' && issue.origin === 'string') {
        return `expected ${textBounds(issue)}, found ${describeFound(found)}`;
      }
      return `expected ${expected ?? 'another value'}, found ${describeFound(found)}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const guess = typeof found === 'string' ? closestMatch(found, allowed) : undefined;
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      return `expected ${oneOf(allowed)}, found ${describeFound(found)}${hint}`;
    }
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? issue.message : (expected ?? issue.format)}, found ${describeFound(found)}`;
    default:
      return `expected ${expected ?? 'a valid value'}, found ${describeFound(found)} (${issue.message})`;
  }
}

function listBounds(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (issue.code === 'too_big') return `a list of at most ${Number(issue.maximum)} entries`;
  return Number(issue.minimum) === 1
    ? 'a list with at least one entry'
    : `a list of at least ${Number(issue.minimum)} entries`;
}

function textBounds(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (issue.code === 'too_big') return `a text of at most ${Number(issue.maximum)} characters`;
  return 'a text that is not empty';
}

function unknownField(key: string, known: readonly string[]): string {
  const guess = closestMatch(key, known);
  const expected = guess
    ? `a known field (did you mean "${guess}"?)`
    : `one of the fields ${known.join(', ')}`;
  return `expected ${expected}, found unknown field "${key}"`;
}

/** The schema that validates the value at `path`, looking through defaults and optionals. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (schema instanceof z.ZodObject) schema = schema.shape[String(segment)] as z.ZodType;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
    schema = schema ? unwrap(schema) : undefined;
  }
  return schema;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRequired(schema: z.ZodType): boolean {
  return !(
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional
  );
}

function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) {
    return schema.keyType.options.map(String);
  }
  return [];
}

/** What a schema accepts, in words: "a number between 0 and 1", "one of \"a\", \"b\"". */
export function describeExpected(schema: z.ZodType): string {
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) {
    const kind = s.isInt ? 'a whole number' : 'a number';
    const min = s.minValue ?? -Infinity;
    const max = s.maxValue ?? Infinity;
    if (Number.isFinite(min) && Number.isFinite(max)) return `${kind} between ${min} and ${max}`;
    if (Number.isFinite(min)) return `${kind} of at least ${min}`;
    if (Number.isFinite(max)) return `${kind} of at most ${max}`;
    return kind;
  }
  if (s instanceof z.ZodString) {
    const pattern = s._zod.def.checks?.find(
      (check) => check._zod.def.check === 'string_format' && 'pattern' in check._zod.def,
    );
    const patternMessage = pattern?._zod.def.error?.({} as never);
    if (typeof patternMessage === 'string') return patternMessage;
    return 'a text';
  }
  if (s instanceof z.ZodEnum) return oneOf(s.options.map(String));
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodArray) return 'a list';
  if (s instanceof z.ZodObject) {
    const required = Object.entries(s.shape)
      .filter(([, field]) => isRequired(field as z.ZodType))
      .map(([name]) => name);
    return required.length > 0 ? `a mapping with ${required.join(', ')}` : 'a mapping';
  }
  if (s instanceof z.ZodRecord) return 'a mapping';
  return 'another value';
}

function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length === 1 ? quoted[0] : `one of ${quoted.join(', ')}`;
}

/** What the file holds, in words: `"ten"`, `12`, `a list of 3 entries`, `nothing`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (this field is required)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value === '') return 'an empty text';
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    const length = value.length > 60 ? ` (${value.length} characters)` : '';
    return `${JSON.stringify(shown)}${length}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? 'an empty list'
      : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The raw value at a data path, or undefined where the path leaves the data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
