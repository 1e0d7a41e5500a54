import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario } from '../../src/scenario/load';
import { RuleSetSchema } from '../../src/scenario/schema';
import { applyEdit } from '../../src/scenario/yamlEdit';
import { referenceChoices } from '../../src/ui/editor/references';
import { rowTemplate } from '../../src/ui/editor/rowTemplate';
import { describeFields, type FieldSpec } from '../../src/ui/editor/schemaWalker';

const text = readFileSync(join(__dirname, '../fixtures/small-town.yaml'), 'utf8');
const data = parse(text);
const section = (key: string): FieldSpec => {
  const found = describeFields(RuleSetSchema).find((f) => f.key === key);
  if (found?.kind !== 'rows') throw new Error(`no rows ${key}`);
  return found;
};

describe('new rows', () => {
  it.each(['rules', 'lists', 'consequences'])(
    'a new row of %s passes every check of the scenario',
    (key) => {
      const spec = section(key);
      if (spec.kind !== 'rows') return;
      const rows = data.ruleset[key];
      const row = rowTemplate(spec.item, ['ruleset', key], rows, data);
      const result = applyEdit(text, {
        op: 'insert',
        path: ['ruleset', key],
        index: rows.length,
        value: row,
      });
      if (!result.ok) throw new Error(result.reason);
      const loaded = loadScenario(result.text, 'small.yaml');
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    },
  );

  it('gives a fresh id and the first behaviour as a new rule’s trigger', () => {
    const spec = section('rules');
    if (spec.kind !== 'rows') return;
    const rows = [...data.ruleset.rules, { id: 'rule_8' }];
    expect(rowTemplate(spec.item, ['ruleset', 'rules'], rows, data)).toEqual({
      id: 'rule_9',
      on: 'bad_driving',
      points: 0,
      area: 'government',
      reason: '',
    });
  });
});

describe('references', () => {
  it('offers the scenario’s behaviours, lists and grades for the ids that name them', () => {
    expect(referenceChoices(['ruleset', 'rules', 3, 'on'], data)?.[0]).toEqual({
      value: 'bad_driving',
      label: 'Driving badly',
    });
    expect(referenceChoices(['ruleset', 'consequences', 0, 'lists', 1], data)).toEqual([
      { value: 'defaulters', label: 'Court list of judgment defaulters' },
      { value: 'low_scorers', label: 'Untrustworthy people' },
    ]);
    // The fixture leaves grades at the schema's default bands.
    expect(
      referenceChoices(['ruleset', 'rules', 0, 'capGrade'], data)?.map((c) => c.value),
    ).toEqual(['A', 'B', 'C', 'D']);
    expect(referenceChoices(['ruleset', 'rules', 0, 'reason'], data)).toBeNull();
  });
});
