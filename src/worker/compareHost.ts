/**
 * The compare worker's logic, apart from the `self.onmessage` wiring so Node tests can drive it.
 * It runs both sides (read and checked on the page, compareSides.ts, with B already on A's town
 * when their towns differ) with the engine's comparison (src/engine/compare/compare.ts) and keeps
 * the two runs of the last comparison so the UI can open both dossiers of anyone whose fate differs.
 */
import { compareRuns, compareSimulations } from '../engine/compare/compare';
import { createSimulation } from '../engine/index';
import type { Simulation } from '../engine/types';
import { scenarioHash } from '../scenario/hash';
import type { Scenario } from '../scenario/schema';
import type { CompareResponse, CompareWorkerRequest, ReadJob } from './compareProtocol';

/** How often a run reports progress. */
const PROGRESS_EVERY_MS = 100;

export interface CompareHost {
  handle(request: CompareWorkerRequest): void;
}

/** Creates the host; `post` answers the UI, `now` reads a monotonic clock in ms. */
export function createCompareHost(
  post: (response: CompareResponse) => void,
  now: () => number,
): CompareHost {
  let kept: { a: Simulation; b: Simulation } | null = null;
  /**
   * The runs of the last comparison by what they ran (scenario hash, seed, days). Runs are
   * deterministic, so after an edit to B only B runs again: A is the same run it was.
   */
  let runs = new Map<string, Simulation>();

  const compare = (id: number, job: ReadJob) => {
    const started = now();
    const sides = job;
    kept = null;
    const keyOf = (scenario: Scenario) => `${scenarioHash(scenario)}|${job.seed}|${job.days}`;
    const keys = { a: keyOf(sides.a), b: keyOf(sides.b) };
    const reused = new Map<string, Simulation>();
    for (const key of [keys.a, keys.b]) {
      const run = runs.get(key);
      if (run !== undefined) reused.set(key, run);
    }
    runs = reused;
    const toRun = [...new Set([keys.a, keys.b])].filter((key) => !runs.has(key));
    let lastReport = now();
    toRun.forEach((key, k) => {
      const sim = createSimulation(key === keys.a ? sides.a : sides.b, job.seed, {
        dossiers: 'all',
      });
      while (sim.day < job.days) {
        sim.step();
        if (now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now();
          post({
            kind: 'progress',
            id,
            done: k * job.days + sim.day,
            total: toRun.length * job.days,
          });
        }
      }
      runs.set(key, sim);
    });
    const simA = runs.get(keys.a) as Simulation;
    const simB = runs.get(keys.b) as Simulation;
    const comparison = compareSimulations(simA, simB);
    kept = { a: simA, b: simB };
    post({
      kind: 'compared',
      id,
      comparison,
      scenarios: { a: sides.a, b: sides.b },
      bRunAs: sides.bRunAs,
      ms: now() - started,
    });
  };

  const acrossSeeds = (id: number, job: ReadJob, seeds: number) => {
    const started = now();
    const sides = job;
    const comparison = compareRuns(sides.a, sides.b, {
      seed: job.seed,
      days: job.days,
      seeds,
      onProgress: (done, total) => post({ kind: 'progress', id, done, total }),
    });
    post({ kind: 'acrossSeeds', id, comparison, bRunAs: sides.bRunAs, ms: now() - started });
  };

  return {
    handle(request) {
      try {
        switch (request.kind) {
          case 'compare':
            compare(request.id, request.job);
            return;
          case 'acrossSeeds':
            acrossSeeds(request.id, request.job, request.seeds);
            return;
          case 'warm': {
            if (request.scenario !== null) {
              createSimulation(request.scenario, 1, { dossiers: 'all' }).run(request.days);
            }
            post({ kind: 'warmed', id: request.id });
            return;
          }
          case 'dossier': {
            const sim = kept?.[request.side];
            post({ kind: 'dossier', id: request.id, dossier: sim?.dossier(request.agent) ?? null });
            return;
          }
        }
      } catch (error) {
        post({
          kind: 'failed',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
