/**
 * The --seed and --days options of the commands that run a scenario (run, sweep, dossier, compare):
 * one set of bounds and one help line, so the commands cannot drift apart on what they accept.
 */
import { LIMITS } from '../scenario/schema';
import { integerOption, type OptionHelp } from './command';

/** The largest seed, as the scenario schema bounds `seed`. */
export const SEED_MAX = 2 ** 31 - 1;

/** --seed N as a whole number from 0 to SEED_MAX, or undefined when absent. */
export function readSeed(value: string | undefined): number | undefined {
  return integerOption(value, 'seed', 0, SEED_MAX);
}

/** --days N as a whole number from 1 to the schema's limit, or undefined when absent. */
export function readDays(value: string | undefined): number | undefined {
  return integerOption(value, 'days', 1, LIMITS.days);
}

/** The help line of --days; `whose` says whose days are the default ("the scenario's", "A's"). */
export function daysHelp(whose: string): OptionHelp {
  return {
    flag: '--days N',
    text: `days to simulate, 1 to ${LIMITS.days} (default: ${whose} days)`,
  };
}
