/**
 * Feed events and listings carry, as ids and flags, everything their sentences say: each event's
 * English sentence (src/text/feed.ts, worded from the fields alone) reads word for word as the
 * engine used to write it, and each listing's cause (src/text/report.ts, as the command line prints
 * it) names the record the listing cites.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../src/engine/index';
import type { DossierEntry, FeedEvent } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { words as english } from '../../src/text/en';
import { feedSentence } from '../../src/text/feed';
import { scenarioLabels } from '../../src/text/labels';
import { behaviourLabels, listingCause } from '../../src/text/report';

const DAYS = 200;

function run(file: string): { scenario: Scenario; sim: Simulation } {
  const loaded = loadScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const sim = createSimulation(loaded.scenario, loaded.scenario.seed, { dossiers: 'all' });
  sim.run(DAYS);
  return { scenario: loaded.scenario, sim };
}

const runs = [run('welcome.yaml'), run('journalist.yaml')];

/** The sentence the engine wrote before the words moved to src/text ('appeal granted' was 'appeal'). */
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
      return `${name} was taken off the ${list(event.list)} (${event.why === 'appeal' ? 'appeal granted' : event.why}).`;
    case 'refused': {
      const c = scenario.ruleset.consequences.find((x) => x.id === event.consequence);
      expect(c?.service).toBe(event.service);
      return `${name} was refused: ${c?.label}.`;
    }
    case 'appealFiled':
      return `${name} filed an appeal against the ${list(event.list)}.`;
    case 'appealDecided':
      return `${name}'s appeal against the ${list(event.list)} was ${event.granted ? 'granted' : 'refused'}${event.sincere ? '' : ' (judged insincere)'}.`;
    case 'recorded': {
      const source = scenario.surveillance.sources.find((x) => x.id === event.source)?.label;
      const district = scenario.town.districts.find((x) => x.id === event.district)?.name;
      return `${source} in ${district} recorded ${event.count} act${event.count === 1 ? '' : 's'}, the first filed under ${name}.`;
    }
  }
}

describe('feed events and listings as data', () => {
  it('word every feed event exactly as its fields say', () => {
    const seen = new Set<string>();
    for (const { scenario, sim } of runs) {
      const labels = scenarioLabels(scenario, 'en');
      for (const event of sim.feed()) {
        const name = sim.person(event.subject)?.name ?? sim.business(event.subject)?.name ?? '';
        expect(feedSentence(event, name, labels, english)).toBe(englishOf(event, scenario, sim));
        seen.add(event.kind === 'listed' && event.atStart ? 'listedAtStart' : event.kind);
      }
    }
    // Every kind of event, and a listing as the story begins, was checked at least once.
    expect([...seen].sort()).toEqual([
      'appealDecided',
      'appealFiled',
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
      const label = behaviourLabels(scenario);
      const subjects = new Set(sim.feed().map((event) => event.subject));
      for (const id of subjects) {
        const listings = (sim.dossier(id)?.timeline ?? []).filter(
          (e): e is Extract<DossierEntry, { type: 'listed' }> => e.type === 'listed',
        );
        for (const entry of listings) {
          const record = entry.record;
          if (record === undefined) {
            expect(listingCause(entry, label)).toBe('condition met');
            continue;
          }
          const behaviour = scenario.behaviours.find((b) => b.id === record.behaviour)?.label;
          expect(listingCause(entry, label)).toBe(
            entry.atStart
              ? `record #${record.number}: ${behaviour} (before the story begins)`
              : `record #${record.number}: ${behaviour} (${record.source}, day ${record.day}, basis ${record.basis})`,
          );
          cited++;
        }
      }
    }
    expect(cited).toBeGreaterThan(10);
  });
});
