/**
 * Act slots: the design that keeps comparisons fair. Each agent draws ONE uniform u per day for its act.
 * Every behaviour b owns a fixed slot [start_b, start_b + width_b) laid out once, where width_b is the
 * agent's base rate × the largest multiplier adaptation may ever apply (slotCap). The act happens when
 * u falls in [start_b, start_b + base_b × multiplier_b). Lowering one behaviour's multiplier therefore
 * removes only draws that fell in that behaviour's slot: no other act shifts, and two rule sets differ
 * only in the acts the rules themselves changed. Slots depend on the scenario's behaviours and the town,
 * never on the rule set.
 */
import { TRAITS, type CompiledBehaviours } from './compile';
import type { Town } from '../town/town';

export interface ActTable {
  /** Behaviour indices, in slot order. */
  acts: Int32Array;
  stride: number;
  /** Per agent: stride + 1 slot boundaries (start of each slot, then the end of the last). */
  start: Float64Array;
  /** Per act: the slot's width over the base rate (slotCap of its behaviour). */
  cap: Float64Array;
  /** Per agent: the end of its last slot (a copy of its last boundary, read by every agent every day). */
  end: Float64Array;
  /**
   * Per agent, `stride` floats: the boundaries between its slots (1 … stride − 1) rounded DOWN to
   * float32, then +Infinity. Under half the bytes of `start` (60 B a row against 128 B at 15 acts),
   * so the daily search of the few agents who may act reads one or two cache lines instead of two or
   * three; quickSlot and quickAct say when the rounded values cannot decide, and then the exact
   * boundaries are read (exactSlot, exactAct).
   */
  quick: Float32Array;
}

/** Outcome of quickAct: the act happens, does not, or the rounded boundaries cannot tell. */
export const ACT_NO = 0;
export const ACT_YES = 1;
export const ACT_UNSURE = -1;

/**
 * How far above its float32 rounded-down value `lo` a boundary may be: less than one float32 step,
 * bounded by lo × 2^-23 (+ the smallest subnormal step); twice that is used, for room.
 */
const slack = (lo: number): number => lo * 2 ** -22 + 1e-44;

/** The slot u falls in, by the exact boundaries (u is below the agent's end). */
export function exactSlot(table: ActTable, k: number, u: number): number {
  const start = table.start;
  const row = k * (table.stride + 1);
  let slot = 0;
  while (start[row + slot + 1] <= u) slot++;
  return slot;
}

/**
 * The slot u falls in, by the rounded boundaries, or -1 when a boundary is too close to u to tell
 * (about one draw in a million). u is below the agent's end.
 */
export function quickSlot(table: ActTable, k: number, u: number): number {
  const quick = table.quick;
  const q = k * table.stride;
  let slot = 0;
  while (quick[q + slot] <= u) slot++;
  // Every boundary above is above u (it is at least its rounded value); the one below might not be.
  if (slot > 0) {
    const lo = quick[q + slot - 1];
    if (u < lo + slack(lo)) return -1;
  }
  return slot;
}

/**
 * Does an agent whose draw u fell in slot `slot` act, with this multiplier? In the slot's first
 * base × multiplier: (u − start) × cap < width × multiplier (as width = base × cap), computed on the
 * exact boundaries.
 */
export function exactAct(
  table: ActTable,
  k: number,
  u: number,
  slot: number,
  multiplier: number,
): boolean {
  const start = table.start;
  const row = k * (table.stride + 1) + slot;
  const width = start[row + 1] - start[row];
  return (u - start[row]) * table.cap[slot] < width * multiplier;
}

/**
 * exactAct's answer from the rounded boundaries, or ACT_UNSURE when they are too close to tell.
 * Each boundary lies in [lo, lo + slack(lo)) (the first is 0 and the last is `end`, both exact), so
 * both sides of the comparison are known within `margin`, which also covers the rounding of the
 * products; outside it the answer is the exact one.
 */
export function quickAct(
  table: ActTable,
  k: number,
  u: number,
  slot: number,
  multiplier: number,
): number {
  const last = table.stride - 1;
  const q = k * table.stride;
  const lo0 = slot === 0 ? 0 : table.quick[q + slot - 1];
  const lo1 = slot === last ? table.end[k] : table.quick[q + slot];
  const d0 = slot === 0 ? 0 : slack(lo0);
  const d1 = slot === last ? 0 : slack(lo1);
  const cap = table.cap[slot];
  const left = (u - lo0) * cap;
  const right = (lo1 - lo0) * multiplier;
  const margin =
    d0 * cap +
    (d0 + d1) * Math.abs(multiplier) +
    1e-15 * (Math.abs(left) + Math.abs(right)) +
    1e-300;
  if (left < right - margin) return ACT_YES;
  if (left > right + margin) return ACT_NO;
  return ACT_UNSURE;
}

/** ActTable.quick for `count` agents' boundaries `start` (stride + 1 per agent). */
export function quickBoundaries(start: Float64Array, stride: number, count: number): Float32Array {
  const quick = new Float32Array(count * stride);
  const scratch = new Float32Array(1);
  const bits = new Int32Array(scratch.buffer);
  for (let a = 0; a < count; a++) {
    for (let j = 1; j < stride; j++)
      quick[a * stride + j - 1] = float32Below(start[a * (stride + 1) + j], scratch, bits);
    if (stride > 0) quick[a * stride + stride - 1] = Infinity;
  }
  return quick;
}

/** The largest float32 at or below x (x ≥ 0). */
function float32Below(x: number, scratch: Float32Array, bits: Int32Array): number {
  scratch[0] = x;
  if (scratch[0] > x) bits[0]--;
  return scratch[0];
}

/** An agent's base daily rate of its k-th act (before adaptation): the slot's width over its cap. */
export function baseRate(table: ActTable, agent: number, k: number): number {
  const row = agent * (table.stride + 1);
  return (table.start[row + k + 1] - table.start[row + k]) / table.cap[k];
}

/** Trait multiplier: factor^(2·trait − 1), so a mid trait (0.5) leaves the rate unchanged. */
const traitMultiplier = (factor: number, trait: number): number =>
  factor === 1 ? 1 : Math.pow(factor, 2 * trait - 1);

function traitsOf(town: Town, person: number, out: Float64Array): Float64Array {
  const p = town.people;
  out[0] = p.conscientious[person];
  out[1] = p.impulsive[person];
  out[2] = p.outspoken[person];
  out[3] = p.civic[person];
  return out;
}

/**
 * Lay out the slots of `count` agents over `acts`. `personOf(a)` gives the person whose traits shape
 * agent a's rates (themselves, or a business's owner); `personal` applies age and occupation.
 */
export function buildActTable(
  behaviours: CompiledBehaviours,
  acts: Int32Array,
  town: Town,
  count: number,
  personOf: (agent: number) => number,
  personal: boolean,
): ActTable {
  const stride = acts.length;
  const start = new Float64Array(count * (stride + 1));
  const end = new Float64Array(count);
  const cap = Float64Array.from(acts, (b) => behaviours.slotCap[b]);
  const base = new Float64Array(stride);
  const traits = new Float64Array(TRAITS.length);
  const occupations = town.occupationIds.length;
  for (let a = 0; a < count; a++) {
    const person = personOf(a);
    traitsOf(town, person, traits);
    const age = town.people.age[person];
    const occupation = town.people.occupation[person];
    let total = 0;
    for (let k = 0; k < stride; k++) {
      const b = acts[k];
      let rate = behaviours.rate[b];
      for (let t = 0; t < TRAITS.length; t++)
        rate *= traitMultiplier(behaviours.traitFactor[b * TRAITS.length + t], traits[t]);
      if (personal) {
        rate *= behaviours.occupationFactor[b * occupations + occupation];
        if (age < behaviours.minAge[b] || age > behaviours.maxAge[b]) rate = 0;
      }
      base[k] = rate;
      total += rate * cap[k];
    }
    // Clamp: if an extreme agent's slots would overflow one day, shrink them all alike.
    const shrink = total > 1 ? 1 / total : 1;
    let at = 0;
    for (let k = 0; k < stride; k++) {
      start[a * (stride + 1) + k] = at;
      at += base[k] * shrink * cap[k];
    }
    start[a * (stride + 1) + stride] = at;
    end[a] = at;
  }
  return { acts, stride, start, cap, end, quick: quickBoundaries(start, stride, count) };
}
