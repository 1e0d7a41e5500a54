/**
 * The key figures of a run, computed from the per-day metrics, as numbers for the report and as a
 * table a teacher can read: who was listed (and wrongly), what was refused, whether appeals worked,
 * and whether the stated aim (fewer harmful acts) was met and at what cost to speech. Keys follow
 * the engine's summary names (total… for counts over the run, final… for the last day's level).
 */
import type { MetricSeries } from '../engine/types';

export interface KeyFigure {
  /** Name in the JSON summary. */
  key: string;
  /** Words in the printed table. */
  label: string;
  value: number;
  /** A rounded percentage change shown beside the value, for before/after figures. */
  change?: number;
  /** A share (0..1) printed as a percentage. */
  percent?: boolean;
}

/** Days compared at the start and at the end of a run ("first month" vs "last month"). */
export const COMPARISON_DAYS = 30;

/** The key figures of a run of `days` days with the given metrics. */
export function keyFigures(
  metrics: MetricSeries,
  days: number,
  people: number,
  businesses: number,
): KeyFigure[] {
  const series = (name: string) => metrics[name] ?? [];
  const total = (name: string) => series(name).reduce((sum, v) => sum + v, 0);
  const last = (name: string) => series(name)[days - 1] ?? 0;
  const peak = (name: string) => series(name).reduce((max, v) => Math.max(max, v), 0);
  const window = Math.max(1, Math.min(COMPARISON_DAYS, Math.floor(days / 2)));
  const meanOf = (name: string, from: number) =>
    series(name)
      .slice(from, from + window)
      .reduce((sum, v) => sum + v, 0) / window;
  const beforeAfter = (name: string, label: string): KeyFigure[] => {
    const before = meanOf(name, 0);
    const after = meanOf(name, days - window);
    return [
      {
        key: `${name}PerDayFirst${window}Days`,
        label: `${label} per day, first ${window} days`,
        value: before,
      },
      {
        key: `${name}PerDayLast${window}Days`,
        label: `${label} per day, last ${window} days`,
        value: after,
        change: before > 0 ? Math.round((100 * (after - before)) / before) : undefined,
      },
    ];
  };

  const newListings = total('newListings');
  return [
    { key: 'people', label: 'People', value: people },
    { key: 'businesses', label: 'Businesses', value: businesses },
    { key: 'days', label: 'Days simulated', value: days },
    { key: 'finalMeanScore', label: 'Mean score at the end', value: last('meanScore') },
    { key: 'finalListed', label: 'On a list at the end', value: last('listed') },
    { key: 'peakListed', label: 'On a list at the peak', value: peak('listed') },
    { key: 'totalNewListings', label: 'Listings made', value: newListings },
    {
      key: 'totalNewWrongfulListings',
      label: 'Wrongful listings made (no act of theirs qualified)',
      value: total('newWrongfulListings'),
    },
    {
      key: 'wrongfulShare',
      label: 'Share of listings that were wrongful',
      value: newListings > 0 ? total('newWrongfulListings') / newListings : 0,
      percent: true,
    },
    {
      key: 'finalWrongfulListings',
      label: 'Wrongly listed at the end',
      value: last('wrongfulListings'),
    },
    { key: 'totalDelistings', label: 'Removals from a list', value: total('delistings') },
    { key: 'totalFlightRefusals', label: 'Flight tickets refused', value: total('flightRefusals') },
    { key: 'totalTrainRefusals', label: 'Train tickets refused', value: total('trainRefusals') },
    { key: 'totalSchoolRefusals', label: 'School places refused', value: total('schoolRefusals') },
    { key: 'totalSanctionsApplied', label: 'Sanctions applied', value: total('sanctionsApplied') },
    { key: 'totalRewardsGiven', label: 'Rewards given', value: total('rewardsGiven') },
    {
      key: 'finalFamiliesAffected',
      label: 'Families hit through someone else, at the end',
      value: last('familiesAffected'),
    },
    { key: 'totalAppealsFiled', label: 'Appeals filed', value: total('appealsFiled') },
    { key: 'totalAppealsGranted', label: 'Appeals granted', value: total('appealsGranted') },
    {
      key: 'finalAppealBacklog',
      label: 'Appeals waiting at the end',
      value: last('appealBacklog'),
    },
    ...beforeAfter('harmfulActs', 'Harmful acts (the stated target)'),
    ...beforeAfter('speechActs', 'Speech acts (posts, complaints)'),
  ];
}

/** The figures as numbers for the JSON report's summary (rounded to 4 decimals for stable output). */
export function keyFigureValues(figures: readonly KeyFigure[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const figure of figures) values[figure.key] = round(figure.value, 4);
  return values;
}

/** A two-column table of the figures, aligned for a terminal. */
export function formatKeyFigures(figures: readonly KeyFigure[]): string {
  const width = Math.max(...figures.map((f) => f.label.length));
  const values = figures.map((f) =>
    f.percent ? `${formatNumber(Math.round(f.value * 1000) / 10)}%` : formatNumber(f.value),
  );
  const valueWidth = Math.max(...values.map((v) => v.length));
  return figures
    .map((figure, i) => {
      const change =
        figure.change === undefined ? '' : `  (${figure.change > 0 ? '+' : ''}${figure.change}%)`;
      return `  ${figure.label.padEnd(width)}  ${values[i].padStart(valueWidth)}${change}`;
    })
    .join('\n');
}

/** Whole numbers with thousands separators, others to 1–2 decimals; the same on every machine. */
export function formatNumber(value: number): string {
  if (!Number.isInteger(value)) return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
