/**
 * `npm run bench:compare`: times a comparison of the default town (scenarios/welcome.yaml, about
 * 2,000 people) with its own variant over 365 days — both runs with every dossier recorded, the
 * figures, and every person's first divergence — as the game's worker and `sim compare` do it.
 * Prints one JSON line. Target: under 250 ms (`ms`, the median of the timed repetitions; issue
 * 14); `seeds5Ms` is the same comparison across 5 seeds, once.
 */
import { readFileSync } from 'node:fs';
import { compareRuns, withVariant } from '../../src/engine/compare/compare';
import { loadScenario } from '../../src/scenario/load';

const FILE = 'scenarios/welcome.yaml';
const DAYS = 365;
const REPEATS = 3;
const TARGET_MS = 250;

const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE);
if (!loaded.ok) throw new Error(`${FILE} does not load`);
const a = loaded.scenario;
const variant = a.variants[0];
const b = withVariant(a, variant.id);
if (!b) throw new Error(`${FILE} has no variant`);

function timeOnce(seeds = 1): { ms: number; differences: number; changed: number } {
  const start = performance.now();
  const c = compareRuns(a, b as typeof a, { seed: a.seed, days: DAYS, seeds });
  return {
    ms: performance.now() - start,
    differences: c.differences.length,
    changed: c.counts.agentsChanged,
  };
}

// One untimed comparison warms the JIT, so the figure is the steady-state cost a user sees.
timeOnce();
const times: number[] = [];
let last = timeOnce();
times.push(last.ms);
for (let k = 1; k < REPEATS; k++) {
  last = timeOnce();
  times.push(last.ms);
}
times.sort((x, y) => x - y);
const median = times[Math.floor(times.length / 2)];
const fiveSeeds = timeOnce(5);
console.log(
  JSON.stringify({
    bench: 'compare',
    scenario: a.id,
    variant: variant.id,
    people: a.town.population,
    days: DAYS,
    ms: Math.round(median),
    minMs: Math.round(times[0]),
    maxMs: Math.round(times[times.length - 1]),
    targetMs: TARGET_MS,
    withinTarget: median < TARGET_MS,
    seeds5Ms: Math.round(fiveSeeds.ms),
    personDifferences: last.differences,
    agentsChanged: last.changed,
  }),
);
