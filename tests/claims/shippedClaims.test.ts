/**
 * Every shipped scenario's claims, on a few seeds so the suite stays fast. A median over three
 * seeds wobbles too much to judge a claim (that is `npm run sim -- claims scenarios/*.yaml
 * --seeds 20`, run by .ci/run), so this checks that what the runs gave reaches the claimed range:
 * a claim the engine has drifted away from fails here too.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/engine/claims/figures';
import { shippedScenarios } from '../shippedScenarios';

const SEEDS = 3;

describe('shipped claims', () => {
  const withClaims = shippedScenarios().filter((s) => (s.scenario.claims ?? []).length > 0);

  it('every scenario whose texts quote a run states claims', () => {
    expect(withClaims.map((s) => s.fileName).length).toBeGreaterThanOrEqual(4);
  });

  for (const { fileName, scenario } of withClaims) {
    it(
      `${fileName}: the runs on ${SEEDS} seeds reach each claim's range`,
      { timeout: 120_000 },
      () => {
        const verdicts = checkClaims(scenario, SEEDS);
        const missed = verdicts
          .filter((v) => !(v.max >= v.expected.min && v.min <= v.expected.max))
          .map(
            (v) =>
              `${v.id}: runs gave ${v.min}–${v.max}, claimed ${v.expected.min}–${v.expected.max}`,
          );
        expect(missed).toEqual([]);
      },
    );
  }
});
