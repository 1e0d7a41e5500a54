/** The per-day metrics as CSV: one row per day, `day`, one column per metric, then the stamp. */
import { csvField, csvTable } from './csv';
import type { RunReport } from './runReport';
import { STAMP_COLUMNS, stampFields } from './stamp';

/** One row per simulated day, in report order, each row stamped. */
export function metricsCsv(report: RunReport): string {
  const names = Object.keys(report.metrics);
  const stamp = stampFields(report);
  const rows: string[][] = [];
  for (let day = 1; day <= report.days; day++) {
    rows.push([
      csvField(day),
      ...names.map((name) => csvField(report.metrics[name][day - 1])),
      ...stamp,
    ]);
  }
  return csvTable(['day', ...names, ...STAMP_COLUMNS], rows);
}
