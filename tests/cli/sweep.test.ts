import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { sim } from './io';

const SMALL = 'tests/fixtures/small-town.yaml';
const DAYS = '20';
const work = mkdtempSync(join(tmpdir(), 'ledgertown-sweep-'));
const file = (name: string) => join(work, name);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function smallTown(): Scenario {
  const loaded = loadScenario(readFileSync(SMALL, 'utf8'), SMALL);
  if (!loaded.ok) throw new Error('the small town fixture is valid');
  return loaded.scenario;
}

/** CSV of plain fields (the sweep writes no quoted ones for these settings) as header and rows. */
function readCsv(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return { header, rows };
}

describe('sweep', () => {
  it('writes one row per combination and seed, each matching a single run with those settings', async () => {
    const csv = file('sweep.csv');
    const result = await sim([
      'sweep',
      SMALL,
      '--set',
      'ruleset.rules.ticket.points=-5,-30',
      '--set',
      'town.population=100,140',
      '--seeds',
      '2',
      '--days',
      DAYS,
      '--jobs',
      '2',
      '--csv',
      csv,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`8 runs (4 combinations × 2 seeds, 20 days) on 2 threads: ${csv}\n`);
    const { header, rows } = readCsv(csv);
    expect(header.slice(0, 8)).toEqual([
      'run',
      'ruleset.rules.ticket.points',
      'town.population',
      'seed',
      'days',
      'people',
      'businesses',
      'scale',
    ]);
    expect(rows.map((r) => r.slice(0, 4).join(' '))).toEqual([
      '1 -5 100 7',
      '2 -5 100 8',
      '3 -5 140 7',
      '4 -5 140 8',
      '5 -30 100 7',
      '6 -30 100 8',
      '7 -30 140 7',
      '8 -30 140 8',
    ]);
    const base = smallTown();
    for (const row of rows) {
      const scenario = structuredClone(base);
      scenario.ruleset.rules[0].points = Number(row[1]);
      scenario.town.population = Number(row[2]);
      const single = createSimulation(scenario, Number(row[3]), { dossiers: 'none' });
      single.run(Number(DAYS));
      const summary = single.summary();
      expect(Object.keys(summary).length).toBe(header.length - 3);
      for (const [key, value] of Object.entries(summary))
        expect(Number(row[header.indexOf(key)]), `run ${row[0]} ${key}`).toBe(value);
    }
    // The settings change the outcome, so a row that ignored them would be caught.
    expect(rows[0].slice(8)).not.toEqual(rows[4].slice(8));
  });

  it('gives the same bytes on one thread and on two, and the same rows by id or by index', async () => {
    const common = ['--set', 'town.population=90,110', '--seeds', '2', '--days', '10'];
    const byId = file('id.csv');
    const byIndex = file('index.csv');
    const twoThreads = file('two.csv');
    const id = ['sweep', SMALL, '--set', 'ruleset.rules.repeat_ticket.points=-1,-60', ...common];
    expect((await sim([...id, '--jobs', '1', '--csv', byId])).code).toBe(0);
    expect((await sim([...id, '--jobs', '2', '--csv', twoThreads])).code).toBe(0);
    expect(readFileSync(twoThreads, 'utf8')).toBe(readFileSync(byId, 'utf8'));
    const index = ['sweep', SMALL, '--set', 'ruleset.rules[1].points=-1,-60', ...common];
    expect((await sim([...index, '--jobs', '1', '--csv', byIndex])).code).toBe(0);
    const [, ...rowsById] = readFileSync(byId, 'utf8').split('\n');
    const [, ...rowsByIndex] = readFileSync(byIndex, 'utf8').split('\n');
    expect(rowsByIndex).toEqual(rowsById);
  });

  it('prints the CSV when no file is given, and a progress bar on stderr only', async () => {
    const result = await sim(
      [
        'sweep',
        SMALL,
        '--set',
        'ruleset.opacity.disclosure=full,nothing',
        '--days',
        '5',
        '--jobs',
        '1',
      ],
      { msPerReading: 600 },
    );
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^run,ruleset\.opacity\.disclosure,seed,days,/);
    expect(lines[1]).toMatch(/^1,full,7,5,200,/);
    expect(lines[2]).toMatch(/^2,nothing,7,5,200,/);
    expect(result.err).toMatch(/\[#+\.*\] \d\/2 runs, \d+\.\d s\n/);
  });

  it('sweeps days shorter than a lesson’s reveal day, saying the lesson is not shown', async () => {
    const lesson = file('lesson.yaml');
    writeFileSync(
      lesson,
      `${readFileSync(SMALL, 'utf8')}
intro:
  - title: A guess
    text: Before you press play.
    predict: How many will be listed on day 60?
    answer:
      id: listed_day_60
      day: 60
      metric: finalListed
      unit: people
      min: 0
      max: 200
`,
    );
    const args = ['sweep', lesson, '--set', 'days=5,60', '--jobs', '1'];
    const result = await sim(args);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain('some runs end before the lesson reveals listed_day_60');
    expect(
      result.out
        .trimEnd()
        .split('\n')
        .map((line) => line.split(',')[1]),
    ).toEqual(['days', '5', '60']);
    // A run that reaches the reveal says nothing about it.
    const full = await sim(['sweep', lesson, '--set', 'days=60,70', '--jobs', '1']);
    expect(full.code, full.err).toBe(0);
    expect(full.err).not.toContain('reveals');
  });

  it('names a bad path or value before any run starts (exit 2, no file written)', async () => {
    const csv = file('never.csv');
    const cases: [string, string][] = [
      [
        'ruleset.rules.tiket.points=-5',
        'sweep: --set ruleset.rules.tiket.points: ruleset.rules has no entry with id "tiket" (did you mean "ticket"?)',
      ],
      [
        'ruleset.rules[9].points=1',
        'sweep: --set ruleset.rules[9].points: ruleset.rules has 6 entries (0 to 5), found index 9',
      ],
      [
        'town.populaton=100',
        'sweep: --set town.populaton: town.populaton is not a field of the scenario (did you mean "population"?)',
      ],
      [
        'ruleset.rules.ticket.points=-5,ten',
        'sweep: --set ruleset.rules.ticket.points=ten: ruleset.rules[0].points: expected a number between -10000 and 10000, found "ten"',
      ],
      [
        'town.population=5',
        'sweep: --set town.population=5: town.population: expected a whole number between 10 and 200000, found 5',
      ],
      [
        'ruleset.scoring.min=2000',
        'sweep: --set ruleset.scoring.min=2000: ruleset.scoring.max: expected at least min (2000), found 1200',
      ],
      ['points', 'sweep: --set expects field.path=value1,value2,…, found "points"'],
    ];
    for (const [setting, message] of cases) {
      const result = await sim(['sweep', SMALL, '--set', setting, '--csv', csv]);
      expect(result.code, setting).toBe(2);
      expect(result.err).toContain(message);
    }
    expect(existsSync(csv)).toBe(false);
  });

  it('names a combination that is invalid only together', async () => {
    const result = await sim([
      'sweep',
      SMALL,
      '--set',
      'ruleset.scoring.start=1000,1100',
      '--set',
      'ruleset.scoring.max=1200,1020',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      'sweep: the combination ruleset.scoring.start=1100 ruleset.scoring.max=1020: ruleset.scoring.start: expected a start between min (0) and max (1020), found 1100',
    );
  });
});
