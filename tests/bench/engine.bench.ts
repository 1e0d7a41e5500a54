/**
 * `npm run bench`: times the engine on the reference town (the baseline rule set of
 * tests/engine/fixtures.ts), single thread, dossiers limited as the engine does by default for big
 * towns, against a bare loop in the same run: the same per-agent random streams as the engine
 * (every agent's LIFE and WATCH draws of every day, by the engine's own StreamBank), a points update
 * and a threshold check, and no rules. Prints a `bare` line, then an `engine` line with the town's
 * ratio to the bare loop, for 100,000 × 100 and then 10,000 × 365. Each size is timed in SAMPLES
 * alternating pairs (bare, town) after an untimed pair, and the lines give the medians.
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

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Pairs timed at each town size: bare loop then town, alternating, each on fresh streams and a fresh town. */
const SAMPLES = 3;

interface Sample {
  bare: Timing;
  below: number;
  bareLoad: number;
  run: Timing;
  setupMs: number;
  heapMB: number;
  listed: number;
  harmfulActs: number;
  load: number;
}

/** One bare loop, then one run of a fresh reference town, on the same machine load. */
function sample(people: number, days: number): Sample {
  const scenario = referenceScenario(people, days);
  const t0 = performance.now();
  const sim = createSimulation(scenario, scenario.seed);
  const setupMs = Math.round(performance.now() - t0);
  const sources = scenario.surveillance.sources.length;
  const bare = bareLoop(people, sim.businessCount, sources, scenario.seed, days);
  const bareLoad = load();
  const run = timed(() => sim.run(days));
  const summary = sim.summary();
  return {
    bare: bare.timing,
    below: bare.below,
    bareLoad,
    run,
    setupMs,
    heapMB: heapMB(),
    listed: summary.finalListed,
    harmfulActs: summary.totalHarmfulActs,
    load: load(),
  };
}

/**
 * Time one town size: a first pair untimed, then SAMPLES pairs; prints the medians. The untimed
 * pair runs the size's own code paths: after a warm-up on a small town only, V8 still met paths
 * it had no type feedback for during the first timed run and deoptimised the act loop and a
 * dozen other functions there (node --trace-deopt), which is start-up cost, not a cost per
 * agent-day. A pair's ratio is the bare loop's time over the town's; `ratioToBare` is the median
 * of the pairs' ratios (each pair ran at one machine load) and `ratios` lists them, so the spread
 * of a noisy machine shows.
 */
function bench(people: number, days: number): void {
  sample(people, days);
  const samples = Array.from({ length: SAMPLES }, () => sample(people, days));
  const bareRate = median(samples.map((x) => rate(people, days, x.bare.seconds)));
  const engineRate = median(samples.map((x) => rate(people, days, x.run.seconds)));
  const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
  const ratios = samples.map((x) => ratio(x.bare.seconds, x.run.seconds));
  const cpuRatios = samples.map((x) => ratio(x.bare.cpuSeconds, x.run.cpuSeconds));
  const last = samples[samples.length - 1];
  console.log(
    JSON.stringify({
      bench: 'bare',
      people,
      days,
      samples: SAMPLES,
      agentDaysPerSec: bareRate,
      cpuAgentDaysPerSec: median(samples.map((x) => rate(people, days, x.bare.cpuSeconds))),
      runMs: median(samples.map((x) => Math.round(x.bare.seconds * 1000))),
      below: last.below,
      load: last.bareLoad,
    }),
  );
  console.log(
    JSON.stringify({
      bench: 'engine',
      people,
      days,
      samples: SAMPLES,
      agentDaysPerSec: engineRate,
      ratioToBare: median(ratios),
      ratios,
      cpuRatioToBare: median(cpuRatios),
      heapMB: Math.max(...samples.map((x) => x.heapMB)),
      setupMs: median(samples.map((x) => x.setupMs)),
      runMs: median(samples.map((x) => Math.round(x.run.seconds * 1000))),
      cpuAgentDaysPerSec: median(samples.map((x) => rate(people, days, x.run.cpuSeconds))),
      listed: last.listed,
      harmfulActs: last.harmfulActs,
      load: last.load,
    }),
  );
}

// Warm the JIT on a small town first, then each size warms on itself (bench's untimed pair).
sample(2000, 60);
bench(100_000, 100);
bench(10_000, 365);
