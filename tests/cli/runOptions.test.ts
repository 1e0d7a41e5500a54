import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command';
import { daysHelp, firstSeed, readDays, readSeed } from '../../src/cli/runOptions';
import { LIMITS } from '../../src/scenario/schema';

describe('the --seed and --days options shared by run, sweep, dossier and compare', () => {
  it('reads a seed from 0 to 2^31 − 1 and days from 1 to the schema limit, undefined when absent', () => {
    expect(readSeed(undefined)).toBeUndefined();
    expect(readSeed('0')).toBe(0);
    expect(readSeed(String(2 ** 31 - 1))).toBe(2 ** 31 - 1);
    expect(() => readSeed(String(2 ** 31))).toThrow(UsageError);
    expect(() => readSeed('-1')).toThrow('--seed expects a whole number from 0 to 2147483647');
    expect(readDays(undefined)).toBeUndefined();
    expect(readDays(String(LIMITS.days))).toBe(LIMITS.days);
    expect(() => readDays('0')).toThrow(`--days expects a whole number from 1 to ${LIMITS.days}`);
  });

  it('takes the first of several seeds from --seed or the fallback, and refuses a run past the last seed', () => {
    expect(firstSeed(undefined, 5, 7)).toBe(7);
    expect(firstSeed(3, 5, 7)).toBe(3);
    expect(firstSeed(2 ** 31 - 2, 2, 1)).toBe(2 ** 31 - 2);
    expect(() => firstSeed(2 ** 31 - 2, 3, 1)).toThrow(
      '--seed 2147483646 with --seeds 3 runs past the largest seed 2147483647',
    );
  });

  it('describes --days with its bound and whose days are the default', () => {
    expect(daysHelp("A's")).toEqual({
      flag: '--days N',
      text: `days to simulate, 1 to ${LIMITS.days} (default: A's days)`,
    });
  });
});
