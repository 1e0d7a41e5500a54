/**
 * A figure across seeds: its median, range and values, and a claim's verdict on it. Pure, so the
 * command line, the tests and the browser judge claims the same way.
 */

/** One figure over several runs (one value per seed, in seed order). */
export interface FigureStats {
  /** The seeds, in order; `values[k]` is the figure on `seeds[k]`. */
  seeds: number[];
  values: number[];
  /** Median of the runs that gave a value (NaN when none did). */
  median: number;
  min: number;
  max: number;
  /** Runs whose figure has no value (a division by zero): left out of median and range. */
  undefinedRuns: number;
}

/** The median, range and values of a figure's per-seed values. */
export function figureStats(seeds: readonly number[], values: readonly number[]): FigureStats {
  const defined = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const n = defined.length;
  const median =
    n === 0 ? NaN : n % 2 === 1 ? defined[(n - 1) / 2] : (defined[n / 2 - 1] + defined[n / 2]) / 2;
  return {
    seeds: [...seeds],
    values: [...values],
    median,
    min: n > 0 ? defined[0] : NaN,
    max: n > 0 ? defined[n - 1] : NaN,
    undefinedRuns: values.length - n,
  };
}

/** A claim as judged: its figure's stats, the range its median must lie in, and the verdict. */
export interface ClaimVerdict extends FigureStats {
  id: string;
  metric: string;
  expected: { min: number; max: number };
  pass: boolean;
}

/** Judges a claim: it passes when the median over its seeds lies within [min, max]. */
export function judgeClaim(
  claim: { id: string; metric: string; min: number; max: number },
  stats: FigureStats,
): ClaimVerdict {
  return {
    ...stats,
    id: claim.id,
    metric: claim.metric,
    expected: { min: claim.min, max: claim.max },
    pass: !Number.isNaN(stats.median) && stats.median >= claim.min && stats.median <= claim.max,
  };
}

/** The seeds a claim is tested on: the scenario's own seed and the `count − 1` after it. */
export function claimSeeds(firstSeed: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => firstSeed + k);
}

/** A figure as texts and tables show it: `digits` decimals, or by size (2 below 10, 1 below 100). */
export function formatFigure(value: number, digits?: number): string {
  if (Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return String(Number(value.toFixed(d)));
}

/** A range as texts show it: "2.5–4.6" (one figure when both ends are equal). */
export function formatRange(min: number, max: number, digits?: number): string {
  const a = formatFigure(min, digits);
  const b = formatFigure(max, digits);
  return a === b ? a : `${a}–${b}`;
}
