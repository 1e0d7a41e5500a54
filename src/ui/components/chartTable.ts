/**
 * The data-table alternative to a chart: a day every week (or every few weeks in a long run, so a
 * table stays readable), the first and the last day always, and each line's value on those days.
 */

/** A table longer than this samples fewer days: the step grows by whole weeks. */
export const MAX_TABLE_ROWS = 60;
const WEEK = 7;

export interface ChartTableRow {
  day: number;
  /** One per line, in the chart's order; null where the line has no value that day. */
  values: (number | null)[];
}

export interface ChartTable {
  /** Days between sampled rows (a multiple of 7). */
  step: number;
  rows: ChartTableRow[];
}

/** Samples `days` days of the lines (values by day index, day 1 first) into table rows. */
export function chartTable(
  days: number,
  lines: readonly { values: ArrayLike<number> }[],
): ChartTable {
  const step = WEEK * Math.max(1, Math.ceil(days / (WEEK * MAX_TABLE_ROWS)));
  const sampled: number[] = [];
  for (let day = 1; day <= days; day += step) sampled.push(day);
  if (days >= 1 && sampled[sampled.length - 1] !== days) sampled.push(days);
  const rows = sampled.map((day) => ({
    day,
    values: lines.map((line) => {
      const value = day <= line.values.length ? line.values[day - 1] : NaN;
      return Number.isFinite(value) ? value : null;
    }),
  }));
  return { step, rows };
}

/** A table cell's number in the page's locale: whole numbers grouped, others to one or two decimals. */
export function formatTableValue(value: number | null, intlLocale: string): string {
  if (value === null) return '—';
  if (Number.isInteger(value)) return value.toLocaleString(intlLocale);
  return value.toLocaleString(intlLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1,
  });
}
