/**
 * The run report (JSON), the same for the command line's `run --out` and the game's download:
 * the stamp (version, scenario id, title and hash, seed, days), every metric per day, key figures
 * and, when asked for, every person's outcome. Nothing in it varies between runs of the same
 * scenario and seed, so the bytes repeat.
 */
import type { MetricSeries } from '../engine/types';
import type { Scenario } from '../scenario/schema';
import type { PersonOutcome } from './peopleOutcomes';

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
  /** Each person's outcome at the end of the run (only when asked for). */
  outcomes?: PersonOutcome[];
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
  outcomes?: PersonOutcome[];
}

/** The report; contains nothing that varies between runs of the same scenario and seed. */
export function buildRunReport(facts: RunFacts): RunReport {
  const metrics: MetricSeries = {};
  for (const name of facts.metricNames)
    metrics[name] = (facts.metrics[name] ?? []).slice(0, facts.days);
  return {
    version: facts.version,
    scenario: { id: facts.scenario.id, title: facts.scenario.title, hash: facts.hash },
    seed: facts.seed,
    days: facts.days,
    people: facts.people,
    businesses: facts.businesses,
    metrics,
    summary: facts.summary,
    outcomes: facts.outcomes,
  };
}

/** Arrays under these keys are written one item per line: a person per line reads like a table. */
const ONE_LINE_ITEMS = new Set(['outcomes']);

/**
 * A report (a run's, or a comparison's) as JSON text: indented for reading, but each per-day series
 * on one line, so a year of eighty metrics stays a file a person can scroll.
 */
export function reportJson(report: RunReport | object): string {
  return `${compactJson(report, '', '')}\n`;
}

function compactJson(value: unknown, indent: string, key: string): string {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    const inner = indent + '  ';
    const item = (entry: unknown) =>
      ONE_LINE_ITEMS.has(key) ? JSON.stringify(entry) : compactJson(entry, inner, '');
    return `[\n${value.map((entry) => inner + item(entry)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    if (fields.length === 0) return '{}';
    const lines = fields.map(
      ([name, field]) => `${inner}${JSON.stringify(name)}: ${compactJson(field, inner, name)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
