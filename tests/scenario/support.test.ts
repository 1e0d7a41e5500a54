import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, scenarioHash } from '../../src/scenario/hash';
import { formatIssue, formatPath } from '../../src/scenario/issue';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { closestMatch } from '../../src/scenario/suggest';

describe('content hash', () => {
  it('is FNV-1a 64 (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, so non-ASCII text hashes as other tools do', () => {
    expect(fnv1a64('¥')).toBe(fnv1a64('\u00a5'));
    expect(fnv1a64('¥')).not.toBe(fnv1a64('\u00a4'));
  });

  it('ignores key order but not values or array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(scenarioHash({ a: 1, b: 2 })).toBe(scenarioHash({ b: 2, a: 1 }));
    expect(scenarioHash({ a: [1, 2] })).not.toBe(scenarioHash({ a: [2, 1] }));
  });
});

describe('issues', () => {
  it('format as file:line:column: path: message', () => {
    expect(formatPath(['ruleset', 'rules', 2, 'points'])).toBe('ruleset.rules[2].points');
    expect(
      formatIssue({
        file: 'x.yaml',
        line: 14,
        column: 7,
        path: 'ruleset.rules[2].points',
        message: 'expected a number, found "ten"',
      }),
    ).toBe('x.yaml:14:7: ruleset.rules[2].points: expected a number, found "ten"');
    expect(
      formatIssue({ file: 'x.yaml', line: 1, column: 1, path: '', message: 'expected valid YAML' }),
    ).toBe('x.yaml:1:1: expected valid YAML');
  });

  it('suggest close names, not far ones or one-letter guesses', () => {
    expect(closestMatch('raet', ['rate', 'place'])).toBe('rate');
    expect(closestMatch('Harmful', ['harmful', 'civic'])).toBe('harmful');
    expect(closestMatch('banana', ['rate', 'place'])).toBeUndefined();
    expect(closestMatch('E', ['A', 'B'])).toBeUndefined();
  });
});

describe('JSON Schema for editors', () => {
  const schema = scenarioJsonSchema() as {
    required: string[];
    properties: Record<
      string,
      {
        items?: {
          properties: Record<string, { description?: string; maximum?: number }>;
          additionalProperties?: boolean;
        };
      }
    >;
  };

  it('describes every field with its unit and range, and rejects unknown fields', () => {
    const behaviour = schema.properties.behaviours.items!;
    expect(behaviour.additionalProperties).toBe(false);
    expect(behaviour.properties.rate.description).toBe(
      'Base chance that one actor does it on a given day. Unit: per day.',
    );
    expect(behaviour.properties.rate.maximum).toBe(0.5);
    expect(schema.required).toEqual(['id', 'title', 'behaviours', 'surveillance']);
  });

  it('is the one committed as scenarios/schema.json (run `npm run schema` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync('scenarios/schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });
});

describe('src/scenario runs in the browser', () => {
  it('imports nothing from Node', () => {
    const files = readdirSync('src/scenario', { recursive: true, encoding: 'utf8' });
    for (const name of files.filter((f) => /\.tsx?$/.test(f))) {
      const text = readFileSync(`src/scenario/${name}`, 'utf8');
      expect(text, name).not.toMatch(/from ['"](node:|fs|path|crypto|os)/);
      expect(text, name).not.toMatch(/\bprocess\.|\bBuffer\b/);
    }
  });
});
