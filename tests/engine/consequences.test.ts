import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import {
  badFirms,
  counterfeiting,
  entriesOf,
  inspectors,
  lastDayBefore,
  scenarioOf,
  total,
} from './fixtures';

const court = { sources: [{ id: 'court', label: 'Court', sees: ['court' as const], coverage: 1 }] };
const defaulting = {
  id: 'defaulting',
  label: 'Ignoring a judgment',
  kind: 'harmful' as const,
  rate: 0.004,
  place: 'court' as const,
};
const flying = {
  id: 'flying',
  label: 'Buying a flight',
  kind: 'activity' as const,
  rate: 0.2,
  place: 'financial' as const,
  service: 'flight' as const,
};
const schooling = {
  id: 'school',
  label: 'Applying to school',
  kind: 'activity' as const,
  rate: 0.2,
  place: 'home' as const,
  service: 'school' as const,
  minAge: 6,
  maxAge: 17,
};
const defaulters = {
  id: 'defaulters',
  label: 'defaulters list',
  kind: 'blacklist' as const,
  entry: { on: ['defaulting'] },
};
const noFlights = {
  id: 'no_flights',
  label: 'Refused flights',
  kind: 'sanction' as const,
  effect: 'refuse' as const,
  service: 'flight' as const,
  agency: 'aviation',
  lists: ['defaulters'],
};

/** The defaulters are named in public, and nothing else. */
const named = {
  id: 'named',
  label: 'Named',
  kind: 'sanction' as const,
  effect: 'name' as const,
  lists: ['defaulters'],
};

describe('consequences', { timeout: 30_000 }, () => {
  it('counts refused purchases, not people: the listed are refused each time they try', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [defaulting, flying],
        surveillance: court,
        ruleset: { lists: [defaulters], consequences: [noFlights], appeals: { enabled: false } },
      }),
    );
    sim.run(60);
    const refused = entriesOf(sim, 'refused');
    const people = new Set(refused.map((r) => r.id));
    expect(total(sim, 'flightRefusals')).toBe(refused.length);
    expect(refused.length).toBeGreaterThan(people.size);
    for (const { id, entry } of refused) {
      expect(entry.service).toBe('flight');
      const t = sim.dossier(id)!.timeline;
      const listedBefore = t.some((e) => e.type === 'listed' && e.day <= entry.day);
      expect(listedBefore).toBe(true);
    }
  });

  it('without joint punishment applies only the court’s own sanctions to lists, grade sanctions still', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [defaulting, flying],
        surveillance: court,
        ruleset: {
          jointPunishment: false,
          rules: [
            { id: 'fine', on: 'defaulting', points: -200, area: 'judicial', reason: 'Defaulting.' },
          ],
          lists: [defaulters],
          consequences: [
            noFlights,
            {
              id: 'named',
              label: 'Named by the court',
              kind: 'sanction',
              effect: 'name',
              agency: 'court',
              lists: ['defaulters'],
            },
            {
              id: 'slow',
              label: 'Slow internet',
              kind: 'sanction',
              effect: 'slow',
              agency: 'telecoms',
              grades: ['C', 'D'],
            },
          ],
        },
      }),
    );
    sim.run(60);
    expect(total(sim, 'flightRefusals')).toBe(0);
    const kinds = new Set(entriesOf(sim, 'sanction').map((e) => e.entry.consequence));
    expect(kinds).toEqual(new Set(['named', 'slow']));
  });

  it('spills over to children: school refusals through a parent, and families affected', () => {
    const sim = createSimulation(
      scenarioOf({
        town: { population: 800 },
        behaviours: [{ ...defaulting, rate: 0.01 }, schooling],
        surveillance: court,
        ruleset: {
          lists: [defaulters],
          appeals: { enabled: false },
          consequences: [
            {
              id: 'no_school',
              label: 'Refused by good schools',
              kind: 'sanction',
              effect: 'refuse',
              service: 'school',
              agency: 'education',
              lists: ['defaulters'],
              spillover: 'children',
            },
          ],
        },
      }),
    );
    sim.run(60);
    const refused = entriesOf(sim, 'refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(total(sim, 'schoolRefusals')).toBe(refused.length);
    for (const { id, entry } of refused) {
      expect(entry.via).toBeDefined();
      expect(sim.person(id)!.family).toContain(entry.via);
      expect(sim.dossier(entry.via!)!.timeline.some((e) => e.type === 'listed')).toBe(true);
      expect(sim.person(id)!.age).toBeLessThan(18);
    }
    expect(Math.max(...sim.metrics().familiesAffected)).toBeGreaterThan(0);
  });

  it('keeps a lingering sanction lingerDays after the listing ends', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [defaulting],
        surveillance: court,
        ruleset: {
          lists: [{ ...defaulters, durationDays: 5 }],
          appeals: { enabled: false },
          consequences: [{ ...named, lingerDays: 4 }],
        },
      }),
    );
    sim.run(60);
    const lifted = entriesOf(sim, 'sanctionLifted');
    expect(lifted.length).toBeGreaterThan(0);
    for (const { id, entry } of lifted)
      expect(entry.day).toBe(lastDayBefore(sim, id, 'delisted', entry.day) + 5);
  });

  it('suspends sanctions while an appeal is pending when told to', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [defaulting],
        surveillance: court,
        ruleset: {
          lists: [defaulters],
          consequences: [named],
          appeals: {
            fileRate: 1,
            capacityPerDay: 1,
            reviewDays: 20,
            grantIfWrong: 0,
            grantIfRight: 0,
            sincerityWeight: 0,
            sanctionsDuringReview: 'suspend',
          },
        },
      }),
    );
    const s = simulationState(sim);
    let checked = 0;
    const pending = (i: number) => s.lists[0].appeal[i] === 1 || s.lists[0].appeal[i] === 2;
    // Appeals are filed after the day's sanctions: check people whose appeal was pending all day.
    let before = new Uint8Array(s.people);
    for (let d = 0; d < 60; d++) {
      sim.step();
      const now = new Uint8Array(s.people);
      for (let i = 0; i < s.people; i++) {
        now[i] = pending(i) ? 1 : 0;
        if (before[i] && now[i]) {
          expect(s.consequences[0].inForce[i]).toBe(0);
          checked++;
        }
      }
      before = now;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives rewards by grade, counted when used', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [
          {
            id: 'heating',
            label: 'Paying for heating',
            kind: 'activity',
            rate: 0.05,
            place: 'home',
            service: 'energy',
          },
        ],
        surveillance: court,
        ruleset: {
          consequences: [
            {
              id: 'discount',
              label: '¥300 off heating',
              kind: 'reward',
              effect: 'discount',
              service: 'energy',
              grades: ['A'],
            },
          ],
        },
      }),
    );
    sim.run(20);
    expect(total(sim, 'rewardsGiven')).toBe(total(sim, 'acts_heating'));
    expect(entriesOf(sim, 'reward').length).toBe(total(sim, 'rewardsGiven'));
  });
});

describe('business purchases', { timeout: 30_000 }, () => {
  it('refuses a listed business’s loans through its owner', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [
          counterfeiting(0.05),
          {
            id: 'business_loan',
            label: 'Applying for a business loan',
            kind: 'activity',
            actor: 'business',
            rate: 0.1,
            place: 'financial',
            service: 'loan',
          },
        ],
        surveillance: inspectors,
        ruleset: {
          appeals: { enabled: false },
          lists: [badFirms],
          consequences: [
            {
              id: 'no_loans',
              label: 'Refused loans',
              kind: 'sanction',
              effect: 'refuse',
              service: 'loan',
              agency: 'banks',
              lists: ['bad_firms'],
            },
          ],
        },
      }),
    );
    sim.run(40);
    const refused = entriesOf(sim, 'refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(total(sim, 'refusals')).toBe(refused.length);
    for (const { id, entry } of refused) {
      expect(id.startsWith('b')).toBe(true);
      expect(entry.via).toBe(sim.business(id)!.owner);
    }
  });
});
