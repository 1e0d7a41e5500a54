/**
 * A new row for a list in the rule set, built from the schema: every required field gets a value
 * that passes its own check (the first choice, the nearest number to 0 in range, a fresh id, the
 * scenario's first behaviour for a rule's trigger), and so does an optional choice without a
 * default (a refusal needs its service), so a new row never starts out invalid.
 */
import type { DataPath } from '../../scenario/yamlEdit';
import { referenceChoices } from './references';
import type { FieldSpec } from './schemaWalker';

/** A new row for the list at `path` whose rows are `item`, given the rows already there. */
export function rowTemplate(
  item: FieldSpec,
  path: DataPath,
  rows: unknown[],
  data: unknown,
): unknown {
  return valueFor(item, [...path, rows.length], rows, data, idBase(path));
}

function valueFor(
  spec: FieldSpec,
  path: DataPath,
  siblings: unknown[],
  data: unknown,
  base: string,
): unknown {
  const choices = referenceChoices(path, data);
  switch (spec.kind) {
    case 'group': {
      const row: Record<string, unknown> = {};
      for (const field of spec.fields) {
        // An optional choice with no default may still be asked for (a refusal's service).
        const askedFor = field.kind === 'choice' && field.defaultValue === undefined;
        if (field.optional && !askedFor) continue;
        row[field.key] =
          field.key === 'id' && field.kind === 'text'
            ? freshId(base, siblings)
            : valueFor(field, [...path, field.key], siblings, data, base);
      }
      return row;
    }
    case 'number':
      return Math.min(spec.max, Math.max(spec.min, 0));
    case 'choice':
      return spec.options[0];
    case 'switch':
      return false;
    case 'text':
      return choices?.[0]?.value ?? '';
    case 'rows':
      return [];
    case 'other':
      return {};
  }
}

/** `rules` → `rule`, `consequences` → `consequence`: the stem of new rows' ids. */
function idBase(path: DataPath): string {
  const key = String(path[path.length - 1] ?? 'item');
  return key.endsWith('s') ? key.slice(0, -1) : key;
}

/** `rule_9`, or the next number free among the rows' ids. */
function freshId(base: string, rows: unknown[]): string {
  const taken = new Set(
    rows.map((row) =>
      typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined,
    ),
  );
  let n = rows.length + 1;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}
