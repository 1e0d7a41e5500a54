import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';
import { shippedScenarios } from '../shippedScenarios';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = `id: marked
title: Marked
behaviours:
  - id: bad_driving
    label: Driving badly
    kind: harmful
    place: street
    rate: 0.002
surveillance:
  sources:
    - { id: cameras, label: Street cameras, sees: [street], coverage: 0.5 }
ruleset:
  rules:
    - { id: ticket, on: bad_driving, points: -5, area: societal, reason: A ticket }
`;

const issues = (text: string) => {
  const result = loadScenario(text, 'marked.yaml');
  return result.ok
    ? { errors: [], warnings: result.warnings.map(formatIssue) }
    : { errors: result.errors.map(formatIssue), warnings: [] };
};

describe('sources and evidence marks', () => {
  it('warns at each world-facing number written without a mark, in a file that cites sources', () => {
    expect(issues(base).warnings).toEqual([]);
    const cited = `${base}sources:\n  - { id: s, by: A, title: B, date: '2020', url: 'https://example.org/', supports: C }\n`;
    expect(issues(cited).warnings).toEqual([
      'marked.yaml:8:11: behaviours[0].rate: expected an evidence mark (documented, secondary, uncertain or assumed), found none',
      'marked.yaml:14:46: ruleset.rules[0].points: expected an evidence mark (documented, secondary, uncertain or assumed), found none',
    ]);
  });

  it('accepts marks next to the values and checks their fields and sources', () => {
    const marked = base
      .replace('    rate: 0.002\n', '    rate: 0.002\n    evidence: { rate: { mark: assumed } }\n')
      .replace(
        'reason: A ticket }',
        'reason: A ticket, evidence: { points: { mark: documented, source: fp_2018 } } }',
      )
      .concat(
        'sources:\n  - { id: fp_2018, by: Foreign Policy, title: Life Inside, date: 2018-04-03, url: "https://foreignpolicy.com/2018/04/03/life-inside-chinas-social-credit-laboratory/", supports: "-5" }\n',
      );
    expect(issues(marked)).toEqual({ errors: [], warnings: [] });
    const wrong = marked
      .replace('source: fp_2018 }', 'source: fp_2019 }')
      .replace('{ rate: {', '{ rat: {');
    expect(issues(wrong).errors).toEqual([
      'marked.yaml:9:17: behaviours[0].evidence.rat: expected the name of a field of this object (did you mean "rate"?), found "rat"',
      'marked.yaml:15:132: ruleset.rules[0].evidence.points.source: expected the id of an entry in sources (did you mean "fp_2018"?), found "fp_2019"',
    ]);
  });

  it('rejects a source address that is not http or https, at its line', () => {
    const text = `${base}sources:\n  - { id: x, by: A, title: B, date: '2020', url: 'javascript:alert(1)', supports: C }\n`;
    expect(issues(text).errors).toEqual([
      expect.stringMatching(
        /^marked\.yaml:16:\d+: sources\[0\]\.url: expected an http:\/\/ or https:\/\/ address/,
      ),
    ]);
  });

  it('every shipped source is a full citation with a web address, and no shipped number is unmarked', () => {
    for (const { fileName, scenario } of shippedScenarios()) {
      for (const source of scenario.sources) {
        expect(source.url, `${fileName}: ${source.id}`).toMatch(/^https?:\/\//);
        expect([source.by, source.title, source.date, source.supports].every(Boolean)).toBe(true);
      }
      const text = readFileSync(join(__dirname, '../../scenarios', fileName), 'utf8');
      const result = loadScenario(text, fileName);
      expect(result.ok && result.warnings.map(formatIssue), fileName).toEqual([]);
    }
  });
});
