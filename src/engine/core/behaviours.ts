/**
 * The behaviour catalogue compiled into rate tables: kinds, places, services, trait and occupation
 * multipliers, obligations and slot caps. The bound on a day's total slots is the scenario format's
 * (src/scenario/slotBudget.ts), so the scenario checks need no engine.
 */
import {
  BEHAVIOUR_KINDS,
  EXTRA_OCCUPATIONS,
  PLACES,
  SERVICES,
  TRAITS,
} from '../../scenario/behaviourTerms';
import type { Scenario } from '../../scenario/schema';
import { actSlotTotal, CIVIC_SLOT_CAP } from '../../scenario/slotBudget';

export {
  actSlotTotal,
  BEHAVIOUR_KINDS,
  CIVIC_SLOT_CAP,
  EXTRA_OCCUPATIONS,
  PLACES,
  SERVICES,
  TRAITS,
};

/** Positions in BEHAVIOUR_KINDS the engine branches on. */
export const KIND_HARMFUL = 0;
export const KIND_HARMLESS = 1;
export const KIND_CIVIC = 2;
export const KIND_SPEECH = 3;

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
