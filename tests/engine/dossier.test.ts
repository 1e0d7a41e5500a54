import { describe, expect, it } from 'vitest';
import { FEED_CAPACITY } from '../../src/engine/core/dossier';
import { createSimulation } from '../../src/engine/index';
import { referenceScenario, scenarioOf } from './fixtures';

const businessList = referenceScenario(10, 1).ruleset.lists[1];

describe('dossiers', { timeout: 30_000 }, () => {
  it('tells a listed person’s whole story in day order, truth and record side by side', () => {
    const sim = createSimulation(referenceScenario(600, 120));
    sim.run(120);
    let stories = 0;
    for (let i = 0; i < sim.peopleCount; i++) {
      const d = sim.dossier(`p${i}`)!;
      expect(d.kind).toBe('person');
      expect(d.recorded).toBe(true);
      expect(d.scoreHistory.length).toBe(120);
      for (let k = 1; k < d.timeline.length; k++)
        expect(d.timeline[k].day).toBeGreaterThanOrEqual(d.timeline[k - 1].day);
      if (!d.timeline.some((e) => e.type === 'listed')) continue;
      stories++;
      const types = new Set(d.timeline.map((e) => e.type));
      expect(types.has('observed')).toBe(true);
      expect(types.has('rule')).toBe(true);
      expect(d.person!.name.length).toBeGreaterThan(2);
    }
    expect(stories).toBeGreaterThan(0);
    const business = sim.dossier('b0')!;
    expect(business.kind).toBe('business');
    expect(business.business!.owner).toMatch(/^p\d+$/);
    expect(sim.dossier('p999999')).toBeUndefined();
    expect(sim.dossier('x1')).toBeUndefined();
  });

  it('records every k-th person plus anyone listed in a sampled town, nothing with none', () => {
    const scenario = referenceScenario(900, 120, {
      ruleset: {
        lists: [
          {
            id: 'defaulters',
            label: 'defaulters',
            kind: 'blacklist',
            entry: { on: ['bad_driving'] },
          },
          businessList,
        ],
      },
    });
    const sampled = createSimulation(scenario, 3, { dossiers: 4 });
    sampled.run(120);
    let listedOffSample = 0;
    for (let i = 0; i < 900; i++) {
      const d = sampled.dossier(`p${i}`)!;
      const wasListed = d.lists.length > 0 || d.timeline.some((e) => e.type === 'listed');
      if (i % 4 === 0) expect(d.recorded).toBe(true);
      else if (d.recorded) {
        expect(wasListed).toBe(true);
        listedOffSample++;
        expect(d.scoreHistory.length).toBe(120);
        expect(d.timeline.some((e) => e.type === 'observed')).toBe(true);
      } else expect(d.timeline).toEqual([]);
    }
    expect(listedOffSample).toBeGreaterThan(0);
    const none = createSimulation(scenario, 3, { dossiers: 'none' });
    none.run(10);
    for (let i = 0; i < 900; i += 50) expect(none.dossier(`p${i}`)!.timeline).toEqual([]);
    expect(none.metrics().harmfulActs).toEqual(sampled.metrics().harmfulActs.slice(0, 10));
  });

  it('defaults to full dossiers in small towns and sampled ones in big towns', () => {
    const small = createSimulation(scenarioOf({ town: { population: 200 } }));
    expect(small.dossier('p199')!.recorded).toBe(true);
    const big = createSimulation(scenarioOf({ town: { population: 12_000 } }));
    expect(big.dossier('p0')!.recorded).toBe(true);
    expect(big.dossier('p1')!.recorded).toBe(false);
  });

  it('keeps a bounded feed, newest last, filterable by day', () => {
    const sim = createSimulation(
      referenceScenario(2000, 200, {
        ruleset: {
          lists: [
            {
              id: 'defaulters',
              label: 'defaulters',
              kind: 'blacklist',
              entry: { on: ['posting_criticism'] },
              durationDays: 5,
            },
            businessList,
          ],
        },
      }),
    );
    sim.run(200);
    const feed = sim.feed();
    expect(feed.length).toBe(FEED_CAPACITY);
    for (let k = 1; k < feed.length; k++)
      expect(feed[k].day).toBeGreaterThanOrEqual(feed[k - 1].day);
    expect(feed[feed.length - 1].day).toBe(200);
    expect(sim.feed(200).every((e) => e.day === 200)).toBe(true);
    expect(sim.feed(200).length).toBeGreaterThan(0);
  });
});

describe('public API', { timeout: 30_000 }, () => {
  it('describes people, businesses, the layout and a snapshot', () => {
    const sim = createSimulation(referenceScenario(500, 30));
    expect(sim.day).toBe(0);
    sim.run(30);
    expect(sim.day).toBe(30);
    const p = sim.person('p10')!;
    expect(p.id).toBe('p10');
    for (const f of p.family) expect(sim.person(f)!.household).toBe(p.household);
    for (const f of p.friends) expect(sim.person(f)!.friends).toContain('p10');
    expect(sim.person('b0')).toBeUndefined();
    expect(sim.business('p0')).toBeUndefined();
    const owner = sim.business('b0')!.owner;
    expect(sim.person(owner)!.owns).toContain('b0');
    const layout = sim.layout();
    expect(layout.homePlace.length).toBe(500);
    const snap = sim.snapshot();
    expect(snap.day).toBe(30);
    expect(snap.grade.length).toBe(500);
    expect(snap.place.length).toBe(500);
    for (let i = 0; i < 500; i++) {
      expect(snap.place[i]).toBeLessThan(layout.places.length);
      expect(sim.scenario.ruleset.scoring.grades[snap.grade[i]]).toBeDefined();
    }
    expect(structuredClone(snap).score).toEqual(snap.score);
  });
});
