import { describe, expect, it } from 'vitest';
import {
  checkExpression,
  compileCondition,
  EventVars,
  PersonVars,
  RecordVars,
  type ConditionContext,
} from '../../src/scenario/conditions/expression';

function context(
  person: Partial<PersonVars>,
  record: Partial<RecordVars> = {},
  event: Partial<EventVars> = {},
): ConditionContext {
  return {
    person: Object.assign(new PersonVars(), person),
    record: Object.assign(new RecordVars(), record),
    event: Object.assign(new EventVars(), event),
  };
}

describe('conditions in CEL', { timeout: 30_000 }, () => {
  it('accepts valid conditions, with ints and doubles mixing freely', () => {
    for (const text of [
      'person.age >= 18 && record.count30 >= 2',
      'person.age + 1 > 30',
      '2 * person.income > 100000',
      'person.grade in ["C", "D"]',
      'person.listed || person.debts > 0',
      'event.source == "cameras"',
    ])
      expect(checkExpression(text, 'rule'), text).toBeNull();
  });

  it('points into the expression at a syntax error', () => {
    const problem = checkExpression('person.age >= 18 &&& x', 'rule');
    expect(problem).not.toBeNull();
    expect(problem!.offset).toBe(19);
  });

  it('names an unknown field and where it is', () => {
    const problem = checkExpression('person.agee > 3', 'rule');
    expect(problem!.message).toMatch(/agee/);
    expect(problem!.offset).toBe(7);
  });

  it('rejects conditions that are not true/false, and `event` in list conditions', () => {
    expect(checkExpression('person.age', 'rule')!.message).toMatch(/true or false/);
    expect(checkExpression('event.behaviour == "x"', 'list')).not.toBeNull();
    expect(checkExpression('event.behaviour == "x"', 'rule')).toBeNull();
  });

  it('evaluates against the person, record and event', () => {
    const adultRepeat = compileCondition('person.age >= 18 && record.count30 >= 2', 'rule', 'test');
    expect(adultRepeat(context({ age: 30 }, { count30: 2 }))).toBe(true);
    expect(adultRepeat(context({ age: 17 }, { count30: 5 }))).toBe(false);
    const grade = compileCondition(
      'person.grade in ["C", "D"] && event.source == "bank"',
      'rule',
      'test',
    );
    expect(grade(context({ grade: 'D' }, {}, { source: 'bank' }))).toBe(true);
    expect(grade(context({ grade: 'A' }, {}, { source: 'bank' }))).toBe(false);
  });

  it('throws a message naming the field when compiling an invalid condition', () => {
    expect(() => compileCondition('person.nope', 'list', 'ruleset.lists[0].entry.when')).toThrow(
      /ruleset\.lists\[0\]\.entry\.when/,
    );
  });
});
