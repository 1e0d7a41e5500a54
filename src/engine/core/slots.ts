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
  return { acts, stride, start, cap, end };
}
