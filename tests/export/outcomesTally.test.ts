/**
 * `run --people` keeps, for each person, only the counts their outcome reports ('outcomes' dossier
 * mode), not the entries and daily scores behind them, so its memory does not grow with the days;
 * the outcomes are the same as when every entry is kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { peopleOutcomes } from '../../src/export/peopleOutcomes';
import { loadScenario } from '../../src/scenario/load';

const SMALL = 'tests/fixtures/small-town.yaml';

describe("run --people's outcomes", () => {
  it('are the same counted as they happen as read from full dossiers, keeping no entries', () => {
    const loaded = loadScenario(readFileSync(SMALL, 'utf8'), SMALL);
    if (!loaded.ok) throw new Error('the small town fixture is valid');
    const full = createSimulation(loaded.scenario, 7, { dossiers: 'all' });
    const tallied = createSimulation(loaded.scenario, 7, {
      dossiers: 'all',
      dossierEntries: 'outcomes',
    });
    full.run(60);
    tallied.run(60);
    const expected = peopleOutcomes(full);
    expect(expected.some((o) => (o.timesListed ?? 0) > 0)).toBe(true);
    expect(expected.some((o) => (o.sanctionsApplied ?? 0) > 0)).toBe(true);
    expect(peopleOutcomes(tallied)).toEqual(expected);
    const store = simulationState(tallied).dossiers;
    for (let i = 0; i < tallied.peopleCount; i++) {
      expect(store.timeline(i)).toEqual([]);
      expect(store.scoreHistory(i)).toEqual([]);
    }
  });
});
