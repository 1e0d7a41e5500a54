/**
 * The planner: a plan (a rule set) against the scenario's own rules on one town and seed, judged
 * against the scenario's target and costed in its cost metrics. Both endings are reachable in the
 * library's planner scenarios, the scenario's own rules change nothing, and locked parts are reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, type PlanEvaluation } from '../../src/engine/roles/planner';
import { loadScenario } from '../../src/scenario/load';
import type { RuleSet, Scenario } from '../../src/scenario/schema';
import { words as english } from '../../src/text/en';
import { planProblemWords } from '../../src/text/replies';

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.scenario;
}

function evaluated(sc: Scenario, ruleset: RuleSet, days?: number): PlanEvaluation {
  const result = evaluatePlan(sc, ruleset, sc.seed, days);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result;
}

const street = scenario('counterfeit-street');

/** Harsher rules for the street: big deductions, every business fault lists, families sanctioned. */
function harshStreet(): RuleSet {
  const rs = structuredClone(street.ruleset);
  rs.rules[0].points = -300;
  rs.lists[0].entry.on = ['counterfeit_goods', 'tax_evasion', 'late_payment'];
  for (const c of rs.consequences) c.spillover = 'household';
  rs.consequences.push({
    id: 'family_no_trains',
    label: 'Family refused trains',
    kind: 'sanction',
    effect: 'refuse',
    service: 'train',
    agency: 'Railways',
    lists: ['business_blacklist'],
    grades: [],
    spillover: 'household',
    lingerDays: 365,
  });
  return rs;
}

describe('evaluatePlan', { timeout: 180_000 }, () => {
  it("measures nothing for the scenario's own rules: the change is the baseline's own", () => {
    const same = evaluated(street, street.ruleset);
    expect(same.target.metric).toBe('acts_counterfeit_goods');
    expect(same.figure.diff).toBe(0);
    expect(same.change).toBe(same.baselineChange);
    expect(same.daily.plan).toEqual(same.daily.baseline);
    expect(same.daily.plan).toHaveLength(street.days);
    expect(same.costs.map((c) => c.metric)).toEqual(street.roles.planner!.costs);
    expect(same.costs.every((c) => c.diff === 0)).toBe(true);
    expect(same.lockedChanged).toEqual([]);
    expect(same.assumptionsChanged).toEqual([]);
    expect(same.achieved).toBe(same.change! <= -0.3);
    expect(structuredClone(same)).toEqual(same);
  });

  it('counterfeit street: harsh rules alone fall short of 30 %; with stronger deterrence the target is met, at a cost', () => {
    const harsh = evaluated(street, harshStreet());
    expect(harsh.figure.plan).toBeLessThan(harsh.figure.baseline);
    expect(harsh.achieved).toBe(false);
    expect(harsh.assumptionsChanged).toEqual([]);
    const feared = harshStreet();
    feared.adaptation.punished = 1;
    feared.adaptation.witnessed = 0.5;
    feared.adaptation.recoveryPerDay = 0.001;
    const met = evaluated(street, feared);
    expect(met.achieved).toBe(true);
    expect(met.change).toBeLessThanOrEqual(-0.3);
    // Met by assuming people fear punishment more: the debrief must say so.
    expect(met.assumptionsChanged).toEqual(['adaptation']);
    const families = met.costs.find((c) => c.metric === 'familiesAffected')!;
    expect(families.baseline).toBe(0);
    expect(families.plan).toBeGreaterThan(0);
    expect(met.costs.find((c) => c.metric === 'flightRefusals')!.diff).toBeGreaterThan(0);
  });

  it('defaulters: a longer grace period shrinks the list (vsBaseline, a stock on its last day)', () => {
    const defaulters = scenario('defaulters');
    const small = { ...defaulters, town: { ...defaulters.town, population: 4000 } };
    const plan = structuredClone(small.ruleset);
    plan.lists[0].entry.graceDays = 90;
    const result = evaluated(small, plan);
    expect(result.figure.kind).toBe('stock');
    expect(result.figure.plan).toBeLessThan(result.figure.baseline);
    expect(result.change).toBe(result.figure.relative);
    expect(result.baselineChange).toBe(0);
    expect(result.achieved).toBe(result.change! <= -0.3);
  });

  it('reports changes to parts the scenario does not let the planner edit', () => {
    const locked: Scenario = {
      ...street,
      roles: {
        ...street.roles,
        planner: { ...street.roles.planner!, editable: ['rules', 'lists', 'consequences'] },
      },
    };
    const plan = structuredClone(street.ruleset);
    plan.adaptation.punished = 1;
    plan.opacity.disclosure = 'nothing';
    plan.rules[0].points = -100;
    const result = evaluated(locked, plan, 30);
    expect(result.lockedChanged).toEqual(['opacity', 'adaptation']);
    // A locked assumption is reported once, as locked, not also as an assumption changed.
    expect(result.assumptionsChanged).toEqual([]);
  });

  it('returns an error value for a scenario without a planner or a metric the run lacks', () => {
    const journalist = scenario('journalist');
    const none = evaluatePlan(journalist, journalist.ruleset);
    expect(none).toEqual({ ok: false, problem: { kind: 'noPlanner', scenario: 'journalist' } });
    expect(!none.ok && planProblemWords(none.problem, english)).toBe(
      'scenario "journalist" declares no roles.planner: nothing to aim at',
    );
    const misspelt: Scenario = {
      ...street,
      roles: {
        ...street.roles,
        planner: {
          ...street.roles.planner!,
          target: { ...street.roles.planner!.target, metric: 'fakes' },
        },
      },
    };
    const result = evaluatePlan(misspelt, street.ruleset, street.seed, 10);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'unknownMetric', metric: 'fakes' });
    expect(!result.ok && planProblemWords(result.problem, english)).toMatch(
      /metric "fakes".*acts_counterfeit_goods/,
    );
  });
});
