/**
 * Fields that name something else in the scenario (a behaviour, a list, a grade) are ids in the
 * schema; the editor offers the scenario's own choices for them instead of a blank text box.
 */
import { ScoringSchema } from '../../scenario/schema';
import type { DataPath } from '../../scenario/yamlEdit';

export interface Choice {
  value: string;
  label: string;
}

/** What a field refers to, by its place with row numbers replaced by `*`. */
const REFERENCES: Record<string, 'behaviour' | 'list' | 'grade'> = {
  'ruleset.rules.*.on': 'behaviour',
  'ruleset.rules.*.capGrade': 'grade',
  'ruleset.lists.*.entry.on.*': 'behaviour',
  'ruleset.consequences.*.lists.*': 'list',
  'ruleset.consequences.*.grades.*': 'grade',
};

/** The choices for the field at `path` in the draft `data`, or null when it names nothing. */
export function referenceChoices(path: DataPath, data: unknown): Choice[] | null {
  const pattern = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
  const kind = REFERENCES[pattern];
  if (kind === undefined) return null;
  const root = record(data);
  const ruleset = record(root.ruleset);
  const items =
    kind === 'behaviour'
      ? list(root.behaviours)
      : kind === 'list'
        ? list(ruleset.lists)
        : gradesOf(record(ruleset.scoring));
  return items.map(record).flatMap((item) => {
    const value = typeof item.id === 'string' ? item.id : '';
    if (value === '') return [];
    const label = typeof item.label === 'string' && item.label !== '' ? item.label : value;
    return [{ value, label: kind === 'grade' ? value : label }];
  });
}

/** The grades written in the draft, else the schema's default grade bands. */
function gradesOf(scoring: Record<string, unknown>): unknown[] {
  return Array.isArray(scoring.grades) ? scoring.grades : ScoringSchema.parse({}).grades;
}

/** The value at `path` in plain data (undefined where it is missing). */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
