/** A run's summary: the engine's totals and final values with the key figures the CLI prints. */
import { keyFigures, keyFigureValues } from './keyFigures';
import type { MetricSeries } from '../engine/types';

/** The summary stored in every run report, from the engine's summary and the metrics so far. */
export function runSummary(
  engineSummary: Record<string, number>,
  metrics: MetricSeries,
  days: number,
  people: number,
  businesses: number,
): Record<string, number> {
  return {
    ...engineSummary,
    ...keyFigureValues(keyFigures(metrics, days, people, businesses)),
  };
}

/** The key figures of the run so far, for the printed report (labels come from the locale). */
export function reportFigures(
  metrics: MetricSeries,
  days: number,
  people: number,
  businesses: number,
): { key: string; value: number; change?: number; percent?: boolean }[] {
  return keyFigures(metrics, days, people, businesses).map(({ key, value, change, percent }) => ({
    key,
    value,
    change,
    percent,
  }));
}
