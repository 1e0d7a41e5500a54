/**
 * Prints, as JSON on stdout, the per-day metrics of a scenario run in Node: the reference side of
 * the browser determinism test (determinism.spec.ts).
 * Usage: tsx tests/e2e/support/nodeMetrics.ts FILE SEED DAYS
 */
import { readFileSync } from 'node:fs';
import { createSimulation } from '../../../src/engine/index';
import { loadScenario } from '../../../src/scenario/load';

const [file, seed, days] = process.argv.slice(2);
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} did not load`);
const sim = createSimulation(loaded.scenario, Number(seed));
sim.run(Number(days));
process.stdout.write(JSON.stringify(sim.metrics()));
