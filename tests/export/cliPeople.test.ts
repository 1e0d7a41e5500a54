import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sim } from '../cli/io';
import { csvRecords } from './parseCsv';

const SMALL = 'tests/fixtures/small-town.yaml';
const work = mkdtempSync(join(tmpdir(), 'ledgertown-export-'));
const file = (name: string) => join(work, name);
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('run --people', () => {
  it('writes a stamped row per person and the same outcomes in the report', async () => {
    const result = await sim([
      'run',
      SMALL,
      '--days',
      '30',
      '--out',
      file('report.json'),
      '--people',
      file('people.csv'),
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`People: ${file('people.csv')}`);
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8'));
    const rows = csvRecords(readFileSync(file('people.csv'), 'utf8'));
    expect(rows).toHaveLength(200);
    expect(report.outcomes).toHaveLength(200);
    for (const [i, row] of rows.entries()) {
      expect(row.id).toBe(report.outcomes[i].id);
      expect(row.grade).toBe(report.outcomes[i].grade);
      expect(row.ledgertown_version).toBe(version);
      expect(row.scenario_hash).toBe(report.scenario.hash);
      expect(row.seed).toBe('7');
      expect(row.as_of_day).toBe('30');
    }
  });

  it('leaves the metrics and the report without people as they were', async () => {
    await sim(['run', SMALL, '--days', '30', '--out', file('plain.json')]);
    await sim([
      'run',
      SMALL,
      '--days',
      '30',
      '--out',
      file('with.json'),
      '--people',
      file('p.csv'),
    ]);
    const plain = JSON.parse(readFileSync(file('plain.json'), 'utf8'));
    const { outcomes, ...rest } = JSON.parse(readFileSync(file('with.json'), 'utf8'));
    expect(outcomes).toHaveLength(200);
    expect(rest).toEqual(plain);
  });

  it('refuses an unwritable --people path before running', async () => {
    const result = await sim(['run', SMALL, '--people', file('missing/people.csv')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('cannot write');
  });
});
