/**
 * Compile a Scenario once into flat tables the systems read: behaviours as rate tables, rules as a
 * dispatch table keyed by behaviour, conditions pre-parsed, lists and consequences as bit masks.
 * A day then costs time proportional to people and events, not to rules × people.
 */
import type { Scenario } from '../../scenario/schema';
import {
  compileBehaviours,
  EXTRA_OCCUPATIONS,
  indexOf,
  KIND_HARMFUL,
  PLACES,
  SERVICES,
  type CompiledBehaviours,
} from './behaviours';
import { ConditionMeter } from '../../scenario/conditions/conditionCost';
import { compileCondition, type Condition } from '../../scenario/conditions/expression';

// The catalogue's names stay importable from here, where other folders already find them.
export {
  actSlotTotal,
  BEHAVIOUR_KINDS,
  CIVIC_SLOT_CAP,
  EXTRA_OCCUPATIONS,
  KIND_CIVIC,
  KIND_HARMFUL,
  KIND_HARMLESS,
  KIND_SPEECH,
  PLACES,
  ScenarioReferenceError,
  SERVICES,
  TRAITS,
  type CompiledBehaviours,
} from './behaviours';

export interface CompiledSource {
  id: string;
  sees: Uint8Array;
  coverage: number;
  useDistrictCoverage: boolean;
  retentionDays: number;
  misattribution: number;
  falseReports: number;
  /** Behaviour a false report claims, -1 when the source watches no harmful person act. */
  falseReportOf: number;
}

/** What a condition reads, as the engine fills it (see conditionReads). */
export interface ConditionInputs {
  /** Bits of PERSON_FIELD_BITS the condition reads. */
  person: number;
  /** It reads record counts. */
  record: boolean;
  /** Age in days from which records cannot count toward what it reads. */
  recordHorizon: number;
  /** It reads the triggering event. */
  event: boolean;
}

/** One bit per PersonVars field, for ConditionInputs.person. */
export const PERSON_FIELD_BITS = {
  age: 1,
  income: 2,
  score: 4,
  grade: 8,
  occupation: 16,
  district: 32,
  listed: 64,
  children: 128,
  debts: 256,
  fear: 512,
} as const;
export const PERSON_ALL_FIELDS = 1023;

/** The inputs of a condition; maxRetention bounds the records any count can include. */
function conditionInputs(when: Condition, maxRetention: number): ConditionInputs {
  const { person, record, event } = when.reads;
  let bits = 0;
  if (person === null) bits = PERSON_ALL_FIELDS;
  else
    for (const field of person)
      bits |= (PERSON_FIELD_BITS as Record<string, number>)[field] ?? PERSON_ALL_FIELDS;
  let horizon = 0;
  if (record === null || record.has('total')) horizon = Infinity;
  else if (record.size > 0)
    for (const field of record)
      horizon = Math.max(horizon, field === 'count30' ? 30 : field === 'count365' ? 365 : Infinity);
  return {
    person: bits,
    record: record === null || record.size > 0,
    recordHorizon: Math.min(horizon, Math.max(0, maxRetention)),
    event: event === null || event.size > 0,
  };
}

export interface CompiledRule {
  index: number;
  id: string;
  behaviour: number;
  points: number;
  when: Condition | null;
  /** What `when` reads (null with no condition). */
  inputs: ConditionInputs | null;
  reason: string;
  area: string;
  told: boolean;
  /** Highest score allowed after this rule fires (capGrade), Infinity when uncapped. */
  scoreCap: number;
}

export interface CompiledList {
  index: number;
  id: string;
  label: string;
  blacklist: boolean;
  business: boolean;
  /** Behaviours whose records put a subject on the list. */
  entryOn: number[];
  when: Condition | null;
  inputs: ConditionInputs | null;
  /** Behaviours whose true acts make a listing rightful (entry.on, or for condition-only lists the scored acts). */
  qualifying: Uint8Array;
  graceDays: number;
  durationDays: number;
  onSettle: boolean;
  settleDelayDays: number;
  onExpiry: boolean;
  onAppeal: boolean;
  published: boolean;
}

export interface CompiledConsequence {
  index: number;
  id: string;
  label: string;
  sanction: boolean;
  effect: string;
  /** Index into SERVICES, -1 for none. */
  service: number;
  agency: string;
  /** Bits of the lists it applies to (0 when joint punishment is off and the agency is not the court). */
  listMask: number;
  /** Bits of grade indices (scenario order) it applies to. */
  gradeMask: number;
  spillover: 'none' | 'children' | 'household';
  lingerDays: number;
}

export interface CompiledScenario {
  behaviours: CompiledBehaviours;
  sources: CompiledSource[];
  /** Per place (PLACES index): the sources that see it, in declaration order. */
  watchersOf: Int32Array[];
  rules: CompiledRule[];
  /** Rule indices per behaviour. */
  rulesOn: number[][];
  lists: CompiledList[];
  /** List indices whose entry.on includes the behaviour. */
  listsOn: number[][];
  consequences: CompiledConsequence[];
  /** Consequence indices that refuse, and that reward, each service. */
  refusesService: number[][];
  rewardsService: number[][];
  occupationIds: string[];
  grades: CompiledGrades;
  /**
   * Whose scores the census reports (mean score, grade counts): the town's (town.businesses.rated),
   * so every rule set run on one town reports the same subjects. Without it a street of rated shops
   * would report its 2,000 unscored people in the top band.
   */
  scored: 'people' | 'businesses';
  /** Behaviours that a rule scores negatively / positively (the acts adaptation acts on). */
  penalised: Uint8Array;
  rewarded: Uint8Array;
  transparent: boolean;
  /** Steps of the conditions evaluated today, against the day budget (stepDay starts each day). */
  conditionMeter: ConditionMeter;
}

export interface CompiledGrades {
  ids: string[];
  /** Grade indices (scenario order) sorted by min, highest first. */
  order: Int32Array;
  min: Float64Array;
  /**
   * Per grade: the min of the band just above it (Infinity for the top one), so a score in
   * [min[g], upper[g]) has grade g (a band tied with one above it has upper = min: never).
   */
  upper: Float64Array;
}

/**
 * The grade of `score` for an agent whose grade was `current`: the same when the score is still
 * inside that band (the common case, two comparisons), else gradeOf.
 */
export function regradeOf(grades: CompiledGrades, current: number, score: number): number {
  if (score >= grades.min[current] && score < grades.upper[current]) return current;
  return gradeOf(grades, score);
}

/** Grade index (scenario order) of a score: the first band, highest first, whose min it reaches. */
export function gradeOf(grades: CompiledGrades, score: number): number {
  const order = grades.order;
  for (let k = 0; k < order.length; k++) if (score >= grades.min[order[k]]) return order[k];
  return order[order.length - 1];
}

function compileGrades(scenario: Scenario): CompiledGrades {
  const grades = scenario.ruleset.scoring.grades;
  const order = grades.map((_, i) => i).sort((a, b) => grades[b].min - grades[a].min || a - b);
  const min = Float64Array.from(grades.map((g) => g.min));
  const upper = new Float64Array(grades.length);
  order.forEach((g, rank) => {
    upper[g] = rank === 0 ? Infinity : min[order[rank - 1]];
  });
  return { ids: grades.map((g) => g.id), order: Int32Array.from(order), min, upper };
}

/** Highest score that is at most grade `id`: just below the next higher band. */
function scoreCapFor(grades: CompiledGrades, id: string, path: string): number {
  const g = indexOf(grades.ids, id, path, 'grade');
  const rank = Array.from(grades.order).indexOf(g);
  if (rank === 0) return Infinity;
  return grades.min[grades.order[rank - 1]] - 1;
}

/** Compile a parsed scenario; throws ScenarioReferenceError when an id points at nothing. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const occupationIds = [...scenario.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
  const behaviours = compileBehaviours(scenario, occupationIds);
  const bIds = behaviours.ids;
  const rs = scenario.ruleset;
  const grades = compileGrades(scenario);
  const transparent = rs.opacity.disclosure === 'full' || rs.opacity.disclosure === 'reasons';
  const conditionMeter = new ConditionMeter();

  const sources: CompiledSource[] = scenario.surveillance.sources.map((s, i) => {
    const sees = new Uint8Array(PLACES.length);
    for (const p of s.sees) sees[PLACES.indexOf(p)] = 1;
    let falseReportOf = -1;
    if (s.falseReportOf)
      falseReportOf = indexOf(
        bIds,
        s.falseReportOf,
        `surveillance.sources[${i}].falseReportOf`,
        'behaviour',
      );
    else
      for (let b = 0; b < behaviours.count && falseReportOf < 0; b++)
        if (
          behaviours.kind[b] === KIND_HARMFUL &&
          !behaviours.business[b] &&
          sees[behaviours.place[b]]
        )
          falseReportOf = b;
    return {
      id: s.id,
      sees,
      coverage: s.coverage,
      useDistrictCoverage: s.useDistrictCoverage,
      retentionDays: s.retentionDays,
      misattribution: s.misattribution,
      falseReports: s.falseReports,
      falseReportOf,
    };
  });

  const rulesOn: number[][] = bIds.map(() => []);
  const penalised = new Uint8Array(behaviours.count);
  const rewarded = new Uint8Array(behaviours.count);
  const maxRetention = sources.reduce((m, s) => Math.max(m, s.retentionDays), 0);
  const rules: CompiledRule[] = rs.rules.map((r, i) => {
    const behaviour = indexOf(bIds, r.on, `ruleset.rules[${i}].on`, 'behaviour');
    rulesOn[behaviour].push(i);
    if (r.points < 0) penalised[behaviour] = 1;
    if (r.points > 0) rewarded[behaviour] = 1;
    const when = r.when
      ? compileCondition(r.when, 'rule', `ruleset.rules[${i}].when`, conditionMeter)
      : null;
    return {
      index: i,
      id: r.id,
      behaviour,
      points: r.points,
      when,
      inputs: when ? conditionInputs(when, maxRetention) : null,
      reason: r.reason,
      area: r.area,
      told: r.told ?? transparent,
      scoreCap: r.capGrade
        ? scoreCapFor(grades, r.capGrade, `ruleset.rules[${i}].capGrade`)
        : Infinity,
    };
  });

  const listsOn: number[][] = bIds.map(() => []);
  const lists: CompiledList[] = rs.lists.map((l, i) => {
    const entryOn = l.entry.on.map((id, k) =>
      indexOf(bIds, id, `ruleset.lists[${i}].entry.on[${k}]`, 'behaviour'),
    );
    for (const b of entryOn) listsOn[b].push(i);
    const qualifying = new Uint8Array(behaviours.count);
    if (entryOn.length > 0) for (const b of entryOn) qualifying[b] = 1;
    else
      for (let b = 0; b < behaviours.count; b++) {
        const subjectMatches = (behaviours.business[b] === 1) === (l.subject === 'business');
        const scored =
          l.kind === 'blacklist'
            ? penalised[b] || behaviours.kind[b] === KIND_HARMFUL
            : rewarded[b];
        if (subjectMatches && scored) qualifying[b] = 1;
      }
    const when = l.entry.when
      ? compileCondition(l.entry.when, 'list', `ruleset.lists[${i}].entry.when`, conditionMeter)
      : null;
    return {
      index: i,
      id: l.id,
      label: l.label,
      blacklist: l.kind === 'blacklist',
      business: l.subject === 'business',
      entryOn,
      when,
      inputs: when ? conditionInputs(when, maxRetention) : null,
      qualifying,
      graceDays: l.entry.graceDays,
      durationDays: l.durationDays,
      onSettle: l.removal.onSettle,
      settleDelayDays: l.removal.settleDelayDays,
      onExpiry: l.removal.onExpiry,
      onAppeal: l.removal.onAppeal,
      published: l.published,
    };
  });
  const listIds = lists.map((l) => l.id);

  const refusesService: number[][] = SERVICES.map(() => []);
  const rewardsService: number[][] = SERVICES.map(() => []);
  const consequences: CompiledConsequence[] = rs.consequences.map((c, i) => {
    const applyLists = rs.jointPunishment || c.agency === 'court';
    let listMask = 0;
    c.lists.forEach((id, k) => {
      const l = indexOf(listIds, id, `ruleset.consequences[${i}].lists[${k}]`, 'list');
      if (applyLists) listMask |= 1 << l;
    });
    let gradeMask = 0;
    c.grades.forEach((id, k) => {
      gradeMask |= 1 << indexOf(grades.ids, id, `ruleset.consequences[${i}].grades[${k}]`, 'grade');
    });
    const service = c.service ? SERVICES.indexOf(c.service) : -1;
    if (service >= 0 && c.kind === 'sanction' && c.effect === 'refuse')
      refusesService[service].push(i);
    if (service >= 0 && c.kind === 'reward') rewardsService[service].push(i);
    return {
      index: i,
      id: c.id,
      label: c.label,
      sanction: c.kind === 'sanction',
      effect: c.effect,
      service,
      agency: c.agency,
      listMask,
      gradeMask,
      spillover: c.spillover,
      lingerDays: c.lingerDays,
    };
  });

  return {
    behaviours,
    sources,
    watchersOf: PLACES.map((_, place) =>
      Int32Array.from(sources.keys()).filter((i) => sources[i].sees[place] !== 0),
    ),
    rules,
    rulesOn,
    lists,
    listsOn,
    consequences,
    refusesService,
    rewardsService,
    occupationIds,
    grades,
    scored: scenario.town.businesses.rated ? 'businesses' : 'people',
    penalised,
    rewarded,
    transparent,
    conditionMeter,
  };
}
