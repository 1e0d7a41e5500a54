/**
 * The cost bound on conditions: what a hostile but valid condition costs is known from its text,
 * refused past the bound by `validate` at its character with the bound in the message, and a run
 * that slips past (many cheap evaluations) is stopped by the engine's day budget.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import {
  CONDITION_LIMITS,
  ConditionBudgetError,
} from '../../src/scenario/conditions/conditionCost';
import { checkExpression } from '../../src/scenario/conditions/expression';
import { checkGoalExpression } from '../../src/scenario/conditions/goalExpression';
import { loadScenario } from '../../src/scenario/load';

const MINIMAL = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const TEN = '[0,1,2,3,4,5,6,7,8,9]';

/** `exists` over ten items nested `depth` deep: 10^depth steps without a bound. */
function nestedExists(depth: number): string {
  let text = 'person.age < 0.0';
  for (let k = 0; k < depth; k++) text = `${TEN}.exists(v${k}, ${text})`;
  return text;
}

/** A list literal of `n` doubles. */
const list = (n: number) => `[${Array.from({ length: n }, (_, k) => `${k}.0`).join(',')}]`;

/** The minimal scenario with one rule whose condition is `when`, every act recorded. */
function withRule(when: string, extra = ''): string {
  return `${MINIMAL.replace('coverage: 0.5', 'coverage: 1')}${extra}ruleset:\n  rules:\n    - id: r\n      on: bad_driving\n      points: -5\n      area: societal\n      reason: R\n      when: '${when.replace(/'/g, "''")}'\n`;
}

describe('the cost bound on conditions', () => {
  it('refuses comprehensions nested 12 deep at the third, with the bound in the message', () => {
    const text = nestedExists(12);
    expect(text.length).toBeGreaterThan(400);
    const problem = checkExpression(text, 'rule');
    expect(problem?.kind).toBe('cost');
    expect(problem?.message).toBe(
      'exists() inside 2 other comprehensions: comprehensions (exists, all, exists_one, map, filter) may nest at most 2 deep',
    );
    // Character offset of the third `[0,…` from the left: the comprehension past the bound.
    expect(problem?.offset).toBe(text.indexOf(TEN, text.indexOf(TEN, TEN.length) + 1));
    expect(checkExpression(nestedExists(2), 'rule')).toBeNull();
  });

  it('reports it from a scenario file at its line and column, as validate prints it', () => {
    const result = loadScenario(withRule(nestedExists(12)), 'hostile.yaml');
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'ruleset.rules[0].when', line: 17 });
    expect(errors[0].message).toMatch(
      /^expected a condition within the cost limit, found exists\(\) inside 2 other comprehensions: .* at most 2 deep$/,
    );
  });

  it('refuses matches() in both forms, and cel.bind', () => {
    const evil = `"${'a'.repeat(60)}!".matches("^(a+)+$")`;
    for (const text of [evil, `matches("${'a'.repeat(60)}!", "^(a+)+$")`]) {
      const problem = checkExpression(text, 'rule');
      expect(problem, text).not.toBeNull();
      if (text === evil) {
        expect(problem?.kind).toBe('cost');
        expect(problem?.message).toMatch(/^matches\(\), which is not allowed in a condition/);
      }
    }
    expect(checkExpression('cel.bind(s, "ab", s + s == "abab")', 'rule')?.message).toBe(
      'cel.bind(), which is not allowed in a condition',
    );
    expect(checkGoalExpression(evil)?.kind).toBe('cost');
  });

  it('bounds the list a comprehension walks: written out, at most 100 items', () => {
    expect(checkExpression(`${list(100)}.exists(x, person.age == x)`, 'rule')).toBeNull();
    const over = checkExpression(`${list(101)}.exists(x, person.age == x)`, 'rule');
    expect(over?.message).toBe('exists() over 101 items: a comprehension may walk at most 100');
    expect(over?.offset).toBe(0);
    const unknown = checkExpression('person.grade.split("").exists(c, c == "A")', 'rule');
    expect(unknown?.message).toMatch(/^exists\(\) over a list whose size is not written/);
    // map, filter and + keep a known size.
    expect(
      checkExpression(
        `(${list(40)}.map(x, x * 2.0) + ${list(40)}).exists(y, y == person.age)`,
        'rule',
      ),
    ).toBeNull();
    expect(
      checkExpression(`(${list(60)}.filter(x, x > 1.0) + ${list(60)}).exists(y, y == 1.0)`, 'rule')
        ?.message,
    ).toBe('exists() over 120 items: a comprehension may walk at most 100');
  });

  it(`refuses a condition over ${CONDITION_LIMITS.steps} steps, saying how many`, () => {
    const text = `${list(100)}.exists(a, ${list(100)}.exists(b, person.age < a + b))`;
    const problem = checkExpression(text, 'rule');
    expect(problem?.kind).toBe('cost');
    expect(problem?.message).toMatch(
      /^a condition that may take [\d,]+ steps to evaluate: at most 1,000$/,
    );
  });

  it('accepts every shipped condition', () => {
    for (const text of [
      'person.age >= 18 && record.count30 >= 2',
      'person.grade in ["C", "D"]',
      '!person.listed',
      'event.source == "street_cameras"',
    ])
      expect(checkExpression(text, 'rule'), text).toBeNull();
  });
});

describe('the day budget of conditions', () => {
  // 912 steps at worst: within the bound of one evaluation, never true (ages are below 1,000).
  const CHEAP_BUT_MANY = `${list(70)}.exists(a, person.age < a - 1000.0 && person.income < a)`;

  it('stops a run whose day passes the budget, naming the day and the condition', () => {
    const loaded = loadScenario(withRule(CHEAP_BUT_MANY), 'budget.yaml');
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    const sim = createSimulation(loaded.scenario);
    // A small budget, so the test does not spend 50 million steps: the same meter, lower.
    simulationState(sim).compiled.conditionMeter.budget = 912 * 5;
    let stopped: unknown;
    try {
      for (let day = 0; day < 60; day++) sim.step();
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toBeInstanceOf(ConditionBudgetError);
    const error = stopped as ConditionBudgetError;
    expect(error.where).toBe('ruleset.rules[0].when');
    expect(error.day).toBeGreaterThanOrEqual(1);
    expect(error.message).toContain(
      `day ${error.day}: the conditions evaluated on this day took more than 4,560 steps`,
    );
  });

  it('counts each day afresh: a run under the budget every day finishes', () => {
    const loaded = loadScenario(withRule(CHEAP_BUT_MANY), 'budget.yaml');
    if (!loaded.ok) throw new Error('valid');
    const sim = createSimulation(loaded.scenario);
    const meter = simulationState(sim).compiled.conditionMeter;
    sim.run(20);
    expect(sim.day).toBe(20);
    expect(meter.day).toBe(20);
    expect(meter.steps % 912).toBe(0);
    expect(meter.steps).toBeGreaterThan(0);
  });
});
