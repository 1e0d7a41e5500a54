import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/engine/compare/compare';
import { formatIssue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';
import { loadRulesFor } from '../../src/scenario/ruleset';
import { sim } from './io';

const SMALL = 'tests/fixtures/small-town.yaml';
const smallText = readFileSync(SMALL, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'ledgertown-compare-'));
const file = (name: string, text?: string) => {
  const path = join(work, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};
afterAll(() => rmSync(work, { recursive: true, force: true }));

const small = (() => {
  const loaded = loadScenario(smallText, SMALL);
  if (!loaded.ok) throw new Error('the small town fixture is valid');
  return loaded.scenario;
})();

/** Points only: the small town's first rule and no lists, so nobody is listed or refused. */
const POINTS_ONLY = `kind: ruleset
id: points_only
title: Points only, no lists
ruleset:
  rules:
    - { id: ticket, on: bad_driving, points: -5, area: societal, reason: A traffic ticket }
`;

/** The small town with a variant without lists and a smaller town of its own. */
const withVariant = `${smallText}
variants:
  - id: points_only
    title: Points only
    ruleset:
      rules:
        - { id: ticket, on: bad_driving, points: -5, area: societal, reason: A traffic ticket }
`;

describe('compare: output', () => {
  it('compares with a rules-only file: figures for A, B and B − A, then who differs and why', async () => {
    const result = await sim(['compare', SMALL, file('points.yaml', POINTS_ONLY), '--days', '40']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('A: small_town — Small test town (hash ');
    expect(result.out).toContain(
      `B: rule set points_only — Points only, no lists (rules-only file`,
    );
    expect(result.out).toContain("on A's town");
    expect(result.out).toMatch(/seed 7 · 40 days · 200 people, 10 businesses/);
    expect(result.out).toMatch(/Figure\s+A\s+B\s+B − A/);
    expect(result.out).toMatch(/Listings made\s+\d+\s+0\s+-\d+/);
    expect(result.out).toMatch(/Listed on defaulters under A only\s+\d+\s+(rule|list) /);
    expect(result.out).toMatch(/The first \d+ of \d+, each with what decided it:/);
    expect(result.out).toMatch(/ {6}day \d+: under A /);
  });

  it("says that a full scenario's rules run on A's town", async () => {
    const other = smallText
      .replace('population: 200', 'population: 120')
      .replace('id: small_town', 'id: other_town');
    const result = await sim(['compare', SMALL, file('other.yaml', other), '--days', '20']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'B: the rules of scenario other_town — Small test town (' + join(work, 'other.yaml'),
    );
    expect(result.out).toContain("B's own town, behaviours and surveillance are not used");
    // Same rules on the same town: no one fares differently.
    expect(result.out).toContain('No one was listed, refused travel or refused a school place');
    expect(result.out).toMatch(/200 people/);
  });

  it('compares with a variant of A, and over several seeds with mean ± sd', async () => {
    const path = file('variant.yaml', withVariant);
    const one = await sim(['compare', path, '--variant', 'points_only', '--days', '20']);
    expect(one.code).toBe(0);
    expect(one.out).toContain('B: variant points_only of small_town — Points only');
    const many = await sim([
      'compare',
      path,
      '--variant',
      'points_only',
      '--days',
      '20',
      '--seeds',
      '3',
    ]);
    expect(many.code).toBe(0);
    expect(many.out).toContain('seeds 7–9');
    expect(many.out).toMatch(
      /Figure \(mean ± sd\)\s+A\s+B\s+B − A\s+B − A, min … max over 3 seeds/,
    );
    expect(many.out).toMatch(
      /Listings made\s+[\d.]+ ± [\d.]+\s+0 ± 0\s+-[\d.]+ ± [\d.]+\s+-\d+ … -\d+/,
    );
    expect(many.out).toContain('People and businesses (over 3 seeds)');
  });

  it('writes the same JSON bytes twice, stamped with version, seeds, ids and hashes', async () => {
    const rules = file('points2.yaml', POINTS_ONLY);
    const out1 = file('diff1.json');
    const out2 = file('diff2.json');
    const args = ['compare', SMALL, rules, '--days', '30', '--seed', '5', '--seeds', '2'];
    expect((await sim([...args, '--out', out1])).code).toBe(0);
    expect((await sim([...args, '--out', out2])).code).toBe(0);
    const text = readFileSync(out1, 'utf8');
    expect(readFileSync(out2, 'utf8')).toBe(text);
    const report = JSON.parse(text) as {
      version: string;
      seed: number;
      seeds: number[];
      days: number;
      a: { id: string; hash: string; file: string };
      b: { id: string; hash: string; runHash: string; from: string };
      comparison: Comparison;
    };
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    expect(report).toMatchObject({ version, seed: 5, seeds: [5, 6], days: 30 });
    expect(report.a).toMatchObject({ id: 'small_town', file: SMALL });
    expect(report.a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.b).toMatchObject({ id: 'points_only', from: 'ruleset' });
    expect(report.b.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.b.runHash).not.toBe(report.a.hash);
    expect(report.comparison.perSeed).toHaveLength(2);
    expect(report.comparison.daily.a.listed).toHaveLength(30);
  });

  it('finds no difference when B has the same rules as A', async () => {
    const same = `kind: ruleset\nid: same\ntitle: Same rules\nruleset: ${JSON.stringify(small.ruleset)}\n`;
    const out = file('same.json');
    const result = await sim([
      'compare',
      SMALL,
      file('same.yaml', same),
      '--days',
      '30',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { comparison: Comparison };
    expect(report.comparison.summary.every((m) => m.diff === 0)).toBe(true);
    expect(report.comparison.counts.agentsChanged).toBe(0);
    expect(result.out).toContain('No one was listed');
  });
});

describe('compare: rules-only files are checked with positions', () => {
  const errorsOf = (text: string): string[] => {
    const result = loadRulesFor(small, text, 'rules.yaml');
    if (result.ok) throw new Error('expected the rules file to be invalid');
    return result.errors.map(formatIssue);
  };

  it('points a bad value, an unknown field and a missing kind at their line and column', () => {
    const badPoints = POINTS_ONLY.replace(
      '    - { id: ticket, on: bad_driving, points: -5,',
      '    - { id: ticket, on: bad_driving, points: ten,',
    );
    expect(errorsOf(badPoints)).toEqual([
      'rules.yaml:6:46: ruleset.rules[0].points: expected a number between -10000 and 10000, found "ten"',
    ]);
    expect(errorsOf(POINTS_ONLY.replace('title:', 'titel:'))).toEqual([
      'rules.yaml:1:1: title: expected a text, found nothing (this field is required)',
      'rules.yaml:3:1: titel: expected a known field (did you mean "title"?), found unknown field "titel"',
    ]);
    const noKind = errorsOf(POINTS_ONLY.replace('kind: ruleset\n', ''));
    expect(noKind[0]).toMatch(/^rules\.yaml:1:1: kind: expected "ruleset"/);
  });

  it("checks the rules against A's behaviours and conditions, pointing into B's file", () => {
    const unknownAct = POINTS_ONLY.replace('on: bad_driving', 'on: bad_drivng');
    expect(errorsOf(unknownAct)).toEqual([
      'rules.yaml:6:25: ruleset.rules[0].on: expected the id of a behaviour (did you mean "bad_driving"?), found "bad_drivng"',
    ]);
    const badCondition = POINTS_ONLY.replace('points: -5,', 'when: record.cout30 > 1, points: -5,');
    const [problem] = errorsOf(badCondition);
    expect(problem).toMatch(/^rules\.yaml:6:\d+: ruleset\.rules\[0\]\.when: expected a condition/);
    expect(problem).toContain('"cout30" (did you mean "count30"?)');
  });

  it('reports the problems on stderr and exits 1 from the command', async () => {
    const bad = file('bad.yaml', POINTS_ONLY.replace('on: bad_driving', 'on: bad_drivng'));
    const result = await sim(['compare', SMALL, bad]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(
      `${bad}:6:25: ruleset.rules[0].on: expected the id of a behaviour`,
    );
  });
});

describe('compare: usage', () => {
  it('turns command-line mistakes into usage errors (exit 2) with a message', async () => {
    const variant = file('variant2.yaml', withVariant);
    const cases: [string[], string][] = [
      [['compare'], 'compare: compare needs a scenario file A'],
      [['compare', SMALL], 'compare: compare needs B (a file) or --variant ID'],
      [
        ['compare', SMALL, SMALL, '--variant', 'x'],
        'compare: give either B or --variant ID, not both',
      ],
      [
        ['compare', SMALL, SMALL, '--seeds', '0'],
        'compare: --seeds expects a whole number from 1 to 100',
      ],
      [
        ['compare', variant, '--variant', 'points_onyl'],
        'compare: --variant points_onyl: no such variant in "small_town" (did you mean "points_only"?); its variants: points_only',
      ],
      [
        ['compare', SMALL, '--variant', 'x'],
        'compare: --variant x: scenario "small_town" has no variants',
      ],
    ];
    for (const [args, message] of cases) {
      const result = await sim(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(message);
    }
  });

  it('exits 1 when A cannot be read', async () => {
    const result = await sim(['compare', join(work, 'missing.yaml'), SMALL]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no such file or folder');
  });
});
