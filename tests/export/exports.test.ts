import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { metricsCsv } from '../../src/export/metricsCsv';
import { peopleCsv, peopleCsvHeader } from '../../src/export/peopleCsv';
import { peopleOutcomes, scenarioServices } from '../../src/export/peopleOutcomes';
import { buildRunReport, reportJson } from '../../src/export/runReport';
import { STAMP_COLUMNS, exportFileName } from '../../src/export/stamp';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { csvRecords, parseCsv } from './parseCsv';

const text = readFileSync(new URL('../fixtures/small-town.yaml', import.meta.url), 'utf8');
const loaded = loadScenario(text, 'small-town.yaml');
if (!loaded.ok) throw new Error('fixture does not load');
const { scenario, hash } = loaded;
const DAYS = 40;

function run(dossiers: 'all' | 'none' | number, target: Scenario = scenario) {
  const sim = createSimulation(target, 7, { dossiers });
  sim.run(DAYS);
  return sim;
}

const full = run('all');
const outcomes = peopleOutcomes(full);
const report = buildRunReport({
  version: '9.9.9',
  scenario,
  hash,
  seed: 7,
  days: DAYS,
  people: full.peopleCount,
  businesses: full.businessCount,
  metricNames: full.metricNames(),
  metrics: full.metrics(),
  summary: full.summary(),
  outcomes,
});
const stampOf = (row: Record<string, string>) => STAMP_COLUMNS.map((column) => row[column]);

describe('per-person outcomes', () => {
  it('has one entry per person, with the counts their dossier shows', () => {
    expect(outcomes).toHaveLength(full.peopleCount);
    for (const outcome of outcomes) {
      const timeline = full.dossier(outcome.id)?.timeline ?? [];
      const count = (type: string) => timeline.filter((e) => e.type === type).length;
      expect(outcome.historyFromDay).toBe(0);
      expect(outcome.timesListed).toBe(count('listed'));
      expect(outcome.appealsFiled).toBe(count('appealFiled'));
      expect(outcome.sanctionsApplied).toBe(count('sanction'));
      const refusals = Object.values(outcome.refusals ?? {}).reduce((a, b) => a + b, 0);
      expect(refusals).toBe(count('refused'));
    }
  });

  it('adds up to the town totals of the metrics', () => {
    const total = (name: string) => report.metrics[name].reduce((a, b) => a + b, 0);
    const sum = (pick: (o: (typeof outcomes)[number]) => number | null) =>
      outcomes.reduce((acc, o) => acc + (pick(o) ?? 0), 0);
    // Businesses have their own listings; the people's share is at most the town's.
    expect(sum((o) => o.timesListed)).toBeGreaterThan(0);
    expect(sum((o) => o.timesListed)).toBeLessThanOrEqual(total('newListings'));
    expect(sum((o) => o.refusals?.flight ?? 0)).toBe(total('flightRefusals'));
    expect(sum((o) => o.appealsFiled)).toBeLessThanOrEqual(total('appealsFiled'));
    const listedNow = outcomes.filter((o) => o.listsNow.length > 0).length;
    expect(listedNow).toBeGreaterThan(0);
  });

  it('does not change the run: recording every dossier leaves the metrics as they were', () => {
    expect(run('none').metrics()).toEqual(full.metrics());
  });

  it('leaves over-the-run counts empty for people whose dossier was not recorded', () => {
    const sampled = peopleOutcomes(run(5));
    const unrecorded = sampled.filter((o) => o.historyFromDay === null);
    expect(unrecorded.length).toBeGreaterThan(0);
    for (const o of unrecorded) {
      expect(o.timesListed).toBeNull();
      expect(o.refusals).toBeNull();
      expect(o.grade).toBe(outcomes[Number(o.id.slice(1))].grade);
    }
    // Listed people start being recorded when listed: their history starts that day.
    expect(sampled.some((o) => o.historyFromDay !== null && o.historyFromDay > 0)).toBe(true);
  });

  it('lists the services the scenario’s activities use, in its order', () => {
    expect(scenarioServices(scenario)).toEqual(['flight', 'train', 'bike']);
  });
});

describe('stamped exports', () => {
  it('writes per-day metrics with the stamp on every row', () => {
    const rows = csvRecords(metricsCsv(report));
    expect(rows).toHaveLength(DAYS);
    expect(rows[DAYS - 1].day).toBe(String(DAYS));
    expect(Number(rows[9].listed)).toBe(report.metrics.listed[9]);
    for (const row of rows) expect(stampOf(row)).toEqual(['9.9.9', 'small_town', hash, '7']);
  });

  it('writes one row per person that a spreadsheet reads back', () => {
    const services = scenarioServices(scenario);
    const csv = peopleCsv(outcomes, services, report);
    const [header] = parseCsv(csv);
    expect(header).toEqual(peopleCsvHeader(services));
    expect(header).toContain('refused_flight');
    const rows = csvRecords(csv);
    expect(rows).toHaveLength(full.peopleCount);
    const listed = outcomes.findIndex((o) => (o.timesListed ?? 0) > 0);
    expect(rows[listed].times_listed).toBe(String(outcomes[listed].timesListed));
    expect(rows[listed].lists_ever).toBe(outcomes[listed].listsEver?.join(';'));
    expect(rows[0].name).toBe(outcomes[0].name);
    expect(rows[0].as_of_day).toBe(String(DAYS));
    for (const row of rows) expect(stampOf(row)).toEqual(['9.9.9', 'small_town', hash, '7']);
  });

  it('defuses formula-like names that a scenario could put in the file', () => {
    const csv = peopleCsv(
      [{ ...outcomes[0], name: '=cmd|"/c calc"!A1' }],
      scenarioServices(scenario),
      report,
    );
    expect(csvRecords(csv)[0].name).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('writes a JSON report with the stamp, the metrics and a person per line', () => {
    const json = reportJson(report);
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({
      version: '9.9.9',
      scenario: { id: 'small_town', title: 'Small test town', hash },
      seed: 7,
      days: DAYS,
    });
    expect(parsed.metrics.listed).toHaveLength(DAYS);
    expect(parsed.outcomes).toEqual(JSON.parse(JSON.stringify(outcomes)));
    const lines = json.split('\n');
    const first = lines.findIndex((line) => line.includes('"id":"p0"'));
    expect(lines[first + 1]).toContain('"id":"p1"');
  });

  it('names files after the scenario, seed and day', () => {
    expect(exportFileName(report, 'people', 'csv')).toBe(
      'ledgertown-small_town-seed7-day40-people.csv',
    );
  });
});
