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

export interface CompiledRule {
  index: number;
  id: string;
  behaviour: number;
  points: number;
  when: Condition | null;
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
  return {
    ids: grades.map((g) => g.id),
    order: Int32Array.from(order),
    min: Float64Array.from(grades.map((g) => g.min)),
  };
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
  const rules: CompiledRule[] = rs.rules.map((r, i) => {
    const behaviour = indexOf(bIds, r.on, `ruleset.rules[${i}].on`, 'behaviour');
    rulesOn[behaviour].push(i);
    if (r.points < 0) penalised[behaviour] = 1;
    if (r.points > 0) rewarded[behaviour] = 1;
    return {
      index: i,
      id: r.id,
      behaviour,
      points: r.points,
      when: r.when
        ? compileCondition(r.when, 'rule', `ruleset.rules[${i}].when`, conditionMeter)
        : null,
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
    return {
      index: i,
      id: l.id,
      label: l.label,
      blacklist: l.kind === 'blacklist',
      business: l.subject === 'business',
      entryOn,
      when: l.entry.when
        ? compileCondition(l.entry.when, 'list', `ruleset.lists[${i}].entry.when`, conditionMeter)
        : null,
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
