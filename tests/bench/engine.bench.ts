/**
 * `npm run bench`: times the engine on the reference town (the baseline rule set of
 * tests/engine/fixtures.ts), single thread, dossiers limited as the engine does by default for big
 * towns. Prints one JSON line per case; the 10,000 × 365 case comes last.
 * Targets: ≥ 2,000,000 agent-days/s at 10,000 people; < 400 MB heap at 100,000 people.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSimulation } from '../../src/engine/index';
import { referenceScenario } from '../engine/fixtures';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Memory the live simulation holds: V8 heap plus typed-array buffers (which live outside it), after a full GC. */
function heapMB(): number {
  collectGarbage();
  const m = process.memoryUsage();
  return Math.round(((m.heapUsed + m.arrayBuffers) / 1024 / 1024) * 10) / 10;
}

function bench(people: number, days: number): Record<string, number | string> {
  const scenario = referenceScenario(people, days);
  const t0 = performance.now();
  const sim = createSimulation(scenario, scenario.seed);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  sim.run(days);
  const cpuUsed = process.cpuUsage(cpu);
  const t2 = performance.now();
  const runSeconds = (t2 - t1) / 1000;
  // CPU time (all of the process's threads) tells the engine's cost apart from a busy machine's waits.
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  const summary = sim.summary();
  const heap = heapMB();
  return {
    bench: 'engine',
    people,
    days,
    agentDaysPerSec: Math.round((people * days) / runSeconds),
    heapMB: heap,
    setupMs: Math.round(t1 - t0),
    runMs: Math.round(t2 - t1),
    cpuAgentDaysPerSec: Math.round((people * days) / cpuSeconds),
    listed: summary.finalListed,
    harmfulActs: summary.totalHarmfulActs,
  };
}

// Warm the JIT on a small town so the timed runs measure steady-state speed. The 10,000-person town
// runs first (so its memory figure is not inflated by the big town's freed buffers) but prints last.
bench(2000, 60);
const reference = bench(10_000, 365);
console.log(JSON.stringify(bench(100_000, 100)));
console.log(JSON.stringify(reference));
