/** Mean and spread of a quantity over seeds, so one lucky seed cannot mislead. */

/** Mean, sample standard deviation (n − 1; 0 for one value), smallest and largest value. */
export interface Spread {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

/** The spread of some values (at least one), summed in their given order so results are exact repeats. */
export function spreadOf(values: readonly number[]): Spread {
  const n = values.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0, min, max };
}
