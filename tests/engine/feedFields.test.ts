/**
 * Feed events and listings carry, as ids and flags, everything their English text says, so the
 * interface can say it again in another language: rebuilding each English sentence from the
 * fields alone must give the engine's text back, word for word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../src/engine/index';
import type { DossierEntry, FeedEvent } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

const DAYS = 200;

function run(file: string): { scenario: Scenario; sim: Simulation } {
  const loaded = loadScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const sim = createSimulation(loaded.scenario, loaded.scenario.seed, { dossiers: 'all' });
  sim.run(DAYS);
  return { scenario: loaded.scenario, sim };
}

const runs = [run('welcome.yaml'), run('journalist.yaml')];

/** The engine's English sentence, rebuilt from the event's fields and the scenario's labels. */
function englishOf(event: FeedEvent, scenario: Scenario, sim: Simulation): string {
  const name = sim.person(event.subject)?.name ?? sim.business(event.subject)?.name;
  const list = (id: string) => scenario.ruleset.lists.find((l) => l.id === id)?.label;
  switch (event.kind) {
    case 'listed':
    case 'wrongfulListing':
      if (event.atStart) return `${name} is on the ${list(event.list)} as the story begins.`;
      return `${name} was put on the ${list(event.list)}${event.kind === 'wrongfulListing' ? ' without having done what it records' : ''}.`;
    case 'notice':
      return `${name} was warned of listing on the ${list(event.list)}.`;
    case 'delisted':
      return `${name} was taken off the ${list(event.list)} (${event.why}).`;
    case 'refused': {
      const c = scenario.ruleset.consequences.find((x) => x.id === event.consequence);
      expect(c?.service, event.text).toBe(event.service);
      return `${name} was refused: ${c?.label}.`;
    }
    case 'appealDecided':
      return `${name}'s appeal against the ${list(event.list)} was ${event.granted ? 'granted' : 'refused'}${event.sincere ? '' : ' (judged insincere)'}.`;
  }
}

describe('feed events and listings as data', () => {
  it('word every feed event exactly as its fields say', () => {
    const seen = new Set<string>();
    for (const { scenario, sim } of runs) {
      for (const event of sim.feed()) {
        expect(englishOf(event, scenario, sim)).toBe(event.text);
        seen.add(event.kind === 'listed' && event.atStart ? 'listedAtStart' : event.kind);
      }
    }
    // Every kind of event, and a listing as the story begins, was checked at least once.
    expect([...seen].sort()).toEqual([
      'appealDecided',
      'delisted',
      'listed',
      'listedAtStart',
      'notice',
      'refused',
      'wrongfulListing',
    ]);
  });

  it('cite the record behind each listing as its cause text names it', () => {
    let cited = 0;
    for (const { scenario, sim } of runs) {
      const subjects = new Set(sim.feed().map((event) => event.subject));
      for (const id of subjects) {
        const listings = (sim.dossier(id)?.timeline ?? []).filter(
          (e): e is Extract<DossierEntry, { type: 'listed' }> => e.type === 'listed',
        );
        for (const entry of listings) {
          const record = entry.record;
          if (record === undefined) {
            expect(entry.cause).toBe('condition met');
            continue;
          }
          const label = scenario.behaviours.find((b) => b.id === record.behaviour)?.label;
          expect(entry.cause).toBe(
            entry.atStart
              ? `record #${record.number}: ${label} (before the story begins)`
              : `record #${record.number}: ${label} (${record.source}, day ${record.day}, basis ${record.basis})`,
          );
          cited++;
        }
      }
    }
    expect(cited).toBeGreaterThan(10);
  });
});
