import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULESET_PARTS } from '../../src/scenario/rulesetParts';
import { RuleSetSchema, num } from '../../src/scenario/schema';
import { describeField, describeFields, type FieldSpec } from '../../src/ui/editor/schemaWalker';

const fields = describeFields(RuleSetSchema);
const field = (specs: FieldSpec[], key: string): FieldSpec => {
  const found = specs.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const rowFields = (spec: FieldSpec): FieldSpec[] =>
  spec.kind === 'rows' && spec.item.kind === 'group' ? spec.item.fields : [];

describe('schema walker', () => {
  it('lists the rule set’s sections in the schema’s order: the rule-set parts', () => {
    expect(fields.map((f) => f.key)).toEqual([...RULESET_PARTS]);
  });

  it('reads a bounded number with its unit, step, default and description', () => {
    const grace = field(
      (field(rowFields(field(fields, 'lists')), 'entry') as FieldSpec & { fields: FieldSpec[] })
        .fields,
      'graceDays',
    );
    expect(grace).toMatchObject({
      kind: 'number',
      min: 0,
      max: 365,
      integer: true,
      step: 1,
      unit: 'days',
      defaultValue: 0,
      optional: true,
      description: 'Days between the act and listing (time to settle first).',
    });
    const rate = field((field(fields, 'appeals') as { fields: FieldSpec[] }).fields, 'fileRate');
    expect(rate).toMatchObject({
      kind: 'number',
      min: 0,
      max: 1,
      step: 0.001,
      unit: 'probability',
    });
  });

  it('reads rules as rows of fields: choices, switches, texts and conditions', () => {
    const rules = field(fields, 'rules');
    expect(rules).toMatchObject({ kind: 'rows', min: 0, max: 200 });
    const rule = rowFields(rules);
    expect(rule.map((f) => [f.key, f.kind, f.optional])).toEqual([
      ['id', 'text', false],
      ['on', 'text', false],
      ['when', 'text', true],
      ['points', 'number', false],
      ['area', 'choice', false],
      ['reason', 'text', false],
      ['told', 'switch', true],
      ['capGrade', 'text', true],
      ['evidence', 'other', true],
    ]);
    expect(field(rule, 'when')).toMatchObject({ kind: 'text', expression: true });
    expect(field(rule, 'reason')).toMatchObject({ kind: 'text', expression: false });
    expect(field(rule, 'area')).toMatchObject({
      options: ['government', 'commercial', 'societal', 'judicial'],
    });
    // A field's own description wins over its type's (`on` is an Id with its own words).
    expect(field(rule, 'on').description).toBe(
      'The behaviour whose recorded event triggers this rule.',
    );
  });

  it('reads lists of ids as rows of texts, and list defaults', () => {
    const consequence = rowFields(field(fields, 'consequences'));
    expect(field(consequence, 'lists')).toMatchObject({
      kind: 'rows',
      item: { kind: 'text' },
      defaultValue: [],
    });
    expect(field(consequence, 'service')).toMatchObject({ kind: 'choice', optional: true });
    expect(field(fields, 'jointPunishment')).toMatchObject({ kind: 'switch', defaultValue: true });
  });

  it('follows any schema, not only the rule set', () => {
    const spec = describeField(
      'speed',
      num(1, 9, { description: 'How fast.', unit: 'km/h', step: 0.5 }).default(3),
    );
    expect(spec).toMatchObject({ kind: 'number', min: 1, max: 9, step: 0.5, defaultValue: 3 });
    expect(describeField('tags', z.record(z.string(), z.number())).kind).toBe('other');
    expect(describeField('n', z.array(z.string()).min(2).max(4))).toMatchObject({ min: 2, max: 4 });
  });
});
