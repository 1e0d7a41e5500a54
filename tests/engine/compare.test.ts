import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  compareSimulations,
  sameWorld,
  withRuleset,
  withVariant,
  type Comparison,
} from '../../src/engine/compare/compare';
import { firstDivergence } from '../../src/engine/compare/divergence';
import { createSimulation, type DossierEntry } from '../../src/engine/index';
import { ScenarioSchema, type RuleSet, type Scenario } from '../../src/scenario/schema';
import { behaviourLabels, divergenceText } from '../../src/text/report';

/** A's behaviour labels for both runs (B runs on A's town). */
const labelsOf = (a: Scenario) => ({ a: behaviourLabels(a), b: behaviourLabels(a) });

/** A busy small town: listings, refused flights and trains, and school refusals spilling to children. */
function busyTown(
  adaptation?: Partial<RuleSet['adaptation']>,
  extraLists: Record<string, unknown>[] = [],
): Scenario {
  return ScenarioSchema.parse({
    id: 'busy_town',
    title: 'Busy town',
    seed: 11,
    days: 90,
    town: { population: 300, businesses: { count: 6 } },
    behaviours: [
      { id: 'bad_driving', label: 'Driving badly', kind: 'harmful', place: 'street', rate: 0.03 },
      {
        id: 'ignoring_judgment',
        label: 'Ignoring a court judgment',
        kind: 'harmful',
        place: 'court',
        rate: 0.004,
        obligation: { repayRate: 0.01, listedRepayRate: 0.05 },
      },
      { id: 'posting', label: 'Posting criticism', kind: 'speech', place: 'online', rate: 0.05 },
      {
        id: 'buying_flight',
        label: 'Buying a plane ticket',
        kind: 'activity',
        place: 'financial',
        service: 'flight',
        rate: 0.03,
      },
      {
        id: 'buying_train',
        label: 'Buying a train ticket',
        kind: 'activity',
        place: 'financial',
        service: 'train',
        rate: 0.03,
      },
      {
        id: 'applying_school',
        label: 'Applying to a good school',
        kind: 'activity',
        place: 'home',
        service: 'school',
        rate: 0.05,
        minAge: 6,
        maxAge: 17,
      },
    ],
    surveillance: {
      sources: [
        { id: 'cameras', label: 'Cameras', sees: ['street'], coverage: 0.8 },
        { id: 'court', label: 'Court records', sees: ['court'], coverage: 1 },
        { id: 'banks', label: 'Bank records', sees: ['financial'], coverage: 0.9 },
        { id: 'platforms', label: 'Platform logs', sees: ['online'], coverage: 0.5 },
      ],
    },
    ruleset: {
      rules: [
        { id: 'ticket', on: 'bad_driving', points: -5, area: 'societal', reason: 'A ticket' },
        {
          id: 'court_arrears',
          on: 'ignoring_judgment',
          points: -50,
          area: 'judicial',
          reason: 'A judgment not paid',
        },
      ],
      lists: [
        {
          id: 'defaulters',
          label: 'Defaulters',
          kind: 'blacklist',
          entry: { on: ['ignoring_judgment'] },
          durationDays: 365,
        },
        ...extraLists,
      ],
      consequences: [
        {
          id: 'no_flights',
          label: 'Refused plane tickets',
          kind: 'sanction',
          effect: 'refuse',
          service: 'flight',
          lists: ['defaulters'],
        },
        {
          id: 'no_trains',
          label: 'Refused train tickets',
          kind: 'sanction',
          effect: 'refuse',
          service: 'train',
          lists: ['defaulters'],
        },
        {
          id: 'no_school',
          label: 'Children refused by good schools',
          kind: 'sanction',
          effect: 'refuse',
          service: 'school',
          lists: ['defaulters'],
          spillover: 'children',
        },
      ],
      ...(adaptation ? { adaptation } : {}),
    },
    variants: [
      {
        id: 'no_travel_bans',
        title: 'No travel bans',
        ruleset: {
          rules: [
            { id: 'ticket', on: 'bad_driving', points: -5, area: 'societal', reason: 'A ticket' },
          ],
        },
      },
    ],
  });
}

const NO_ADAPTATION = { punished: 0, witnessed: 0, rewardSeeking: 0 };
const DAYS = 90;

function withoutConsequence(scenario: Scenario, id: string): Scenario {
  const consequences = scenario.ruleset.consequences.filter((c) => c.id !== id);
  return withRuleset(scenario, { ...scenario.ruleset, consequences });
}

function allDiffsZero(c: Comparison): void {
  for (const m of c.summary) expect(m.diff, m.name).toBe(0);
  for (const [name, series] of Object.entries(c.daily.diff))
    expect(
      series.every((v) => v === 0),
      name,
    ).toBe(true);
}

describe('compareRuns: no difference where there is none', () => {
  it('A compared with A differs nowhere: figures, days, people', () => {
    const a = busyTown();
    const c = compareRuns(a, a, { seed: 3, days: DAYS });
    // The town is busy enough that a difference could show.
    expect(c.summary.find((m) => m.name === 'totalNewListings')?.a).toBeGreaterThan(0);
    allDiffsZero(c);
    expect(c.differences).toEqual([]);
    expect(Object.values(c.counts).every((n) => n === 0)).toBe(true);
    expect(c.metricNames.length).toBe(Object.keys(c.daily.diff).length);
  });

  it('a rule that never fires changes nothing', () => {
    const a = busyTown();
    const never = {
      id: 'never',
      on: 'bad_driving',
      when: 'person.age > 150',
      points: -500,
      area: 'societal' as const,
      reason: 'Never',
    };
    const b = withRuleset(a, { ...a.ruleset, rules: [never, ...a.ruleset.rules] });
    const c = compareRuns(a, b, { seed: 3, days: DAYS });
    allDiffsZero(c);
    expect(c.differences).toEqual([]);
    expect(c.counts.agentsChanged).toBe(0);
  });
});

describe('compareRuns: person-level differences and their causes', () => {
  it('changing one rule’s points (adaptation off) changes only people that rule touched', () => {
    const a = busyTown(NO_ADAPTATION);
    const rules = a.ruleset.rules.map((r) => (r.id === 'ticket' ? { ...r, points: -40 } : r));
    const b = withRuleset(a, { ...a.ruleset, rules });
    const simA = createSimulation(a, 5, { dossiers: 'all' });
    const simB = createSimulation(b, 5, { dossiers: 'all' });
    simA.run(DAYS);
    simB.run(DAYS);
    let changed = 0;
    for (let i = 0; i < simA.peopleCount; i++) {
      const da = simA.dossier(`p${i}`);
      const db = simB.dossier(`p${i}`);
      if (!da || !db) throw new Error('every dossier is recorded in a small town');
      const divergence = firstDivergence(da, db);
      const ticketDays = da.timeline
        .filter((e): e is Extract<DossierEntry, { type: 'rule' }> => e.type === 'rule')
        .filter((e) => e.rule === 'ticket')
        .map((e) => e.day);
      if (!divergence) continue;
      changed++;
      expect(ticketDays.length, `p${i} changed without a ticket`).toBeGreaterThan(0);
      expect(divergence).toMatchObject({ kind: 'rule', id: 'ticket', side: 'both' });
      expect(divergence.day).toBe(ticketDays[0]);
    }
    expect(changed).toBeGreaterThan(0);
    expect(compareSimulations(simA, simB).counts.agentsChanged).toBe(changed);
  });

  it('a listing by a score condition is traced to the rule whose points changed', () => {
    const low = {
      id: 'low_scorers',
      label: 'Low scorers',
      kind: 'blacklist',
      entry: { when: 'person.score < 985' },
      durationDays: 30,
    };
    const a = busyTown(NO_ADAPTATION, [low]);
    const rules = a.ruleset.rules.map((r) => (r.id === 'ticket' ? { ...r, points: -20 } : r));
    const c = compareRuns(a, withRuleset(a, { ...a.ruleset, rules }), { seed: 3, days: DAYS });
    const onlyB = c.differences.filter((d) => d.what === 'listed' && d.only === 'b');
    expect(onlyB.length).toBeGreaterThan(0);
    for (const d of onlyB) {
      expect(d.detail).toBe('low_scorers');
      expect(d.cause).toMatchObject({ kind: 'rule', id: 'ticket', side: 'both' });
      expect(divergenceText(d.cause!, labelsOf(a))).toContain('points -5 under A, -20 under B');
    }
  });

  it('without the flight ban, those refused a flight under A only are traced to it', () => {
    const a = busyTown();
    const c = compareRuns(a, withoutConsequence(a, 'no_flights'), { seed: 3, days: DAYS });
    const flights = c.differences.filter((d) => d.what === 'refused' && d.detail === 'flight');
    expect(flights.length).toBeGreaterThan(0);
    expect(flights.length).toBe(c.counts.flightRefusedOnlyA);
    for (const d of flights) {
      expect(d).toMatchObject({ only: 'a', countB: 0, dossiers: { a: d.agent, b: d.agent } });
      expect(d.countA).toBeGreaterThan(0);
      expect(d.cause).toMatchObject({ kind: 'consequence', id: 'no_flights', side: 'a' });
      expect(divergenceText(d.cause!, labelsOf(a))).toContain('no_flights');
    }
    expect(c.differences.every((d) => d.detail === 'flight')).toBe(true);
  });

  it('a child refused a school place through a listed parent is traced to the parent', () => {
    const a = busyTown();
    const c = compareRuns(a, withoutConsequence(a, 'no_school'), { seed: 3, days: DAYS });
    const schools = c.differences.filter((d) => d.detail === 'school');
    expect(schools.length).toBeGreaterThan(0);
    for (const d of schools) {
      expect(d.cause).toMatchObject({ kind: 'consequence', id: 'no_school' });
      const parent = d.cause?.through;
      expect(parent?.agent).toMatch(/^p\d+$/);
      expect(parent?.cause).toMatchObject({ kind: 'consequence', id: 'no_school', side: 'a' });
    }
  });

  it('a variant with no list lists nobody under B and says which rule or list made the difference', () => {
    // Adaptation off: with it on, fear can change what someone does before the list does.
    const a = busyTown(NO_ADAPTATION);
    const variant = withVariant(a, 'no_travel_bans');
    if (!variant) throw new Error('the variant exists');
    const b = withRuleset(a, { ...variant.ruleset, adaptation: a.ruleset.adaptation });
    const c = compareRuns(a, b, { seed: 3, days: DAYS });
    const listed = c.differences.filter((d) => d.what === 'listed');
    expect(listed.length).toBe(c.counts.listedOnlyA);
    expect(listed.length).toBeGreaterThan(0);
    expect(c.counts.listedOnlyB).toBe(0);
    // B also drops the court rule, but the list is entered on the act, not the score: the list decided.
    for (const d of listed)
      expect(d.cause).toMatchObject({ kind: 'list', id: 'defaulters', side: 'a', b: null });
    const listedA = c.summary.find((m) => m.name === 'totalNewListings');
    expect(listedA).toMatchObject({ b: 0 });
    expect(listedA?.diff).toBe(-(listedA?.a ?? 0));
  });
});

describe('compareRuns: repeatable, clonable, across seeds', () => {
  it('gives the same bytes twice, and survives structured cloning unchanged', () => {
    const a = busyTown();
    const b = withoutConsequence(a, 'no_trains');
    const first = JSON.stringify(compareRuns(a, b, { seed: 4, days: 60 }));
    const second = compareRuns(a, b, { seed: 4, days: 60 });
    expect(JSON.stringify(second)).toBe(first);
    expect(structuredClone(second)).toEqual(second);
  });

  it('repeats over seeds and gives mean, sd, min and max of each difference', () => {
    const a = busyTown();
    const b = withoutConsequence(a, 'no_trains');
    const c = compareRuns(a, b, { seed: 20, days: 60, seeds: 3 });
    expect(c.seeds).toEqual([20, 21, 22]);
    expect(c.perSeed.map((s) => s.seed)).toEqual([20, 21, 22]);
    const single = compareRuns(a, b, { seed: 21, days: 60 });
    expect(c.perSeed[1]).toEqual(single.perSeed[0]);
    const name = 'totalTrainRefusals';
    const diffs = c.perSeed.map((s) => s.summary.find((m) => m.name === name)?.diff as number);
    expect(diffs.some((d) => d !== 0)).toBe(true);
    const mean = (diffs[0] + diffs[1] + diffs[2]) / 3;
    const sd = Math.sqrt(diffs.reduce((sum, d) => sum + (d - mean) ** 2, 0) / 2);
    const spread = c.acrossSeeds.summary.find((m) => m.name === name)?.diff;
    expect(spread?.mean).toBeCloseTo(mean, 10);
    expect(spread?.sd).toBeCloseTo(sd, 10);
    expect(spread?.min).toBe(Math.min(...diffs));
    expect(spread?.max).toBe(Math.max(...diffs));
    const counts = c.acrossSeeds.counts.find((x) => x.name === 'trainRefusedOnlyA')?.spread;
    expect(counts?.max).toBe(Math.max(...c.perSeed.map((s) => s.counts.trainRefusedOnlyA)));
  });
});

describe('scenario helpers', () => {
  it('withVariant returns undefined for an unknown variant and keeps the town', () => {
    const a = busyTown();
    expect(withVariant(a, 'nope')).toBeUndefined();
    const b = withVariant(a, 'no_travel_bans') as Scenario;
    expect(sameWorld(a, b)).toBe(true);
    expect(b.ruleset.lists).toEqual([]);
  });

  it('refuses two different towns unless allowed', () => {
    const a = busyTown();
    const bigger = ScenarioSchema.parse({ ...a, town: { ...a.town, population: 320 } });
    expect(sameWorld(a, bigger)).toBe(false);
    expect(() => compareRuns(a, bigger, { seed: 1, days: 5 })).toThrow(/different towns/);
    const c = compareRuns(a, bigger, { seed: 1, days: 5, allowDifferentTown: true });
    expect(c.people).toBe(300);
  });
});

describe('firstDivergence', () => {
  const act = (day: number): DossierEntry => ({
    day,
    type: 'act',
    behaviour: 'x',
    label: 'X',
    truth: true,
  });
  const rule = (day: number, points: number, told = true): DossierEntry => ({
    day,
    type: 'rule',
    rule: 'r',
    reason: 'R',
    points,
    score: 1000 + points,
    told,
  });
  const listed = (day: number): DossierEntry => ({
    day,
    type: 'listed',
    list: 'l',
    wrongful: false,
    told: true,
  });

  it('is undefined for identical histories and names the extra entry on one side', () => {
    const same = { timeline: [act(1), rule(1, -5)], scoreHistory: [995, 995] };
    expect(firstDivergence(same, same)).toBeUndefined();
    const a = { timeline: [act(1), rule(1, -5), listed(2)], scoreHistory: [995, 995] };
    const b = { timeline: [act(1), rule(1, -5)], scoreHistory: [995, 995] };
    expect(firstDivergence(a, b)).toMatchObject({
      day: 2,
      kind: 'list',
      id: 'l',
      side: 'a',
      b: null,
    });
    expect(firstDivergence(b, a)).toMatchObject({ day: 2, kind: 'list', side: 'b', a: null });
  });

  it('passes over a difference only in what the person was told, keeping it as `before`', () => {
    const a = { timeline: [rule(1, -5, false), listed(3)], scoreHistory: [995, 995, 995] };
    const b = { timeline: [rule(1, -5, true)], scoreHistory: [995, 995, 995] };
    const d = firstDivergence(a, b);
    expect(d).toMatchObject({ day: 3, kind: 'list', side: 'a' });
    expect(d?.before).toMatchObject({ day: 1, kind: 'opacity', id: 'r', side: 'both' });
    const toldOnly = firstDivergence({ ...a, timeline: [rule(1, -5, false)] }, b);
    expect(toldOnly).toMatchObject({ day: 1, kind: 'opacity' });
  });

  it('names a score that moved before any entry differed (scoring settings)', () => {
    const a = { timeline: [rule(3, -5)], scoreHistory: [1000, 1000, 995] };
    const b = { timeline: [rule(3, -5)], scoreHistory: [1000, 1001, 996] };
    expect(firstDivergence(a, b)).toMatchObject({ day: 2, kind: 'scoring', side: 'both' });
  });
});
