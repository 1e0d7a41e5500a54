import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpression } from '../../src/scenario/conditions/expression';
import { formatIssue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';

/** The README's YAML examples, so the documentation cannot drift from what loads. */
const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (m) => m[1],
);
const scenarios = blocks.filter((block) => /^id: /m.test(block));
const conditions = blocks
  .filter((block) => !/^id: /m.test(block))
  .flatMap((block) => [...block.matchAll(/^when: (.+?)(?: #.*)?$/gm)].map((m) => m[1]));

describe('README examples', () => {
  it('has the scenario and condition examples', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    expect(conditions.length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarios.map((text, i) => [i, text]))(
    'scenario example %i loads without errors or warnings',
    (_, text) => {
      const result = loadScenario(text as string, 'README.md');
      if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
      expect(result.warnings.map(formatIssue)).toEqual([]);
    },
  );

  it('every condition example is a valid rule condition', () => {
    for (const condition of conditions)
      expect(checkExpression(condition, 'rule'), condition).toBeNull();
  });
});
