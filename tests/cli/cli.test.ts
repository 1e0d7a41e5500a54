import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { sim } from './io';

const FIXTURES = 'tests/fixtures';
const SMALL = `${FIXTURES}/small-town.yaml`;
const work = mkdtempSync(join(tmpdir(), 'ledgertown-cli-'));
const file = (name: string) => join(work, name);
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('help and usage errors', () => {
  it('prints the command list for --help (exit 0) and on stderr with no command (exit 2)', async () => {
    const help = await sim(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.out).toContain(command.name);
    const none = await sim([]);
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err).toContain('Usage: npm run sim -- <command>');
  });

  it('has --help on every command', async () => {
    for (const command of COMMANDS) {
      const result = await sim([command.name, '--help']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Usage: npm run sim -- ${command.name}`);
      expect(result.out).toContain('--help');
    }
  });

  it('rejects an unknown command with a suggestion', async () => {
    const result = await sim(['valdiate', SMALL]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "valdiate" (did you mean "validate"?)');
  });

  it('rejects unknown flags, missing values and bad numbers as usage errors', async () => {
    const cases: [string[], string][] = [
      [['run', SMALL, '--sede', '3'], 'run: unknown option --sede (did you mean --seed?)'],
      [['run', SMALL, '--seed'], 'run: --seed needs a value'],
      [
        ['run', SMALL, '--days', 'ten'],
        'run: --days expects a whole number from 1 to 3650, found "ten"',
      ],
      [
        ['run', SMALL, '--days', '0'],
        'run: --days expects a whole number from 1 to 3650, found "0"',
      ],
      [['run'], 'run: run needs a scenario FILE'],
      [['run', SMALL, SMALL], 'run: run takes one FILE, found 2'],
      [['dossier', SMALL], 'dossier: dossier needs --id ID'],
      [
        ['dossier', SMALL, '--id', 'alice'],
        'dossier: --id expects p<number> for a person or b<number> for a business, found "alice"',
      ],
      [['validate'], 'validate: validate needs at least one FILE'],
      [['schema', 'extra'], 'schema: unexpected argument "extra"'],
    ];
    for (const [args, message] of cases) {
      const result = await sim(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(message);
      expect(result.err).toContain('--help');
      expect(result.out).toBe('');
    }
  });
});

describe('validate', () => {
  it('exits 0 when every file is valid, YAML and JSON alike', async () => {
    const result = await sim([
      'validate',
      SMALL,
      `${FIXTURES}/minimal.yaml`,
      `${FIXTURES}/minimal.json`,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/small-town\.yaml: valid \(id small_town, hash [0-9a-f]{16}\)/);
    expect(result.out).toContain('minimal.json: valid');
  });

  it('prints every error as file:line:column: field: expected …, found … and exits 1', async () => {
    const result = await sim(['validate', SMALL, `${FIXTURES}/invalid.yaml`]);
    expect(result.code).toBe(1);
    expect(result.out.trim().split('\n').slice(1)).toEqual([
      'tests/fixtures/invalid.yaml:4:7: days: expected a whole number between 1 and 3650, found 400.5',
      'tests/fixtures/invalid.yaml:6:5: behaviours[0].rate: expected a number between 0 and 0.5, found nothing (this field is required)',
      'tests/fixtures/invalid.yaml:8:11: behaviours[0].kind: expected one of "harmful", "harmless", "civic", "speech", "activity", found "harmfull" (did you mean "harmful"?)',
      'tests/fixtures/invalid.yaml:10:5: behaviours[0].rat: expected a known field (did you mean "rate"?), found unknown field "rat"',
      'tests/fixtures/invalid.yaml:13:71: surveillance.sources[0].coverage: expected a number between 0 and 1, found 2',
    ]);
  });

  it('points an expression error at the character inside the condition', async () => {
    const result = await sim(['validate', `${FIXTURES}/bad-expression.yaml`]);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      'tests/fixtures/bad-expression.yaml:13:40: ruleset.rules[0].when: expected a condition that is true or false, found an unknown field "cout30" (did you mean "count30"?)\n',
    );
  });

  it('reports a missing file as invalid input, without a stack trace', async () => {
    const result = await sim(['validate', `${FIXTURES}/no-such-file.yaml`]);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      'cannot read tests/fixtures/no-such-file.yaml: no such file or folder\n',
    );
  });
});

describe('run', () => {
  it('writes a JSON report and a CSV with the promised fields', async () => {
    const result = await sim([
      'run',
      SMALL,
      '--out',
      file('report.json'),
      '--csv',
      file('metrics.csv'),
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8'));
    expect(report.version).toBe(packageVersion);
    expect(report.scenario).toEqual({
      id: 'small_town',
      title: 'Small test town',
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(report.seed).toBe(7);
    expect(report.days).toBe(60);
    for (const name of [
      'meanScore',
      'listed',
      'newListings',
      'wrongfulListings',
      'flightRefusals',
      'appealsFiled',
      'speechActs',
      'harmfulActs',
      'familiesAffected',
      'grade_A',
    ]) {
      expect(report.metrics[name], name).toHaveLength(60);
    }
    expect(report.summary.totalNewListings).toBe(
      report.metrics.newListings.reduce((a: number, b: number) => a + b, 0),
    );
    expect(report.summary.harmfulActsPerDayFirst30Days).toBeTypeOf('number');

    const rows = readFileSync(file('metrics.csv'), 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(61);
    expect(rows[0]).toBe(
      [
        'day',
        ...Object.keys(report.metrics),
        'ledgertown_version',
        'scenario_id',
        'scenario_hash',
        'seed',
      ].join(','),
    );
    expect(rows[1].split(',')[0]).toBe('1');
    expect(rows[60].split(',')[0]).toBe('60');
    expect(Number(rows[60].split(',')[1])).toBe(report.metrics.meanScore[59]);
  });

  it('prints a table of key figures a teacher can read', async () => {
    const result = await sim(['run', SMALL]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Small test town (small_town)');
    expect(result.out).toMatch(/seed 7 · 60 days · scenario hash [0-9a-f]{16}/);
    for (const label of [
      'People',
      'On a list at the end',
      'Wrongful listings made',
      'Flight tickets refused',
      'Appeals filed',
      'Harmful acts (the stated target) per day, first 30 days',
      'Speech acts (posts, complaints) per day, last 30 days',
    ]) {
      expect(result.out).toContain(label);
    }
    expect(result.out).toMatch(/ {2}People +200\n/);
  });

  it('gives byte-identical files for the same seed, and different ones for another seed', async () => {
    await sim(['run', SMALL, '--out', file('a.json'), '--csv', file('a.csv')]);
    await sim(['run', SMALL, '--out', file('b.json'), '--csv', file('b.csv')]);
    await sim(['run', SMALL, '--seed', '8', '--out', file('c.json')]);
    expect(readFileSync(file('b.json'), 'utf8')).toBe(readFileSync(file('a.json'), 'utf8'));
    expect(readFileSync(file('b.csv'), 'utf8')).toBe(readFileSync(file('a.csv'), 'utf8'));
    const other = JSON.parse(readFileSync(file('c.json'), 'utf8'));
    expect(other.seed).toBe(8);
    expect(JSON.stringify(other.metrics)).not.toBe(
      JSON.stringify(JSON.parse(readFileSync(file('a.json'), 'utf8')).metrics),
    );
  });

  it('takes --days over the scenario', async () => {
    await sim(['run', SMALL, '--days', '12', '--out', file('short.json')]);
    const report = JSON.parse(readFileSync(file('short.json'), 'utf8'));
    expect(report.days).toBe(12);
    expect(report.metrics.listed).toHaveLength(12);
  });

  it('refuses an unwritable output path before running, with a clear message', async () => {
    const result = await sim(['run', SMALL, '--out', file('missing-folder/report.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `cannot write ${file('missing-folder/report.json')}: no such file or folder\n`,
    );
    expect(result.out).toBe('');
    const folder = await sim(['run', SMALL, '--csv', work]);
    expect(folder.code).toBe(1);
    expect(folder.err).toContain('it is a folder, not a file');
  });

  it('prints the scenario errors on stderr and exits 1 for an invalid file', async () => {
    const result = await sim(['run', `${FIXTURES}/invalid.yaml`]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('tests/fixtures/invalid.yaml:4:7: days:');
  });

  it('shows progress on stderr only for long runs, never on stdout', async () => {
    const quick = await sim(['run', SMALL, '--days', '5']);
    expect(quick.err).toBe('');
    // A clock that advances 400 ms per reading makes the run "last" long enough for progress.
    const normal = await sim(['run', SMALL, '--days', '30']);
    const slow = await sim(['run', SMALL, '--days', '30'], { msPerReading: 400 });
    expect(normal.err).toBe('');
    expect(slow.err).toMatch(/^day \d+ of 30 \(\d+%\), [\d.]+ s\n/);
    expect(slow.out).toBe(normal.out);
    const terminal = await sim(['run', SMALL, '--days', '30'], {
      msPerReading: 400,
      terminal: true,
    });
    expect(terminal.err).toContain('\r');
    expect(terminal.err.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('dossier', () => {
  it("prints a person's timeline with the three lenses", async () => {
    const result = await sim(['dossier', SMALL, '--id', 'p14']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^p14: /);
    expect(result.out).toContain(
      'Lenses: REALLY = what really happened · RECORDED = what the system recorded',
    );
    expect(result.out).toMatch(/Day \d+ +REALLY +\S/);
    expect(result.out).toMatch(/ RECORDED +rule \w+: [+-]\d+ points, score now \d+/);
    expect(result.out).toMatch(/ TOLD +/);
  });

  it('prints JSON with --json', async () => {
    const result = await sim(['dossier', SMALL, '--id', 'p0', '--json', '--days', '20']);
    expect(result.code).toBe(0);
    const dossier = JSON.parse(result.out);
    expect(dossier.id).toBe('p0');
    expect(dossier.kind).toBe('person');
    expect(Array.isArray(dossier.timeline)).toBe(true);
    expect(
      dossier.timeline.every((entry: { day: number }) => entry.day >= 1 && entry.day <= 20),
    ).toBe(true);
  });

  it('prints a business too', async () => {
    const result = await sim(['dossier', SMALL, '--id', 'b0', '--days', '10']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^b0: .+, \d+ staff, /);
  });

  it('names the valid range for an id that is not in the town (exit 1)', async () => {
    const result = await sim(['dossier', SMALL, '--id', 'p200']);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'tests/fixtures/small-town.yaml: no p200 in this town (it has people p0–p199)\n',
    );
  });
});

describe('schema', () => {
  it('writes the JSON Schema to --out, and to stdout without it', async () => {
    const written = await sim(['schema', '--out', file('schema.json')]);
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(file('schema.json'), 'utf8'))).toEqual(scenarioJsonSchema());
    const printed = await sim(['schema']);
    expect(JSON.parse(printed.out)).toEqual(scenarioJsonSchema());
  });
});
