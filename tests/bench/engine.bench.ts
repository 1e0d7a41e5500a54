/**
 * `npm run bench`: times the engine on the reference town (the baseline rule set of
 * tests/engine/fixtures.ts), single thread, dossiers limited as the engine does by default for big
 * towns, against a bare loop in the same run: the same per-agent random streams as the engine
 * (every agent's LIFE and WATCH draws of every day, by the engine's own StreamBank), a points update
 * and a threshold check, and no rules. Prints a `bare` line, then an `engine` line with the town's
 * ratio to the bare loop, for 100,000 × 100 and then 10,000 × 365.
 * Targets: ≥ 7,500,000 agent-days/s at 10,000 × 365 and ≥ 9,000,000 at 100,000 × 100, a ratio to
 * the bare loop ≥ 0.5 (the ratio holds on a busy machine, the absolute figures do not), and heap
 * ≤ 120 MB at 100,000 people. The machine's load average is printed with each line.
 */
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSimulation } from '../../src/engine/index';
import { LIFE_DRAWS, StreamBank, streamKey, DRAW_ACT } from '../../src/engine/core/rng';
import { referenceScenario } from '../engine/fixtures';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Memory the live simulation holds: V8 heap plus typed-array buffers (which live outside it), after a full GC. */
function heapMB(): number {
  collectGarbage();
  const m = process.memoryUsage();
  return Math.round(((m.heapUsed + m.arrayBuffers) / 1024 / 1024) * 10) / 10;
}

const load = (): number => Math.round(loadavg()[0] * 100) / 100;

interface Timing {
  seconds: number;
  cpuSeconds: number;
}

/** Time `run` by the wall clock and by the CPU time of the process. */
function timed(run: () => void): Timing {
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/**
 * The bare loop: the reference town's agents draw their day from the engine's streams (LIFE_DRAWS
 * and 1 + sources WATCH draws each, seeded as the engine seeds them); each person's ACT draw then
 * moves a points column and a threshold counts who fell below. Returns how many fell (kept, so the
 * loop cannot be optimised away).
 */
function bareLoop(people: number, businesses: number, sources: number, seed: number, days: number) {
  const agents = people + businesses;
  const key = (stream: 'life' | 'watch') => (a: number) =>
    a < people ? streamKey(seed, 'p', a, stream) : streamKey(seed, 'b', a - people, stream);
  const life = new StreamBank(key('life'), agents, LIFE_DRAWS);
  const watch = new StreamBank(key('watch'), agents, 1 + sources);
  const points = new Float64Array(people).fill(1000);
  let below = 0;
  const timing = timed(() => {
    for (let d = 0; d < days; d++) {
      life.drawDay();
      watch.drawDay();
      const u = life.draws[DRAW_ACT];
      for (let i = 0; i < people; i++) {
        let v = points[i];
        if (u[i] < 0.01) v -= 5;
        else if (v < 1000) v += 0.05;
        points[i] = v;
        if (v < 990) below++;
      }
    }
  });
  return { timing, below };
}

function rate(people: number, days: number, seconds: number): number {
  return Math.round((people * days) / seconds);
}

function bench(people: number, days: number, print: boolean): void {
  const scenario = referenceScenario(people, days);
  const t0 = performance.now();
  const sim = createSimulation(scenario, scenario.seed);
  const setupMs = Math.round(performance.now() - t0);
  const sources = scenario.surveillance.sources.length;
  // The bare loop runs just before the town (on the same machine load); its agents are the town's.
  const bare = bareLoop(people, sim.businessCount, sources, scenario.seed, days);
  const bareLoad = load();
  const run = timed(() => sim.run(days));
  const summary = sim.summary();
  const heap = heapMB();
  if (!print) return;
  const bareRate = rate(people, days, bare.timing.seconds);
  const bareCpuRate = rate(people, days, bare.timing.cpuSeconds);
  const engineRate = rate(people, days, run.seconds);
  const engineCpuRate = rate(people, days, run.cpuSeconds);
  console.log(
    JSON.stringify({
      bench: 'bare',
      people,
      days,
      agentDaysPerSec: bareRate,
      cpuAgentDaysPerSec: bareCpuRate,
      runMs: Math.round(bare.timing.seconds * 1000),
      below: bare.below,
      load: bareLoad,
    }),
  );
  console.log(
    JSON.stringify({
      bench: 'engine',
      people,
      days,
      agentDaysPerSec: engineRate,
      ratioToBare: Math.round((engineRate / bareRate) * 1000) / 1000,
      cpuRatioToBare: Math.round((engineCpuRate / bareCpuRate) * 1000) / 1000,
      heapMB: heap,
      setupMs,
      runMs: Math.round(run.seconds * 1000),
      cpuAgentDaysPerSec: engineCpuRate,
      listed: summary.finalListed,
      harmfulActs: summary.totalHarmfulActs,
      load: load(),
    }),
  );
}

// Warm the JIT on a small town (and a small bare loop) so the timed runs measure steady-state speed.
bench(2000, 60, false);
bench(100_000, 100, true);
bench(10_000, 365, true);
