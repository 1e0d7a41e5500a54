/**
 * The bound on a day's act slots (see src/engine/core/slots.ts): every behaviour's slot is its rate
 * at the strongest trait and job multipliers, times the widest factor adaptation may apply, and one
 * agent's slots must fit in one uniform draw. The scenario checks reject rates that break it; the
 * engine lays the slots out with the same constant.
 */
import { EXTRA_OCCUPATIONS, TRAITS } from './behaviourTerms';
import type { Scenario } from './schema';

/**
 * Widest multiplier adaptation may apply to an act (the width of its slot over the base rate).
 * Civic acts can be raised by reward seeking up to this factor; every other act can only be lowered.
 * A constant, not a rule setting, so the slot layout never depends on the rule set.
 */
export const CIVIC_SLOT_CAP = 3;

/** The largest total slot width any one person (or business) could have: must stay at most 1. */
export function actSlotTotal(scenario: Scenario): { person: number; business: number } {
  const occupationIds = [...scenario.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
  const totals = { person: 0, business: 0 };
  for (const x of scenario.behaviours) {
    let traitMax = 1;
    for (const t of TRAITS) {
      const f = x.traits[t];
      if (f !== undefined) traitMax *= Math.max(f, 1 / f);
    }
    let occMax = 0;
    for (const o of occupationIds) occMax = Math.max(occMax, x.occupations[o] ?? 1);
    const cap = x.kind === 'civic' ? CIVIC_SLOT_CAP : 1;
    const width = x.rate * traitMax * (x.actor === 'business' ? 1 : occMax) * cap;
    totals[x.actor] += width;
  }
  return totals;
}
