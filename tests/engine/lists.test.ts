import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { STATUS_LISTED } from '../../src/engine/core/state';
import { behaviourLabels, listingCause } from '../../src/text/report';
import {
  badFirms,
  counterfeiting,
  entriesOf,
  inspectors,
  lastDayBefore,
  scenarioOf,
  total,
  type RuleSetInput,
} from './fixtures';

const camera = {
  sources: [{ id: 'court', label: 'Court records', sees: ['court' as const], coverage: 1 }],
};
const defaulting = (obligation?: { repayRate: number; listedRepayRate: number }) => ({
  id: 'defaulting',
  label: 'Ignoring a judgment',
  kind: 'harmful' as const,
  rate: 0.005,
  place: 'court' as const,
  ...(obligation ? { obligation } : {}),
});
/** Appeals off, so every removal here has the cause under test. */
const noAppeals = { enabled: false };
const blacklist = (extra: object = {}) => ({
  id: 'defaulters',
  label: 'defaulters list',
  kind: 'blacklist' as const,
  entry: { on: ['defaulting'] },
  ...extra,
});

/** A town whose people ignore judgments (`behaviour`), seen by the court, appeals off, under `ruleset`. */
const courtTown = (ruleset: RuleSetInput, behaviour = defaulting()) =>
  createSimulation(
    scenarioOf({
      behaviours: [behaviour],
      surveillance: camera,
      ruleset: { appeals: noAppeals, ...ruleset },
    }),
  );

/** First day of each type of entry in a timeline. */
const firstDay = (timeline: { type: string; day: number }[], type: string) =>
  timeline.find((e) => e.type === type)?.day;
/** The day of the record a listing's cause names. */

describe('lists', { timeout: 30_000 }, () => {
  it('lists graceDays after the record that caused it, and records that cause', () => {
    const sim = courtTown({
      lists: [blacklist({ entry: { on: ['defaulting'], graceDays: 5 } })],
    });
    sim.run(60);
    const listed = entriesOf(sim, 'listed');
    expect(listed.length).toBeGreaterThan(0);
    for (const { id, entry } of listed) {
      expect(entry.day).toBe(entry.record!.day + 5);
      expect(
        sim.dossier(id)!.timeline.some((e) => e.type === 'observed' && e.day === entry.record!.day),
      ).toBe(true);
      expect(listingCause(entry, behaviourLabels(simulationState(sim).scenario))).toMatch(
        /Ignoring a judgment \(court, day \d+, basis true\)/,
      );
      expect(entry.wrongful).toBe(false);
    }
  });

  it('warns first with notice before listing, so people know, and why', () => {
    const sim = courtTown({
      lists: [blacklist()],
      opacity: { disclosure: 'nothing', noticeBeforeListing: true, noticeDays: 7 },
    });
    const s = simulationState(sim);
    sim.run(60);
    const listed = entriesOf(sim, 'listed');
    expect(listed.length).toBeGreaterThan(0);
    for (const { id, entry } of listed) {
      const t = sim.dossier(id)!.timeline;
      expect(entry.day).toBe(entry.record!.day + 7);
      expect(t.some((e) => e.type === 'notice' && e.day === entry.record!.day)).toBe(true);
      expect(t.some((e) => e.type === 'learned' && e.how === 'notice')).toBe(true);
      expect(entry.told).toBe(false);
      const a = Number(id.slice(1));
      if (s.lists[0].status[a] === STATUS_LISTED) expect(s.lists[0].noticed[a]).toBe(1);
    }
  });

  it('removes an entry settleDelayDays after the debt is paid', () => {
    const sim = courtTown(
      { lists: [blacklist({ removal: { settleDelayDays: 3 } })] },
      defaulting({ repayRate: 0, listedRepayRate: 0.2 }),
    );
    sim.run(90);
    const delisted = entriesOf(sim, 'delisted');
    expect(delisted.length).toBeGreaterThan(0);
    for (const { id, entry } of delisted) {
      expect(entry.why).toBe('settled');
      const t = sim.dossier(id)!.timeline;
      const listings = t.filter((e) => e.type === 'listed' && e.day <= entry.day);
      const listedOn = listings[listings.length - 1].day;
      const paid = t.find((e) => e.type === 'settled' && e.day >= listedOn)!;
      expect(entry.day).toBe(paid.day + 3);
    }
  });

  it('never lists someone who settles within the grace period', () => {
    const sim = courtTown(
      {
        lists: [blacklist({ entry: { on: ['defaulting'], graceDays: 2 } })],
      },
      defaulting({ repayRate: 1, listedRepayRate: 1 }),
    );
    sim.run(60);
    expect(total(sim, 'acts_defaulting')).toBeGreaterThan(0);
    expect(total(sim, 'newListings')).toBe(0);
  });

  it('expires entries after durationDays', () => {
    const sim = courtTown({ lists: [blacklist({ durationDays: 10 })] });
    sim.run(60);
    const delisted = entriesOf(sim, 'delisted');
    expect(delisted.length).toBeGreaterThan(0);
    for (const { id, entry } of delisted) {
      expect(entry.why).toBe('expired');
      expect(entry.day).toBe(lastDayBefore(sim, id, 'listed', entry.day) + 10);
    }
  });

  it('marks listings from false reports wrongful, and the wrongly listed have nothing to settle', () => {
    const sim = createSimulation(
      scenarioOf({
        town: { population: 600 },
        behaviours: [{ ...defaulting({ repayRate: 1, listedRepayRate: 1 }), rate: 0 }],
        surveillance: {
          sources: [
            { id: 'court', label: 'Court', sees: ['court'], coverage: 1, falseReports: 0.002 },
          ],
        },
        ruleset: { appeals: noAppeals, lists: [blacklist()] },
      }),
    );
    sim.run(60);
    const listed = entriesOf(sim, 'listed');
    expect(listed.length).toBeGreaterThan(0);
    for (const { entry } of listed) expect(entry.wrongful).toBe(true);
    expect(entriesOf(sim, 'settled').length).toBe(0);
    expect(total(sim, 'delistings')).toBe(0);
    expect(sim.summary().wrongfulShare).toBe(1);
    expect(sim.summary().finalWrongfulListings).toBe(listed.length);
  });

  it('lists on a condition alone for anyone whose record changed', () => {
    const sim = courtTown({
      rules: [
        { id: 'fine', on: 'defaulting', points: -60, area: 'judicial', reason: 'Defaulting.' },
      ],
      lists: [
        {
          id: 'low',
          label: 'low scorers',
          kind: 'blacklist',
          entry: { when: 'person.score < 950' },
        },
      ],
    });
    sim.run(60);
    const listed = entriesOf(sim, 'listed');
    expect(listed.length).toBeGreaterThan(0);
    for (const { id, entry } of listed)
      expect(entry.day).toBe(firstDay(sim.dossier(id)!.timeline, 'rule'));
  });

  it('lists businesses on business lists, and their owners bear the sanctions', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [counterfeiting(0.02)],
        surveillance: inspectors,
        ruleset: {
          appeals: noAppeals,
          lists: [badFirms],
          consequences: [
            { id: 'named', label: 'Named', kind: 'sanction', effect: 'name', lists: ['bad_firms'] },
          ],
        },
      }),
    );
    sim.run(30);
    const listed = entriesOf(sim, 'listed');
    expect(listed.length).toBeGreaterThan(0);
    for (const { id } of listed) {
      expect(id.startsWith('b')).toBe(true);
      const owner = sim.business(id)!.owner;
      expect(sim.dossier(owner)!.sanctions).toContain('named');
    }
  });
});
