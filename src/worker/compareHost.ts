/**
 * The compare worker's logic, apart from the `self.onmessage` wiring so Node tests can drive it.
 * It reads both sides, puts B on A's town when their towns differ, runs them with the engine's
 * comparison (src/engine/compare/compare.ts) and keeps the two runs of the last comparison so the UI can
 * open both dossiers of anyone whose fate differs.
 */
import {
  compareRuns,
  compareSimulations,
  sameWorld,
  withRuleset,
  withVariant,
} from '../engine/compare/compare';
import { createSimulation } from '../engine/index';
import type { Simulation } from '../engine/types';
import { crossCheckScenario } from '../scenario/crossChecks';
import { expressionFindings } from '../scenario/expressionChecks';
import { scenarioHash } from '../scenario/hash';
import { formatPath, type Issue } from '../scenario/issue';
import { loadScenario } from '../scenario/load';
import { loadRulesFor } from '../scenario/ruleset';
import type { Scenario } from '../scenario/schema';
import type {
  BRunAs,
  CompareJob,
  CompareRequest,
  CompareResponse,
  CompareSide,
} from './compareProtocol';

/** How often a run reports progress. */
const PROGRESS_EVERY_MS = 100;

export interface CompareHost {
  handle(request: CompareRequest): void;
}

type Sides = { a: Scenario; b: Scenario; bRunAs: BRunAs };
type Invalid = { side: 'a' | 'b'; fileName: string; errors: Issue[] };

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

  const compare = (id: number, job: CompareJob) => {
    const started = now();
    const sides = readSides(job);
    if ('errors' in sides) {
      post({ kind: 'invalid', id, ...sides });
      return;
    }
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

  const acrossSeeds = (id: number, job: CompareJob, seeds: number) => {
    const started = now();
    const sides = readSides(job);
    if ('errors' in sides) {
      post({ kind: 'invalid', id, ...sides });
      return;
    }
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
            const loaded = loadOnce(request.side.text, request.side.fileName);
            if (loaded.ok)
              createSimulation(loaded.scenario, 1, { dossiers: 'all' }).run(request.days);
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

/** Both sides as scenarios on A's town, or the problems of the side that cannot run. */
export function readSides(job: CompareJob): Sides | Invalid {
  const a = readSide(job.a, 'a');
  if ('errors' in a) return a;
  const b = readSide(job.b, 'b');
  if ('errors' in b) return b;
  if (sameWorld(a, b)) return { a, b, bRunAs: 'same-town' };
  if (job.b.variant === undefined) {
    // A rules-only file, or a scenario with another town: its rules, checked against A's town.
    const rules = loadRulesFor(a, job.b.text, job.b.fileName);
    if (!rules.ok) return { side: 'b', fileName: job.b.fileName, errors: rules.errors };
    return { a, b: rules.scenario, bRunAs: 'rules-on-a-town' };
  }
  const onTown = withRuleset(a, b.ruleset);
  const errors = [...crossCheckScenario(onTown), ...expressionFindings(onTown)]
    .filter((f) => f.severity === 'error' && f.path[0] === 'ruleset')
    .map((f) => ({
      file: job.b.fileName,
      line: 1,
      column: 1,
      path: `variants.${job.b.variant}.${formatPath(f.path)}`,
      message: f.message,
    }));
  if (errors.length > 0) return { side: 'b', fileName: job.b.fileName, errors };
  return { a, b: onTown, bRunAs: 'rules-on-a-town' };
}

/** Recently read texts: a comparison run again after an edit reads the unchanged side once. */
const recentlyLoaded = new Map<string, ReturnType<typeof loadScenario>>();
const RECENT_LIMIT = 4;

function loadOnce(text: string, fileName: string): ReturnType<typeof loadScenario> {
  const key = `${fileName}\u0000${text}`;
  const known = recentlyLoaded.get(key);
  if (known !== undefined) return known;
  const loaded = loadScenario(text, fileName);
  recentlyLoaded.set(key, loaded);
  if (recentlyLoaded.size > RECENT_LIMIT) {
    recentlyLoaded.delete(recentlyLoaded.keys().next().value as string);
  }
  return loaded;
}

function readSide(side: CompareSide, name: 'a' | 'b'): Scenario | Invalid {
  const loaded = loadOnce(side.text, side.fileName);
  if (!loaded.ok) return { side: name, fileName: side.fileName, errors: loaded.errors };
  if (side.variant === undefined) return loaded.scenario;
  const scenario = withVariant(loaded.scenario, side.variant);
  if (scenario !== undefined) return scenario;
  return {
    side: name,
    fileName: side.fileName,
    errors: [
      {
        file: side.fileName,
        line: 1,
        column: 1,
        path: 'variants',
        message: `expected a variant called "${side.variant}", found none`,
      },
    ],
  };
}
