import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { entriesOf, scenarioOf, total } from './fixtures';

const defaulting = {
  id: 'defaulting',
  label: 'Ignoring a judgment',
  kind: 'harmful' as const,
  rate: 0.003,
  place: 'court' as const,
};
const appealsScenario = (appeals: object, extra: object = {}) =>
  scenarioOf({
    town: { population: 600, names: { surnames: 2, givenNames: 3 } },
    days: 120,
    behaviours: [defaulting],
    surveillance: {
      sources: [{ id: 'court', label: 'Court', sees: ['court'], coverage: 1, misattribution: 0.5 }],
    },
    ruleset: {
      lists: [
        {
          id: 'defaulters',
          label: 'defaulters list',
          kind: 'blacklist',
          entry: { on: ['defaulting'] },
        },
      ],
      appeals,
      ...extra,
    },
  });

describe('appeals', { timeout: 30_000 }, () => {
  it('only people who know they are listed file', () => {
    const sim = createSimulation(
      appealsScenario(
        { fileRate: 1, fileRateUnclear: 1 },
        {
          opacity: { disclosure: 'nothing' },
          lists: [
            {
              id: 'defaulters',
              label: 'secret list',
              kind: 'blacklist',
              published: false,
              entry: { on: ['defaulting'] },
            },
          ],
        },
      ),
    );
    sim.run(60);
    expect(total(sim, 'newListings')).toBeGreaterThan(0);
    expect(total(sim, 'appealsFiled')).toBe(0);
  });

  it('reviews at most capacityPerDay a day, each taking reviewDays, first come first served', () => {
    const sim = createSimulation(
      appealsScenario({ fileRate: 1, capacityPerDay: 1, reviewDays: 10 }),
    );
    sim.run(120);
    const m = sim.metrics();
    expect(Math.max(...m.appealsDecided)).toBeLessThanOrEqual(1);
    const decided = entriesOf(sim, 'appealDecided');
    expect(decided.length).toBeGreaterThan(0);
    for (const { id, entry } of decided) {
      const filed = sim
        .dossier(id)!
        .timeline.filter((e) => e.type === 'appealFiled' && e.day <= entry.day);
      expect(entry.day - filed[filed.length - 1].day).toBeGreaterThanOrEqual(10);
    }
    expect(Math.max(...m.appealBacklog)).toBeGreaterThan(1);
    expect(sim.summary().meanAppealWaitDays).toBeGreaterThanOrEqual(10);
  });

  it('grants exactly the wrongful appeals when the office is accurate and ignores sincerity', () => {
    const sim = createSimulation(
      appealsScenario({
        fileRate: 1,
        capacityPerDay: 50,
        reviewDays: 2,
        grantIfWrong: 1,
        grantIfRight: 0,
        sincerityWeight: 0,
      }),
    );
    sim.run(120);
    const decided = entriesOf(sim, 'appealDecided');
    expect(decided.some((d) => d.entry.wrongful)).toBe(true);
    expect(decided.some((d) => !d.entry.wrongful)).toBe(true);
    for (const { id, entry } of decided) {
      expect(entry.granted).toBe(entry.wrongful);
      if (entry.granted)
        expect(
          sim
            .dossier(id)!
            .timeline.some(
              (e) => e.type === 'delisted' && e.why === 'appeal' && e.day === entry.day,
            ),
        ).toBe(true);
    }
  });

  it('decides on sincerity alone when its weight is 1', () => {
    const sim = createSimulation(
      appealsScenario({ fileRate: 1, capacityPerDay: 50, reviewDays: 1, sincerityWeight: 1 }),
    );
    sim.run(120);
    const decided = entriesOf(sim, 'appealDecided');
    expect(decided.length).toBeGreaterThan(5);
    for (const { entry } of decided) expect(entry.granted).toBe(entry.sincere);
  });

  it('files once per listing and never while unlisted', () => {
    const sim = createSimulation(
      appealsScenario({
        fileRate: 1,
        capacityPerDay: 50,
        reviewDays: 1,
        grantIfWrong: 0,
        grantIfRight: 0,
        sincerityWeight: 0,
      }),
    );
    sim.run(120);
    for (let i = 0; i < sim.peopleCount; i++) {
      const t = sim.dossier(`p${i}`)!.timeline;
      const listings = t.filter((e) => e.type === 'listed').length;
      expect(t.filter((e) => e.type === 'appealFiled').length).toBeLessThanOrEqual(listings);
    }
    expect(total(sim, 'appealsGranted')).toBe(0);
  });
});
