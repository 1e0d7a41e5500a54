import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';

const valid = readFileSync(new URL('../fixtures/small-town.yaml', import.meta.url), 'utf8');

/** Every issue names a real place in the text and says what was expected. */
function expectWellFormed(issues: Issue[], text: string): void {
  const lines = text.split('\n').length;
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines + 1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).toMatch(/^expected /);
  }
}

describe('loadScenario never throws, whatever it is given', () => {
  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = loadScenario(text, 'fuzz.yaml');
        if (!result.ok) expectWellFormed(result.errors, text);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        const result = loadScenario(text, 'fuzz.json');
        expect(result.ok).toBe(false);
        if (!result.ok) expectWellFormed(result.errors, text);
      }),
      { seed: 2, numRuns: 300 },
    );
  });

  it('a valid scenario with a slice cut out or a character changed', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: valid.length - 1 }),
        fc.nat({ max: 40 }),
        fc.constantFrom('', ' ', ':', '-', '[', '{', '"', '\t', '*', '&', 'x', '9'),
        (at, length, insert) => {
          const text = valid.slice(0, at) + insert + valid.slice(at + length);
          const result = loadScenario(text, 'mutated.yaml');
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            expectWellFormed(result.errors, text);
          }
        },
      ),
      { seed: 3, numRuns: 150 },
    );
    // Each run loads a full scenario (schema, references, conditions); allow for a busy machine.
  }, 60_000);
});
