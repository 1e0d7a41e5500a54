/**
 * The behaviour catalogue compiled into rate tables: kinds, places, services, trait and occupation
 * multipliers, obligations and slot caps; and the bound on a day's total act slots.
 */
import { BEHAVIOUR_KINDS, PLACES, SERVICES, TRAITS } from '../../scenario/behaviourTerms';
import type { Scenario } from '../../scenario/schema';

export { BEHAVIOUR_KINDS, PLACES, SERVICES, TRAITS };

/** Positions in BEHAVIOUR_KINDS the engine branches on. */
export const KIND_HARMFUL = 0;
export const KIND_HARMLESS = 1;
export const KIND_CIVIC = 2;
export const KIND_SPEECH = 3;

/** Occupation ids the town adds after the scenario's own: school-age children, infants, the retired. */
export const EXTRA_OCCUPATIONS = ['student', 'child', 'retired'] as const;

/**
 * Widest multiplier adaptation may apply to an act (the width of its slot over the base rate).
 * Civic acts can be raised by reward seeking up to this factor; every other act can only be lowered.
 * A constant, not a rule setting, so the slot layout never depends on the rule set.
 */
export const CIVIC_SLOT_CAP = 3;

export interface CompiledBehaviours {
  count: number;
  ids: string[];
  labels: string[];
  kind: Uint8Array;
  /** 1 for business behaviours. */
  business: Uint8Array;
  rate: Float64Array;
  place: Uint8Array;
  /** Index into SERVICES, -1 for none. */
  service: Int8Array;
  minAge: Uint8Array;
  maxAge: Uint8Array;
  deterrable: Float64Array;
  /** Behaviour leaves a debt until settled. */
  obligation: Uint8Array;
  repayRate: Float64Array;
  listedRepayRate: Float64Array;
  /** Per behaviour × trait: the factor at the top of the trait (1 when unset). */
  traitFactor: Float64Array;
  /** Per behaviour × occupation (scenario's then EXTRA_OCCUPATIONS): rate multiplier. */
  occupationFactor: Float64Array;
  /** Slot width over the base rate (CIVIC_SLOT_CAP for civic acts, else 1). */
  slotCap: Float64Array;
  /** Behaviour indices done by people, and by businesses, in catalogue order. */
  personActs: Int32Array;
  businessActs: Int32Array;
}

/** An error in a scenario found while compiling it: the field and what is wrong. */
export class ScenarioReferenceError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/** Index of an id in a list, or a ScenarioReferenceError naming the field and the known ids. */
export function indexOf(ids: string[], id: string, path: string, what: string): number {
  const i = ids.indexOf(id);
  if (i < 0)
    throw new ScenarioReferenceError(path, `no ${what} "${id}" (known: ${ids.join(', ')})`);
  return i;
}

/** Compile the behaviour catalogue (occupation ids: the scenario's, then EXTRA_OCCUPATIONS). */
export function compileBehaviours(scenario: Scenario, occupationIds: string[]): CompiledBehaviours {
  const list = scenario.behaviours;
  const n = list.length;
  const b: CompiledBehaviours = {
    count: n,
    ids: list.map((x) => x.id),
    labels: list.map((x) => x.label),
    kind: new Uint8Array(n),
    business: new Uint8Array(n),
    rate: new Float64Array(n),
    place: new Uint8Array(n),
    service: new Int8Array(n),
    minAge: new Uint8Array(n),
    maxAge: new Uint8Array(n),
    deterrable: new Float64Array(n),
    obligation: new Uint8Array(n),
    repayRate: new Float64Array(n),
    listedRepayRate: new Float64Array(n),
    traitFactor: new Float64Array(n * TRAITS.length).fill(1),
    occupationFactor: new Float64Array(n * occupationIds.length).fill(1),
    slotCap: new Float64Array(n),
    personActs: new Int32Array(list.filter((x) => x.actor === 'person').length),
    businessActs: new Int32Array(list.filter((x) => x.actor === 'business').length),
  };
  let p = 0;
  let q = 0;
  list.forEach((x, i) => {
    b.kind[i] = BEHAVIOUR_KINDS.indexOf(x.kind);
    b.business[i] = x.actor === 'business' ? 1 : 0;
    if (x.actor === 'business') b.businessActs[q++] = i;
    else b.personActs[p++] = i;
    b.rate[i] = x.rate;
    b.place[i] = PLACES.indexOf(x.place);
    b.service[i] = x.service ? SERVICES.indexOf(x.service) : -1;
    b.minAge[i] = Math.min(255, x.minAge);
    b.maxAge[i] = Math.min(255, x.maxAge);
    b.deterrable[i] = x.deterrable;
    if (x.obligation) {
      b.obligation[i] = 1;
      b.repayRate[i] = x.obligation.repayRate;
      b.listedRepayRate[i] = x.obligation.listedRepayRate;
    }
    TRAITS.forEach((t, k) => {
      const f = x.traits[t];
      if (f !== undefined) b.traitFactor[i * TRAITS.length + k] = f;
    });
    for (const [occ, f] of Object.entries(x.occupations)) {
      const o = indexOf(occupationIds, occ, `behaviours[${i}].occupations.${occ}`, 'occupation');
      b.occupationFactor[i * occupationIds.length + o] = f;
    }
    b.slotCap[i] = b.kind[i] === KIND_CIVIC ? CIVIC_SLOT_CAP : 1;
  });
  return b;
}

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
