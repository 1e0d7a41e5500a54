import { describe, expect, it } from 'vitest';
import { createSimulation, CORE_METRICS } from '../../src/engine/index';
import { referenceScenario } from './fixtures';

describe('metrics', { timeout: 30_000 }, () => {
  const scenario = referenceScenario(800, 90);
  const sim = createSimulation(scenario);
  sim.run(90);
  const m = sim.metrics();
  const names = sim.metricNames();

  it('declares every core metric first, in order, then grades, lists, acts and districts', () => {
    expect(names.slice(0, CORE_METRICS.length)).toEqual([...CORE_METRICS]);
    for (const g of scenario.ruleset.scoring.grades) expect(names).toContain(`grade_${g.id}`);
    for (const b of scenario.behaviours) expect(names).toContain(`acts_${b.id}`);
    for (const l of scenario.ruleset.lists) expect(names).toContain(`listed_${l.id}`);
    for (const d of scenario.town.districts) expect(names).toContain(`listedShare_${d.id}`);
    expect(Object.keys(m)).toEqual(names);
  });

  it('has one value per day for every metric', () => {
    for (const name of names) expect(m[name].length, name).toBe(90);
  });

  it('adds up: grades to the population, acts to harmful/speech counts, listed to the lists', () => {
    for (let d = 0; d < 90; d++) {
      const grades = scenario.ruleset.scoring.grades.reduce(
        (sum, g) => sum + m[`grade_${g.id}`][d],
        0,
      );
      expect(grades).toBe(800);
      const harmful = scenario.behaviours
        .filter((b) => b.kind === 'harmful')
        .reduce((sum, b) => sum + m[`acts_${b.id}`][d], 0);
      expect(m.harmfulActs[d]).toBe(harmful);
      expect(m.speechActs[d]).toBe(m.acts_posting_criticism[d]);
      expect(m.listed[d]).toBeLessThanOrEqual(
        m.listed_defaulters[d] + m.listed_business_blacklist[d],
      );
      expect(m.wrongfulListings[d]).toBeLessThanOrEqual(m.listed[d]);
      expect(m.refusals[d]).toBeGreaterThanOrEqual(
        m.flightRefusals[d] + m.trainRefusals[d] + m.schoolRefusals[d],
      );
    }
    const listedNow = (d: number) => m.listed[d];
    for (let d = 1; d < 90; d++)
      expect(listedNow(d)).toBeLessThanOrEqual(listedNow(d - 1) + m.newListings[d]);
  });

  it('summarises flows as totals and stocks as final values', () => {
    const s = sim.summary();
    const sum = (k: string) => m[k].reduce((a, b) => a + b, 0);
    expect(s.totalHarmfulActs).toBe(sum('harmfulActs'));
    expect(s.totalFlightRefusals).toBe(sum('flightRefusals'));
    expect(s.finalListed).toBe(m.listed[89]);
    expect(s.finalMeanScore).toBe(m.meanScore[89]);
    expect(s.days).toBe(90);
    expect(s.people).toBe(800);
    expect(s.scale).toBe(1);
    expect(s.wrongfulShare).toBe(
      s.totalNewListings > 0 ? s.totalNewWrongfulListings / s.totalNewListings : 0,
    );
    expect(sum('newListings')).toBeGreaterThan(0);
  });
});

describe('a town whose rules rate businesses (town.businesses.rated)', { timeout: 30_000 }, () => {
  const days = 60;
  const rated = referenceScenario(800, days, { town: { businesses: { rated: true } } });
  const people = referenceScenario(800, days);
  const runOf = (scenario: typeof rated) => {
    const sim = createSimulation(scenario);
    sim.run(days);
    return { sim, m: sim.metrics() };
  };
  const a = runOf(rated);
  const b = runOf(people);
  const businesses = rated.town.businesses.count;

  it("counts the businesses' grades and averages their scores, not the people's", () => {
    for (let d = 0; d < days; d++) {
      const grades = rated.ruleset.scoring.grades.reduce(
        (sum, g) => sum + a.m[`grade_${g.id}`][d],
        0,
      );
      expect(grades).toBe(businesses);
    }
    let total = 0;
    for (let k = 0; k < businesses; k++) total += a.sim.dossier(`b${k}`)!.scoreHistory[days - 1];
    expect(a.m.meanScore[days - 1]).toBeCloseTo(total / businesses, 9);
  });

  it('changes only what the census reports: the same acts, lists and refusals', () => {
    for (const name of ['harmfulActs', 'listed', 'newListings', 'refusals', 'meanFear'])
      expect(a.m[name], name).toEqual(b.m[name]);
    expect(a.m.meanScore).not.toEqual(b.m.meanScore);
  });
});
