/**
 * The arguments of `window.ledgertown`, checked as the interface's own controls limit them: a seed
 * is a whole number the seed box accepts, a day one the day slider reaches, a lens one of the three
 * tabs, an id a person or business of this town. Anything else is refused with an error saying what
 * was expected and what was found, before any store changes, so nothing invalid is ever saved or
 * put in a share link.
 */
import { LIMITS } from '../scenario/limits';
import { SPEEDS, type Speed } from './clockStore';
import { parseAgentId, parseLens, type Lens } from './selectionStore';
import type { TownStores } from './townStores';
import type { AgentId } from '../engine/types';

/** The largest seed, as the scenario format bounds `seed`. */
const SEED_MAX = 2 ** 31 - 1;
/** Longest file name accepted for scenario text (the longest a file system gives). */
const FILE_NAME_MAX = 255;

/** A refused argument: `ledgertown.<method>: expected …, found …`. */
export class AutomationArgumentError extends TypeError {
  constructor(method: string, expected: string, found: unknown, foundText = describe(found)) {
    super(`ledgertown.${method}: expected ${expected}, found ${foundText}`);
    this.name = 'AutomationArgumentError';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export function checkSeed(method: string, value: unknown): number {
  if (!isWhole(value, 0, SEED_MAX))
    throw new AutomationArgumentError(
      method,
      `a seed: a whole number from 0 to ${SEED_MAX}`,
      value,
    );
  return value;
}

/** A day to open or jump to: 0 to `lastDay` (the scenario's days when no town is open yet). */
export function checkDay(method: string, value: unknown, lastDay: number = LIMITS.days): number {
  if (!isWhole(value, 0, lastDay))
    throw new AutomationArgumentError(method, `a day: a whole number from 0 to ${lastDay}`, value);
  return value;
}

export function checkDays(method: string, value: unknown): number {
  if (!isWhole(value, 1, LIMITS.days))
    throw new AutomationArgumentError(
      method,
      `a number of days: a whole number from 1 to ${LIMITS.days}`,
      value,
    );
  return value;
}

export function checkSpeed(method: string, value: unknown): Speed {
  const speed = SPEEDS.find((s) => s === value);
  if (speed === undefined)
    throw new AutomationArgumentError(method, 'a speed: 1, 5, 20 or "max"', value);
  return speed;
}

export function checkLens(method: string, value: unknown): Lens {
  const lens = parseLens(value);
  if (lens === undefined)
    throw new AutomationArgumentError(method, 'a lens: "told", "recorded" or "truth"', value);
  return lens;
}

/** A person (`p0` …) or business (`b0` …) of the open town, or null to select nobody. */
export function checkAgent(method: string, value: unknown, stores: TownStores): AgentId | null {
  if (value === null) return null;
  const people = stores.town.getState().peopleNames.length;
  const businesses = stores.town.getState().businessNames.length;
  const id = parseAgentId(value);
  const index = id === undefined ? -1 : Number(id.slice(1));
  const exists = id?.startsWith('p') ? index < people : index < businesses;
  if (id === undefined || !exists)
    throw new AutomationArgumentError(
      method,
      people === 0
        ? 'null: no town is open'
        : `null, a person p0 to p${people - 1}${businesses > 0 ? ` or a business b0 to b${businesses - 1}` : ''}`,
      value,
    );
  return id;
}

export function checkText(method: string, value: unknown): string {
  if (typeof value !== 'string') throw new AutomationArgumentError(method, 'scenario text', value);
  return value;
}

export function checkFileName(method: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > FILE_NAME_MAX)
    throw new AutomationArgumentError(
      method,
      `a file name of 1 to ${FILE_NAME_MAX} characters`,
      value,
    );
  return value;
}

/** An options object, or undefined; anything else (a number, a list) is refused. */
export function checkOptions<K extends string>(
  method: string,
  value: unknown,
  keys: readonly K[],
): Partial<Record<K, unknown>> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new AutomationArgumentError(method, `an options object { ${keys.join(', ')} }`, value);
  const unknown = Object.keys(value).find((key) => !(keys as readonly string[]).includes(key));
  if (unknown !== undefined)
    throw new AutomationArgumentError(
      method,
      `options among ${keys.join(', ')}`,
      unknown,
      `an option ${JSON.stringify(unknown)}`,
    );
  return value as Partial<Record<K, unknown>>;
}
