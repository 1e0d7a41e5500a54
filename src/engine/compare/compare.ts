/**
 * Compare two rule sets on one town and one seed (common random numbers: the same people draw the
 * same numbers, so every difference is caused by the rules), and across several seeds.
 * Pure and deterministic; the result is plain data (structured-clone safe), so the browser's
 * Worker can call `compareRuns` and post the result unchanged.
 */
import { comparePeople, DIFFERENCE_COUNT_KEYS } from './people';
import type { DifferenceCounts, PersonDifference } from './people';
import { spreadOf, type Spread } from './stats';
import { createSimulation } from '../index';
import type { MetricSeries, Scenario, Simulation } from '../types';
import type { RuleSet } from '../../scenario/schema';

export type { Divergence, DivergenceKind } from './divergence';
export { COMPARED_SERVICES, DIFFERENCE_COUNT_KEYS } from './people';
export type { DifferenceCounts, PersonDifference } from './people';
export type { Spread } from './stats';

export interface CompareOptions {
  /** The first seed; seed + 1, … follow when `seeds` > 1. */
  seed: number;
  days: number;
  /** How many seeds to repeat the comparison over (default 1). */
  seeds?: number;
  /** Let B's town, behaviours or surveillance differ from A's (then the people differ too). */
  allowDifferentTown?: boolean;
  /** Called after each run (two per seed) with the runs done and the runs in all. */
  onProgress?: (done: number, total: number) => void;
}

/** One summary figure (a total of a flow or the final value of a stock) under A, B and B − A. */
export interface MetricComparison {
  name: string;
  /** null when this run has no such metric (e.g. a grade or list only the other rule set defines). */
  a: number | null;
  b: number | null;
  diff: number | null;
}

/** One summary figure's spread over the seeds, under A, under B, and of B − A. */
export interface MetricSpread {
  name: string;
  a: Spread | null;
  b: Spread | null;
  diff: Spread | null;
}

export interface SeedComparison {
  seed: number;
  summary: MetricComparison[];
  counts: DifferenceCounts;
}

export interface Comparison {
  a: { id: string; title: string };
  b: { id: string; title: string };
  seeds: number[];
  days: number;
  people: number;
  businesses: number;
  /** Every metric of either run: A's in display order, then those only B has. */
  metricNames: string[];
  /** Per-day series (index 0 = day 1) on the first seed; `diff` = B − A where both have it. */
  daily: { a: MetricSeries; b: MetricSeries; diff: MetricSeries };
  /** Summary figures on the first seed. */
  summary: MetricComparison[];
  /** Person-level differences on the first seed, with their deciding causes. */
  differences: PersonDifference[];
  counts: DifferenceCounts;
  /** Each seed's summary and counts, first seed first. */
  perSeed: SeedComparison[];
  /** Mean, sd, min and max over the seeds of every summary figure and count. */
  acrossSeeds: {
    summary: MetricSpread[];
    counts: { name: string; spread: Spread }[];
  };
}

/** Summary entries that describe the run rather than measure it. */
const RUN_FACTS = new Set(['seed', 'days', 'people', 'businesses', 'scale']);

/** The scenario with another rule set: "another scenario's rules on this town". */
export function withRuleset(scenario: Scenario, ruleset: RuleSet): Scenario {
  return { ...scenario, ruleset };
}

/** The scenario with one of its own variants' rule sets, or undefined when it has no such variant. */
export function withVariant(scenario: Scenario, variantId: string): Scenario | undefined {
  const variant = scenario.variants.find((v) => v.id === variantId);
  return variant && withRuleset(scenario, variant.ruleset);
}

/** True when both scenarios build the same town with the same behaviours and surveillance. */
export function sameWorld(a: Scenario, b: Scenario): boolean {
  return (
    deepEqual(a.town, b.town) &&
    deepEqual(a.behaviours, b.behaviours) &&
    deepEqual(a.surveillance, b.surveillance)
  );
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const keysX = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
  const keysY = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
  if (keysX.length !== keysY.length) return false;
  return keysX.every((k) =>
    deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]),
  );
}

/** Runs A and B on each seed and compares them. Throws if B's town differs and that is not allowed. */
export function compareRuns(a: Scenario, b: Scenario, options: CompareOptions): Comparison {
  const count = options.seeds ?? 1;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`seeds must be a whole number of at least 1, found ${count}`);
  if (!Number.isInteger(options.days) || options.days < 1)
    throw new RangeError(`days must be a whole number of at least 1, found ${options.days}`);
  if (!options.allowDifferentTown && !sameWorld(a, b))
    throw new Error(
      `scenarios "${a.id}" and "${b.id}" build different towns (town, behaviours or surveillance differ): ` +
        `compare withRuleset(a, b.ruleset) to run B's rules on A's town, or set allowDifferentTown`,
    );
  let first: Comparison | undefined;
  const perSeed: SeedComparison[] = [];
  for (let k = 0; k < count; k++) {
    const seed = options.seed + k;
    const simA = createSimulation(a, seed, { dossiers: 'all' });
    const simB = createSimulation(b, seed, { dossiers: 'all' });
    simA.run(options.days);
    options.onProgress?.(2 * k + 1, 2 * count);
    simB.run(options.days);
    options.onProgress?.(2 * k + 2, 2 * count);
    const comparison = compareSimulations(simA, simB);
    first ??= comparison;
    perSeed.push(comparison.perSeed[0]);
  }
  const result = first as Comparison;
  return {
    ...result,
    seeds: perSeed.map((s) => s.seed),
    perSeed,
    acrossSeeds: spreadsOver(perSeed),
  };
}

/**
 * Compares two simulations already run for the same days on the same seed (a caller that keeps
 * them, like the game's worker, can then open both dossiers of any person listed here).
 */
export function compareSimulations(a: Simulation, b: Simulation): Comparison {
  if (a.day !== b.day) throw new Error(`runs of different lengths: A ${a.day} days, B ${b.day}`);
  const metricsA = a.metrics();
  const metricsB = b.metrics();
  const metricNames = union(a.metricNames(), b.metricNames());
  const diff: MetricSeries = {};
  for (const name of metricNames) {
    const x = metricsA[name];
    const y = metricsB[name];
    if (x && y) diff[name] = y.map((v, d) => v - x[d]);
  }
  const summary = compareSummaries(a.summary(), b.summary());
  const people = comparePeople(a, b);
  const seedComparison: SeedComparison = { seed: a.seed, summary, counts: people.counts };
  const perSeed = [seedComparison];
  return {
    a: { id: a.scenario.id, title: a.scenario.title },
    b: { id: b.scenario.id, title: b.scenario.title },
    seeds: [a.seed],
    days: a.day,
    people: a.peopleCount,
    businesses: a.businessCount,
    metricNames,
    daily: { a: metricsA, b: metricsB, diff },
    summary,
    differences: people.differences,
    counts: people.counts,
    perSeed,
    acrossSeeds: spreadsOver(perSeed),
  };
}

function compareSummaries(
  a: Record<string, number>,
  b: Record<string, number>,
): MetricComparison[] {
  return union(Object.keys(a), Object.keys(b))
    .filter((name) => !RUN_FACTS.has(name))
    .map((name) => {
      const x = name in a ? a[name] : null;
      const y = name in b ? b[name] : null;
      return { name, a: x, b: y, diff: x !== null && y !== null ? y - x : null };
    });
}

function spreadsOver(perSeed: SeedComparison[]): Comparison['acrossSeeds'] {
  const summary = perSeed[0].summary.map((m, i): MetricSpread => {
    const side = (pick: (c: MetricComparison) => number | null): Spread | null => {
      const values = perSeed.map((s) => pick(s.summary[i]));
      return values.every((v) => v !== null) ? spreadOf(values as number[]) : null;
    };
    return { name: m.name, a: side((c) => c.a), b: side((c) => c.b), diff: side((c) => c.diff) };
  });
  const counts = DIFFERENCE_COUNT_KEYS.map((name) => ({
    name,
    spread: spreadOf(perSeed.map((s) => s.counts[name])),
  }));
  return { summary, counts };
}

/** The names of `a` in order, then those of `b` not in `a`. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((name) => !seen.has(name))];
}
