/**
 * Hostile but realistic command lines: output paths that must not be written, reads that must stop,
 * scenario text that must not drive the terminal, sweep values that must be usage errors.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioSource } from '../../src/scenario/yamlSource';
import { sim } from './io';

const SMALL = 'tests/fixtures/small-town.yaml';
const MINIMAL = 'tests/fixtures/minimal.yaml';
const work = mkdtempSync(join(tmpdir(), 'ledgertown-hostile-'));
const file = (name: string) => join(work, name);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the small town in the work folder, so a test may try to overwrite it. */
function scenarioCopy(name: string): string {
  const path = file(name);
  copyFileSync(SMALL, path);
  return path;
}

describe('output paths', () => {
  it('refuses to write over the scenario the command reads (run, compare, sweep), exit 1', async () => {
    const a = scenarioCopy('a.yaml');
    const b = scenarioCopy('b.yaml');
    const before = readFileSync(a, 'utf8');
    for (const args of [
      ['run', a, '--days', '2', '--out', a],
      ['run', a, '--days', '2', '--csv', join(work, '.', 'a.yaml')],
      ['run', a, '--days', '2', '--people', a],
      ['compare', a, b, '--days', '2', '--out', b],
      ['sweep', a, '--set', 'town.population=100', '--days', '2', '--jobs', '1', '--csv', a],
    ]) {
      const result = await sim(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toContain(`cannot write ${args[args.length - 1]}: it is `);
      expect(result.err).toContain('which this command reads');
      expect(result.err).not.toContain('    at ');
    }
    expect(readFileSync(a, 'utf8')).toBe(before);
    expect(readFileSync(b, 'utf8')).toBe(before);
  });

  it('refuses a hard link to the input as well: same file, another name', async () => {
    const a = scenarioCopy('linked.yaml');
    execFileSync('ln', [a, file('linked-too.yaml')]);
    const result = await sim(['run', a, '--days', '2', '--out', file('linked-too.yaml')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`cannot write ${file('linked-too.yaml')}: it is ${a}`);
  });

  it('refuses devices, named pipes, sockets, folders and symbolic links, naming the path', async () => {
    execFileSync('mkfifo', [file('pipe')]);
    mkdirSync(file('folder'));
    writeFileSync(file('target.json'), 'keep me');
    symlinkSync(file('target.json'), file('link.json'));
    symlinkSync(file('nowhere.json'), file('dangling.json'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(file('socket'), resolve));
    try {
      const cases: [string, string][] = [
        ['/dev/null', 'a device, not a regular file'],
        [file('pipe'), 'a named pipe, not a regular file'],
        [file('socket'), 'a socket, not a regular file'],
        [file('folder'), 'a folder, not a file'],
        [file('link.json'), 'a symbolic link'],
        [file('dangling.json'), 'a symbolic link'],
      ];
      for (const [path, kind] of cases) {
        for (const args of [
          ['run', SMALL, '--days', '2', '--out', path],
          ['schema', '--out', path],
        ]) {
          const result = await sim(args);
          expect(result.code, args.join(' ')).toBe(1);
          expect(result.err).toBe(
            `cannot write ${path}: it is ${kind}${kind === 'a symbolic link' ? ' (give the path of the file it points to instead)' : ''}\n`,
          );
        }
      }
    } finally {
      server.close();
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(file('pipe')).isFIFO()).toBe(true);
    expect(lstatSync(file('link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file('target.json'), 'utf8')).toBe('keep me');
    expect(existsSync(file('nowhere.json'))).toBe(false);
  });

  it('refuses two outputs naming one file', async () => {
    const result = await sim([
      'run',
      SMALL,
      '--days',
      '2',
      '--out',
      file('same.txt'),
      '--csv',
      file('same.txt'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `cannot write ${file('same.txt')}: --out and --csv both name this file\n`,
    );
  });

  it('still writes a regular file, new or replaced', async () => {
    writeFileSync(file('old.csv'), 'old');
    const result = await sim([
      'run',
      SMALL,
      '--days',
      '2',
      '--csv',
      file('old.csv'),
      '--out',
      file('new.json'),
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(file('old.csv'), 'utf8')).toMatch(/^day,/);
    expect(JSON.parse(readFileSync(file('new.json'), 'utf8'))).toHaveProperty('days', 2);
  });
});

describe('bounded reads', () => {
  it('stops reading /dev/zero at the size limit and says the file is too large', async () => {
    const result = await sim(['validate', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('/dev/zero:1:1: expected a file of at most 512 KB, found more\n');
  });

  it('reads a file of exactly the limit, refuses one byte more', async () => {
    writeFileSync(file('big.yaml'), `${'#'.repeat(512 * 1024 - 1)}\n`);
    const atLimit = await sim(['validate', file('big.yaml')]);
    expect(atLimit.out).not.toContain('at most 512 KB');
    writeFileSync(file('big.yaml'), `${'#'.repeat(512 * 1024)}\n`);
    const over = await sim(['validate', file('big.yaml')]);
    expect(over.out).toBe(
      `${file('big.yaml')}:1:1: expected a file of at most 512 KB, found more\n`,
    );
  });
});

describe('terminal safety and small points', () => {
  it('shows escape sequences in a title as visible symbols, never raw', async () => {
    const text = readFileSync(MINIMAL, 'utf8').replace(
      'title: A minimal town',
      'title: "T\\e]0;pwned\\a\\e[31mred\\x9b2J"',
    );
    writeFileSync(file('escape.yaml'), text);
    const result = await sim(['run', file('escape.yaml'), '--days', '1']);
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(result.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(result.out.split('\n')[0]).toBe('T\u241b]0;pwned\u2407\u241b[31mred\ufffd2J (minimal)');
  });

  it('says a negative --days is out of range, not a missing value', async () => {
    const result = await sim(['run', SMALL, '--days', '-1']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--days expects a whole number from 1 to 3650, found "-1"');
  });

  it('reports days: 1e20 once', async () => {
    writeFileSync(file('days.yaml'), `${readFileSync(MINIMAL, 'utf8')}days: 1e20\n`);
    const result = await sim(['validate', file('days.yaml')]);
    expect(result.code).toBe(1);
    expect(result.out.trimEnd().split('\n')).toEqual([
      `${file('days.yaml')}:10:7: days: expected a whole number between 1 and 3650, found 100000000000000000000`,
    ]);
  });

  it('accepts as many aliases as the limit allows, refuses one more', () => {
    const scenario = (n: number) =>
      ['base: &a 1', ...Array.from({ length: n }, (_, k) => `k${k}: *a`)].join('\n');
    expect(parseScenarioSource(scenario(50), 'f').ok).toBe(true);
    const over = parseScenarioSource(scenario(51), 'f');
    expect(over.ok ? '' : over.errors[0].message).toBe(
      'expected at most 50 aliases (*name), found 51',
    );
  });
});

describe('sweep', () => {
  for (const value of ['[x', '@x', '%x', '*a', '"x']) {
    it(`reports the --set value ${value} as a usage error, without a stack trace`, async () => {
      const result = await sim(['sweep', SMALL, '--set', `ruleset.rules.ticket.reason=${value}`]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(
        `--set ruleset.rules.ticket.reason: the value ${JSON.stringify(value)}`,
      );
      expect(result.err).not.toContain('    at ');
    });
  }

  it('keeps a condition with commas inside brackets as one value', async () => {
    const result = await sim([
      'sweep',
      SMALL,
      '--set',
      'ruleset.rules.ticket.when=person.grade in ["C", "D"],person.age > 30',
      '--days',
      '2',
      '--jobs',
      '1',
    ]);
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,"person\.grade in \[""C"", ""D""\]",/);
    expect(lines[2]).toMatch(/^2,person\.age > 30,/);
  });

  it('refuses too many runs before building a single combination', async () => {
    const values = Array.from({ length: 1000 }, (_, k) => k + 10).join(',');
    const result = await sim([
      'sweep',
      SMALL,
      '--set',
      `town.population=${values}`,
      '--set',
      `ruleset.rules.ticket.points=${values}`,
      '--set',
      `days=${values}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      '1,000,000,000 combinations × 1 seeds is 1,000,000,000 runs; at most 10,000',
    );
  });

  it('guards text values against spreadsheet formulas and writes days once, as set', async () => {
    const result = await sim([
      'sweep',
      SMALL,
      '--set',
      'days=2,3',
      '--set',
      'ruleset.rules.ticket.reason==HYPERLINK("http://x"),-x,+x',
      '--jobs',
      '1',
    ]);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.out.trimEnd().split('\n');
    const columns = header.split(',');
    expect(columns.filter((c) => c === 'days')).toHaveLength(1);
    expect(columns.slice(0, 4)).toEqual(['run', 'days', 'ruleset.rules.ticket.reason', 'seed']);
    expect(rows.map((row) => row.split(',').slice(0, 3).join(','))).toEqual([
      '1,2,"\'=HYPERLINK(""http://x"")"',
      "2,2,'-x",
      "3,2,'+x",
      '4,3,"\'=HYPERLINK(""http://x"")"',
      "5,3,'-x",
      "6,3,'+x",
    ]);
    // The run's own days column is the set value: each run ran as long as its setting says.
    const daysColumn = columns.indexOf('days');
    expect(rows.map((row) => row.split(',')[daysColumn])).toEqual(['2', '2', '2', '3', '3', '3']);
  });

  it('refuses --set seed and --set days with --days', async () => {
    const seed = await sim(['sweep', SMALL, '--set', 'seed=1,2']);
    expect(seed.code).toBe(2);
    expect(seed.err).toContain('--set seed: a sweep runs the seeds given by --seed and --seeds');
    const days = await sim(['sweep', SMALL, '--set', 'days=2,3', '--days', '4']);
    expect(days.code).toBe(2);
    expect(days.err).toContain('--set days and --days both say how long to run; give one');
  });
});

describe('conditions', () => {
  const list = (n: number) => `[${Array.from({ length: n }, (_, k) => `${k}.0`).join(',')}]`;
  const withRule = (when: string, town = '') =>
    `${readFileSync(MINIMAL, 'utf8').replace('coverage: 0.5', 'coverage: 1').replace('rate: 0.002', 'rate: 0.5')}${town}ruleset:\n  rules:\n    - { id: r, on: bad_driving, points: -5, area: societal, reason: R, when: '${when}' }\n`;

  it('validate refuses exponential conditions at their character, with the bound', async () => {
    let nested = 'person.age < 0.0';
    for (let k = 0; k < 12; k++) nested = `[0,1,2,3,4,5,6,7,8,9].exists(v${k}, ${nested})`;
    writeFileSync(file('nested.yaml'), withRule(nested));
    writeFileSync(file('regex.yaml'), withRule(`"${'a'.repeat(60)}!".matches("^(a+)+$")`));
    const a = await sim(['validate', file('nested.yaml')]);
    expect(a.code).toBe(1);
    const column =
      "ruleset:\n  rules:\n    - { id: r, on: bad_driving, points: -5, area: societal, reason: R, when: '".split(
        '\n',
      )[2].length + 1;
    expect(a.out).toContain(
      `${file('nested.yaml')}:12:${column + nested.indexOf('[0', nested.indexOf('[0', 1) + 1)}: ruleset.rules[0].when: expected a condition within the cost limit, found exists() inside 2 other comprehensions: comprehensions (exists, all, exists_one, map, filter) may nest at most 2 deep`,
    );
    const b = await sim(['validate', file('regex.yaml')]);
    expect(b.code).toBe(1);
    expect(b.out).toContain(
      `${file('regex.yaml')}:12:${column}: ruleset.rules[0].when: expected a condition within the cost limit, found matches()`,
    );
    const run = await sim(['run', file('nested.yaml'), '--days', '1']);
    expect(run.code).toBe(1);
  });

  it('run stops a day past the budget of condition steps: exit 1, the day and the condition named', async () => {
    // 912 steps at worst per evaluation, within the bound; about 14,000 acts a day make 12 million.
    const when = `${list(70)}.exists(a, person.age < a - 1000.0 && person.income < a)`;
    writeFileSync(file('budget.yaml'), withRule(when, 'town:\n  population: 40000\n'));
    const result = await sim(['run', file('budget.yaml'), '--days', '2']);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'day 1: the conditions evaluated on this day took more than 10,000,000 steps (last: ruleset.rules[0].when); the run was stopped',
    );
    expect(result.err).not.toContain('    at ');
    expect(result.out).toBe('');
  });
});
