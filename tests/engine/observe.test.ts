import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { countRecords, RecordLog } from '../../src/engine/core/records';
import { entriesOf, littering, scenarioOf, total } from './fixtures';

describe('observe', { timeout: 30_000 }, () => {
  it('records nothing when no source covers anything', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: { sources: [{ id: 'cam', label: 'Cam', sees: ['street'], coverage: 0 }] },
      }),
    );
    sim.run(30);
    expect(total(sim, 'acts_littering')).toBeGreaterThan(0);
    expect(total(sim, 'records')).toBe(0);
  });

  it('records every watched act once, under its actor, with full coverage (even with two sources)', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: {
          sources: [
            { id: 'cam', label: 'Cam', sees: ['street'], coverage: 1 },
            { id: 'police', label: 'Police', sees: ['street'], coverage: 1 },
          ],
        },
      }),
    );
    sim.run(30);
    expect(total(sim, 'records')).toBe(total(sim, 'acts_littering'));
    for (const { id, entry } of entriesOf(sim, 'observed')) {
      expect(entry.basis).toBe('true');
      expect(entry.source).toBe('cam');
      const acts = sim.dossier(id)!.timeline.filter((e) => e.type === 'act' && e.day === entry.day);
      expect(acts.length).toBe(1);
    }
  });

  it('files records under a same-name person when misattributing, and keeps the real actor', () => {
    const sim = createSimulation(
      scenarioOf({
        town: { population: 300, names: { surnames: 1, givenNames: 1 } },
        behaviours: [littering],
        surveillance: {
          sources: [{ id: 'cam', label: 'Cam', sees: ['street'], coverage: 1, misattribution: 1 }],
        },
      }),
    );
    sim.run(20);
    const observed = entriesOf(sim, 'observed');
    expect(observed.length).toBeGreaterThan(0);
    expect(total(sim, 'misattributedRecords')).toBe(observed.length);
    for (const { id, entry } of observed) {
      expect(entry.basis).toBe('misattributed');
      expect(entry.actualActor).toBeDefined();
      expect(entry.actualActor).not.toBe(id);
      expect(sim.person(entry.actualActor!)!.name).toBe(sim.person(id)!.name);
      const truth = sim.dossier(entry.actualActor!)!.timeline;
      expect(
        truth.some((e) => e.type === 'act' && e.day === entry.day && e.behaviour === 'littering'),
      ).toBe(true);
    }
  });

  it('files false reports of acts that never happened, at about the stated rate', () => {
    const sim = createSimulation(
      scenarioOf({
        town: { population: 1000 },
        behaviours: [{ ...littering, rate: 0 }],
        surveillance: {
          sources: [
            {
              id: 'informant',
              label: 'Informant',
              sees: ['street'],
              coverage: 0.5,
              falseReports: 0.005,
            },
          ],
        },
      }),
    );
    sim.run(40);
    const falseRecords = total(sim, 'falseRecords');
    expect(total(sim, 'acts_littering')).toBe(0);
    expect(falseRecords).toBe(total(sim, 'records'));
    expect(falseRecords / (1000 * 40)).toBeGreaterThan(0.0035);
    expect(falseRecords / (1000 * 40)).toBeLessThan(0.0065);
    for (const { entry } of entriesOf(sim, 'observed')) {
      expect(entry.basis).toBe('false');
      expect(entry.actualActor).toBeUndefined();
    }
  });

  it('multiplies coverage by the district’s cameras when told to', () => {
    const sim = createSimulation(
      scenarioOf({
        town: {
          population: 600,
          districts: [
            { id: 'dark', name: 'Dark', share: 50, coverage: 0 },
            { id: 'lit', name: 'Lit', share: 50, coverage: 1 },
          ],
        },
        behaviours: [littering],
        surveillance: {
          sources: [
            { id: 'cam', label: 'Cam', sees: ['street'], coverage: 1, useDistrictCoverage: true },
          ],
        },
      }),
    );
    sim.run(30);
    const observed = entriesOf(sim, 'observed');
    expect(observed.length).toBeGreaterThan(0);
    for (const { id } of observed) expect(sim.person(id)!.district).toBe('lit');
    const darkActs = entriesOf(sim, 'act').filter(({ id }) => sim.person(id)!.district === 'dark');
    expect(darkActs.length).toBeGreaterThan(0);
  });

  it('sees only the places a source watches', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [
          littering,
          {
            id: 'posting',
            label: 'Posting',
            kind: 'speech',
            rate: 0.05,
            place: 'online',
            minAge: 0,
          },
        ],
        surveillance: { sources: [{ id: 'cam', label: 'Cam', sees: ['street'], coverage: 1 }] },
      }),
    );
    sim.run(20);
    expect(total(sim, 'acts_posting')).toBeGreaterThan(0);
    expect(total(sim, 'records_posting')).toBe(0);
  });

  it('keeps the day’s records as the tail of the log', () => {
    const sim = createSimulation(
      scenarioOf({
        behaviours: [littering],
        surveillance: { sources: [{ id: 'cam', label: 'Cam', sees: ['street'], coverage: 1 }] },
      }),
    );
    const s = simulationState(sim);
    sim.run(5);
    for (let r = s.records.dayStart; r < s.records.length; r++) expect(s.records.day[r]).toBe(5);
    expect(s.records.length - s.records.dayStart).toBe(sim.metrics().records[4]);
  });
});

describe('record log', { timeout: 30_000 }, () => {
  it('counts a subject’s records by window, dropping what the source no longer keeps', () => {
    const log = new RecordLog(3);
    for (const day of [1, 50, 80, 95, 99]) log.add(day, 1, 0, 0, 0, 1);
    log.add(99, 1, 1, 0, 0, 1);
    log.add(99, 2, 0, 0, 0, 2);
    const mask = Uint8Array.of(1, 0);
    const out = { count30: 0, count365: 0, total: 0 };
    countRecords(log, 1, mask, 100, Int32Array.of(1000), out);
    expect(out).toEqual({ count30: 3, count365: 5, total: 5 });
    countRecords(log, 1, mask, 100, Int32Array.of(40), out);
    expect(out).toEqual({ count30: 3, count365: 3, total: 3 });
    countRecords(log, 0, mask, 100, Int32Array.of(1000), out);
    expect(out.total).toBe(0);
  });

  it('grows past its first capacity', () => {
    const log = new RecordLog(1);
    for (let k = 0; k < 5000; k++) log.add(k, 0, 0, 0, 0, 0);
    expect(log.length).toBe(5000);
    expect(log.day[4999]).toBe(4999);
    expect(log.previous[4999]).toBe(4998);
  });
});
