/**
 * The --seed and --days options of the commands that run a scenario (run, sweep, dossier, compare):
 * one set of bounds and one help line, so the commands cannot drift apart on what they accept.
 */
import { LIMITS } from '../scenario/schema';
import { integerOption, UsageError, type OptionHelp } from './command';

/** The largest seed, as the scenario schema bounds `seed`. */
const SEED_MAX = 2 ** 31 - 1;

/** --seed N as a whole number from 0 to SEED_MAX, or undefined when absent. */
export function readSeed(value: string | undefined): number | undefined {
  return integerOption(value, 'seed', 0, SEED_MAX);
}

/** --days N as a whole number from 1 to the schema's limit, or undefined when absent. */
export function readDays(value: string | undefined): number | undefined {
  return integerOption(value, 'days', 1, LIMITS.days);
}

/** The first of `seeds` consecutive seeds (--seed, else `fallback`); a usage error when the last would pass SEED_MAX. */
export function firstSeed(given: number | undefined, seeds: number, fallback: number): number {
  const seed = given ?? fallback;
  if (seed + seeds - 1 > SEED_MAX)
    throw new UsageError(
      `--seed ${seed} with --seeds ${seeds} runs past the largest seed ${SEED_MAX}`,
    );
  return seed;
}

/** The help line of --days; `whose` says whose days are the default ("the scenario's", "A's"). */
export function daysHelp(whose: string): OptionHelp {
  return {
    flag: '--days N',
    text: `days to simulate, 1 to ${LIMITS.days} (default: ${whose} days)`,
  };
}
