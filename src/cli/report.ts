/** The run report (JSON) and the per-day metrics table (CSV) written by `run`. */
import type { MetricSeries } from '../engine/types';
import type { Scenario } from '../scenario/schema';

export interface RunReport {
  version: string;
  scenario: { id: string; title: string; hash: string };
  seed: number;
  days: number;
  people: number;
  businesses: number;
  /** Per-day series, index 0 = day 1, in the engine's display order. */
  metrics: MetricSeries;
  /** Key figures of the whole run. */
  summary: Record<string, number>;
}

export interface RunFacts {
  version: string;
  scenario: Scenario;
  hash: string;
  seed: number;
  days: number;
  people: number;
  businesses: number;
  metricNames: string[];
  metrics: MetricSeries;
  summary: Record<string, number>;
}

/** The report; contains nothing that varies between runs of the same scenario and seed. */
export function buildRunReport(facts: RunFacts): RunReport {
  const metrics: MetricSeries = {};
  for (const name of facts.metricNames) metrics[name] = facts.metrics[name];
  return {
    version: facts.version,
    scenario: { id: facts.scenario.id, title: facts.scenario.title, hash: facts.hash },
    seed: facts.seed,
    days: facts.days,
    people: facts.people,
    businesses: facts.businesses,
    metrics,
    summary: facts.summary,
  };
}

/**
 * A report (a run's, or a comparison's) as JSON text: indented for reading, but each per-day series
 * on one line, so a year of eighty metrics stays a file a person can scroll.
 */
export function reportJson(report: RunReport | object): string {
  return `${compactJson(report, '')}\n`;
}

function compactJson(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    const inner = indent + '  ';
    return `[\n${value.map((item) => inner + compactJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    if (fields.length === 0) return '{}';
    const lines = fields.map(
      ([key, field]) => `${inner}${JSON.stringify(key)}: ${compactJson(field, inner)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** One row per day: `day` then each metric, in report order. */
export function metricsCsv(report: RunReport): string {
  const names = Object.keys(report.metrics);
  const rows = [['day', ...names].map(csvField).join(',')];
  for (let day = 1; day <= report.days; day++) {
    rows.push([day, ...names.map((name) => report.metrics[name][day - 1])].map(csvField).join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
