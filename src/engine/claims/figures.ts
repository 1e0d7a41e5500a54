/**
 * Figures of runs across seeds: what claims (and predictions' answer keys) are tested on. One run
 * per seed; each figure is a metric expression read at the end of the run or on its own day.
 * Runs anywhere the engine runs (Node, a test, a browser worker): no threads here; the command line
 * spreads `figuresOfRun` over worker threads itself.
 */
import {
  checkMetricNames,
  evaluateMetricExpression,
  parseMetricExpression,
  type MetricExpr,
} from '../../scenario/claims/metricExpression';
import {
  claimSeeds,
  figureStats,
  judgeClaim,
  type ClaimVerdict,
  type FigureStats,
} from '../../scenario/claims/claimStats';
import { closestMatch } from '../../scenario/suggest';
import type { Scenario } from '../../scenario/schema';
import { createSimulation } from '../index';

/** A figure to read from each run: a metric expression, at the end of the run or on `day`. */
export interface FigureRequest {
  id: string;
  metric: string;
  day?: number;
}

/** A figure whose expression does not parse or names a metric the scenario does not have. */
export class FigureError extends Error {
  constructor(
    readonly figure: string,
    readonly problem: string,
    readonly offset: number,
  ) {
    super(`${figure}: ${problem}`);
    this.name = 'FigureError';
  }
}

/** The values of every requested figure in one run of `scenario` on `seed`, by figure id. */
export function figuresOfRun(
  scenario: Scenario,
  seed: number,
  requests: readonly FigureRequest[],
): Record<string, number> {
  const sim = createSimulation(scenario, seed, { dossiers: 'none' });
  const parsed = parseFigures(requests, sim.metricNames());
  sim.run(Math.max(0, ...requests.map((r) => r.day ?? scenario.days)));
  const series = sim.metrics();
  const out: Record<string, number> = {};
  requests.forEach((r, k) => {
    out[r.id] = evaluateMetricExpression(parsed[k], {
      series,
      day: r.day ?? scenario.days,
      people: sim.peopleCount,
      businesses: sim.businessCount,
    });
  });
  return out;
}

/** Each figure's median, range and values over `seeds`; `onProgress` hears runs finished. */
export function figuresAcrossSeeds(
  scenario: Scenario,
  requests: readonly FigureRequest[],
  seeds: readonly number[],
  onProgress?: (done: number, total: number) => void,
): Record<string, FigureStats> {
  const runs = seeds.map((seed, k) => {
    const values = figuresOfRun(scenario, seed, requests);
    onProgress?.(k + 1, seeds.length);
    return values;
  });
  return statsOfRuns(requests, seeds, runs);
}

/** Gathers per-run figure values (in seed order) into each figure's stats. */
export function statsOfRuns(
  requests: readonly FigureRequest[],
  seeds: readonly number[],
  runs: readonly Record<string, number>[],
): Record<string, FigureStats> {
  const out: Record<string, FigureStats> = {};
  for (const r of requests)
    out[r.id] = figureStats(
      seeds,
      runs.map((run) => run[r.id]),
    );
  return out;
}

/**
 * The seeds a scenario's claims need (its own seed onwards, as many as the claim that asks for
 * most, or `seedsOverride` for every claim).
 */
export function claimRunSeeds(scenario: Scenario, seedsOverride?: number): number[] {
  const most = Math.max(0, ...(scenario.claims ?? []).map((c) => seedsOverride ?? c.seeds));
  return claimSeeds(scenario.seed, most);
}

/** The scenario's claims as figure requests. */
export function claimRequests(scenario: Scenario): FigureRequest[] {
  return (scenario.claims ?? []).map((c) => ({ id: c.id, metric: c.metric, day: c.day }));
}

/**
 * Judges every claim from the runs on `claimRunSeeds(scenario, seedsOverride)` (values by claim
 * id, one record per seed, in order): each claim over its own first `seeds` runs.
 */
export function judgeClaims(
  scenario: Scenario,
  runs: readonly Record<string, number>[],
  seedsOverride?: number,
): ClaimVerdict[] {
  const seeds = claimRunSeeds(scenario, seedsOverride);
  return (scenario.claims ?? []).map((claim) => {
    const n = seedsOverride ?? claim.seeds;
    const values = runs.slice(0, n).map((run) => run[claim.id]);
    return judgeClaim(claim, figureStats(seeds.slice(0, n), values));
  });
}

/** Runs and judges every claim of a scenario in this thread (tests, a browser worker). */
export function checkClaims(
  scenario: Scenario,
  seedsOverride?: number,
  onProgress?: (done: number, total: number) => void,
): ClaimVerdict[] {
  const seeds = claimRunSeeds(scenario, seedsOverride);
  const requests = claimRequests(scenario);
  const runs = seeds.map((seed, k) => {
    const values = figuresOfRun(scenario, seed, requests);
    onProgress?.(k + 1, seeds.length);
    return values;
  });
  return judgeClaims(scenario, runs, seedsOverride);
}

/** Each figure whose expression does not parse or names an unknown metric, with the character. */
export function figureProblems(
  scenario: Scenario,
  requests: readonly FigureRequest[],
): { figure: string; index: number; message: string; offset: number }[] {
  const names = createSimulation(scenario, scenario.seed, { dossiers: 'none' }).metricNames();
  return requests.flatMap((r, index) => {
    const parsed = parseMetricExpression(r.metric);
    const problems = parsed.ok
      ? checkMetricNames(parsed.expr, names, closestMatch)
      : [parsed.problem];
    return problems.map((p) => ({ figure: r.id, index, ...p }));
  });
}

function parseFigures(requests: readonly FigureRequest[], metricNames: string[]): MetricExpr[] {
  return requests.map((r) => {
    const parsed = parseMetricExpression(r.metric);
    if (!parsed.ok) throw new FigureError(r.id, parsed.problem.message, parsed.problem.offset);
    const [problem] = checkMetricNames(parsed.expr, metricNames, closestMatch);
    if (problem) throw new FigureError(r.id, problem.message, problem.offset);
    return parsed.expr;
  });
}
