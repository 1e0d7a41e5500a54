import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState, type Simulation } from '../../src/engine/index';
import { LIFE_DRAWS, streamKey } from '../../src/engine/core/rng';
import type { Scenario } from '../../src/scenario/schema';
import { referenceInput, referenceScenario } from './fixtures';
import { ScenarioSchema } from '../../src/scenario/schema';

const DAYS = 120;

/** Everything a run outputs, as one string: metrics, every dossier, the feed, the summary. */
function output(sim: Simulation): string {
  const dossiers = [];
  for (let i = 0; i < sim.peopleCount; i++) dossiers.push(sim.dossier(`p${i}`));
  for (let k = 0; k < sim.businessCount; k++) dossiers.push(sim.dossier(`b${k}`));
  return JSON.stringify({
    metrics: sim.metrics(),
    dossiers,
    feed: sim.feed(),
    summary: sim.summary(),
  });
}

function runOf(scenario: Scenario, seed = scenario.seed): Simulation {
  const sim = createSimulation(scenario, seed);
  sim.run(DAYS);
  return sim;
}

/** The reference town with a changed rule set. */
function withRuleset(
  change: (ruleset: ReturnType<typeof referenceInput>['ruleset'] & object) => void,
): Scenario {
  const input = referenceInput(600, DAYS);
  change(input.ruleset as never);
  return ScenarioSchema.parse(input);
}

describe('determinism', { timeout: 30_000 }, () => {
  const scenario = referenceScenario(600, DAYS);

  it('gives byte-identical metrics and dossiers for the same scenario and seed', () => {
    expect(output(runOf(scenario))).toBe(output(runOf(scenario)));
  });

  it('gives a different run for a different seed', () => {
    const a = runOf(scenario, 1);
    const b = runOf(scenario, 2);
    expect(output(a)).not.toBe(output(b));
    expect(a.metrics().harmfulActs).not.toEqual(b.metrics().harmfulActs);
  });

  it('runs A against A in lock step with no difference at all', () => {
    const a = createSimulation(scenario, 5);
    const b = createSimulation(scenario, 5);
    for (let d = 0; d < DAYS; d++) {
      a.step();
      b.step();
    }
    expect(output(a)).toBe(output(b));
  });
});

describe('common random numbers', { timeout: 30_000 }, () => {
  it('is unchanged by a rule that never fires (a behaviour nobody does, a condition never true)', () => {
    const base = withRuleset(() => {});
    const extra = withRuleset((rs) => {
      rs.rules!.push(
        {
          id: 'never_true',
          on: 'bad_driving',
          when: 'person.age > 500',
          points: -100,
          area: 'societal',
          reason: 'Never.',
        },
        {
          id: 'never_done',
          on: 'buying_flight',
          when: 'false',
          points: -100,
          area: 'commercial',
          reason: 'Never.',
        },
      );
    });
    expect(output(runOf(extra))).toBe(output(runOf(base)));
  });

  it('changes only the people a rule touched when its points change and adaptation is off', () => {
    const still = (rs: Record<string, unknown>) => {
      rs.adaptation = { punished: 0, witnessed: 0, rewardSeeking: 0 };
    };
    const a = runOf(withRuleset((rs) => still(rs)));
    const b = runOf(
      withRuleset((rs) => {
        still(rs);
        rs.rules!.find((r) => r.id === 'traffic_ticket')!.points = -15;
      }),
    );
    let touched = 0;
    let differing = 0;
    for (let i = 0; i < a.peopleCount; i++) {
      const da = a.dossier(`p${i}`)!;
      const db = b.dossier(`p${i}`)!;
      const hit = [da, db].some((d) =>
        d.timeline.some((e) => e.type === 'rule' && e.rule === 'traffic_ticket'),
      );
      if (hit) touched++;
      const same = JSON.stringify(da) === JSON.stringify(db);
      if (!same) differing++;
      if (!hit) expect(same, `p${i} was not touched by the rule but changed`).toBe(true);
    }
    expect(touched).toBeGreaterThan(0);
    expect(differing).toBeGreaterThan(0);
    // Behaviour is the same: true acts match exactly.
    expect(a.metrics().harmfulActs).toEqual(b.metrics().harmfulActs);
  });

  it('keeps people’s acts when only the surveillance changes (adaptation off)', () => {
    const still = { adaptation: { punished: 0, witnessed: 0, rewardSeeking: 0 } };
    const watched = (coverage: number, extraSource: boolean) => {
      const input = referenceInput(600, DAYS);
      const sources = input.surveillance.sources.map((src) => ({ ...src, coverage }));
      if (extraSource)
        sources.push({ id: 'drones', label: 'Drones', sees: ['street', 'home'], coverage: 0.5 });
      return runOf(
        ScenarioSchema.parse({
          ...input,
          surveillance: { sources },
          ruleset: { ...input.ruleset, ...still },
        }),
      );
    };
    const few = watched(0.1, false);
    const many = watched(0.9, true);
    expect(many.summary().totalRecords).toBeGreaterThan(few.summary().totalRecords * 3);
    const actsOf = (sim: Simulation, i: number) =>
      JSON.stringify(sim.dossier(`p${i}`)!.timeline.filter((e) => e.type === 'act'));
    for (let i = 0; i < few.peopleCount; i++) expect(actsOf(many, i)).toBe(actsOf(few, i));
  });

  it('draws the same number of values per agent per day whatever the rules did', () => {
    const lenient = runOf(
      withRuleset((rs) => {
        rs.rules = [];
        rs.lists = [];
        rs.consequences = [];
      }),
    );
    const harsh = runOf(
      withRuleset((rs) => {
        rs.lists![0].entry = {
          on: ['ignoring_judgment', 'missed_loan_payment', 'bad_driving', 'spreading_rumours'],
        };
        rs.appeals = { fileRate: 0.5, fileRateUnclear: 0.5, capacityPerDay: 50, reviewDays: 1 };
      }),
    );
    const sl = simulationState(lenient);
    const sh = simulationState(harsh);
    expect(sh.counters).toBeDefined();
    expect(harsh.summary().totalNewListings).toBeGreaterThan(lenient.summary().totalNewListings);
    for (let a = 0; a < sl.agents; a++) {
      expect(sh.life.stateOf(a)).toEqual(sl.life.stateOf(a));
      expect(sh.watch.stateOf(a)).toEqual(sl.watch.stateOf(a));
    }
    // And each stream is exactly seedrandom's Alea advanced LIFE_DRAWS values a day.
    for (const a of [0, 17, sl.people + 3]) {
      const key =
        a < sl.people
          ? streamKey(sl.seed, 'p', a, 'life')
          : streamKey(sl.seed, 'b', a - sl.people, 'life');
      const reference = seedrandom.alea(key, { state: true });
      for (let k = 0; k < LIFE_DRAWS * DAYS; k++) reference();
      expect(sl.life.stateOf(a)).toEqual(reference.state());
    }
  });
});
