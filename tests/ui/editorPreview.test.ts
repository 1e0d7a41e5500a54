import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCondition } from '../../src/ui/editor/conditionPhrase';
import { describeRule } from '../../src/ui/editor/rulePreview';
import { messages } from '../../src/ui/strings/en';

const welcome = parse(readFileSync(join(__dirname, '../../scenarios/welcome.yaml'), 'utf8'));
const say = (rule: object, ruleset: object = welcome.ruleset) =>
  messages.editor.preview.rule(describeRule(rule, welcome, ruleset));
const base = { id: 'r', on: 'smoking_no_smoking_zone', points: -5, area: 'societal', reason: 'x' };
const opaque = { ...welcome.ruleset, opacity: { disclosure: 'nothing' } };

describe('rule preview', () => {
  it('names the sources that can see the act, the points and what the person is told', () => {
    expect(say({ ...base, told: false })).toBe(
      'When street cameras or volunteer recorders (good deeds) see someone smoking in a no-smoking zone, they lose 5 points. They are not told why.',
    );
    expect(say({ ...base, on: 'donating_blood', points: 10 })).toBe(
      'When street cameras or volunteer recorders (good deeds) see someone giving blood, they gain 10 points. They are told why: the rules are public.',
    );
  });

  it('reads a noun-phrase act, a zero score change and the opacity setting', () => {
    expect(say({ ...base, on: 'heroic_act', points: 0 }, opaque)).toBe(
      'When street cameras or volunteer recorders (good deeds) record a brave act (saving someone, stopping a theft) by someone, their score does not change. They are not told; they find out only when something is refused.',
    );
  });

  it('renders the condition and the grade cap', () => {
    expect(
      say({
        ...base,
        on: 'bad_driving',
        when: 'record.count365 >= 2 && person.age < 25',
        capGrade: 'C',
        told: true,
      }),
    ).toBe(
      'When street cameras or volunteer recorders (good deeds) see someone driving badly (a traffic ticket) and they have at least 2 such records in the last 365 days and their age is less than 25, they lose 5 points. Their grade can be no better than C. They are told why.',
    );
  });

  it('says when a rule can never fire', () => {
    expect(say({ ...base, on: 'no_such_act' })).toBe(
      'This rule waits for “no_such_act”, which is not a behaviour in this town, so it never fires.',
    );
    const blind = { ...welcome, surveillance: { sources: [] } };
    expect(messages.editor.preview.rule(describeRule(base, blind, welcome.ruleset))).toBe(
      'No surveillance source can see someone smoking in a no-smoking zone, so this rule never fires.',
    );
  });

  it('copes with half-typed rules', () => {
    expect(say({ on: 'bad_driving', points: 'ten' })).toContain('they get points still to be set');
    expect(say({})).toContain('which is not a behaviour');
  });
});

describe('condition reader', () => {
  const words = (code: string) => messages.editor.preview.condition(readCondition(code));
  it('reads the shapes authors write', () => {
    expect(words('person.grade in ["C", "D"] || !person.listed')).toBe(
      'their grade is one of “C” or “D” or they are not on a list',
    );
    expect(words('18 <= person.age && (person.debts > 0 || record.count30 == 1)')).toBe(
      'their age is at least 18 and (their unpaid debts is more than 0 or they have exactly 1 such records in the last 30 days)',
    );
    expect(readCondition('person.score < -5')).toEqual({
      kind: 'compare',
      subject: { scope: 'person', field: 'score' },
      op: '<',
      value: -5,
    });
  });
  it('keeps anything else as code', () => {
    expect(words('size(person.district) > 3')).toBe(
      'the condition “size(person.district) > 3” holds',
    );
    expect(readCondition('person.age >=')).toEqual({ kind: 'code', code: 'person.age >=' });
  });
});
