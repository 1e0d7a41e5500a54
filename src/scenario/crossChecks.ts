/**
 * Checks that need the whole scenario at once: every name refers to something that exists, ids
 * are unique, grades are ordered, and the behaviour rates leave room in a day. Runs after the
 * schema, on the defaulted `Scenario`, and works without the source text (the editor uses it too).
 */
import { EXTRA_OCCUPATIONS } from './behaviourTerms';
import { actSlotTotal, CIVIC_SLOT_CAP } from './slotBudget';
import type { Finding, RefersTo } from './finding';
import type { RuleSet, Scenario } from './schema';
import { lessonFindings } from './lessonChecks';
import { roleFindings } from './roleChecks';
import { closestMatch } from './suggest';
import { checkTranslatedRoles } from './translationChecks';

type Path = PropertyKey[];

/** Every cross-reference, uniqueness and consistency problem in a parsed scenario. */
export function crossCheckScenario(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const error = (path: Path, message: string) =>
    findings.push({ path, message, severity: 'error' });
  const warning = (path: Path, message: string) =>
    findings.push({ path, message, severity: 'warning' });
  const refersTo = (
    path: Path,
    name: string,
    what: string,
    known: readonly string[],
    atKey = false,
  ) => {
    if (known.includes(name)) return;
    const guess = closestMatch(name, known);
    const expected = guess
      ? `the id of ${what} (did you mean "${guess}"?)`
      : known.length > 0
        ? `the id of ${what}: ${known.join(', ')}`
        : `the id of ${what}, but none is defined`;
    findings.push({
      path,
      message: `expected ${expected}, found "${name}"`,
      severity: 'error',
      atKey,
    });
  };

  const { town, behaviours } = scenario;
  uniqueIds(['town', 'districts'], town.districts, 'district', error);
  uniqueIds(['town', 'occupations'], town.occupations, 'occupation', error);
  uniqueIds(['town', 'businesses', 'sectors'], town.businesses.sectors, 'sector', error);
  uniqueIds(['behaviours'], behaviours, 'behaviour', error);
  uniqueIds(['surveillance', 'sources'], scenario.surveillance.sources, 'source', error);
  uniqueIds(['variants'], scenario.variants, 'variant', error);

  someShare(['town', 'districts'], town.districts, 'district', error);
  someShare(['town', 'occupations'], town.occupations, 'occupation', error);
  if (town.businesses.count > 0) {
    someShare(['town', 'businesses', 'sectors'], town.businesses.sectors, 'sector', error);
  }

  const districtIds = town.districts.map((d) => d.id);
  town.places?.forEach((place, i) => {
    if (place.district === undefined) return;
    refersTo(['town', 'places', i, 'district'], place.district, 'a district', districtIds);
  });

  const behaviourIds = behaviours.map((b) => b.id);
  const occupationIds = [...town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
  behaviours.forEach((behaviour, i) => {
    const at: Path = ['behaviours', i];
    for (const occupation of Object.keys(behaviour.occupations)) {
      refersTo(
        [...at, 'occupations', occupation],
        occupation,
        'an occupation',
        occupationIds,
        true,
      );
    }
    if (behaviour.minAge > behaviour.maxAge) {
      error(
        [...at, 'maxAge'],
        `expected an age of at least minAge (${behaviour.minAge}), found ${behaviour.maxAge}`,
      );
    }
    if (behaviour.kind === 'activity' && behaviour.service === undefined) {
      warning(
        [...at, 'service'],
        'expected a service for an activity (flight, train, school, …), found none: no sanction can refuse it',
      );
    }
    const watched = scenario.surveillance.sources.some((s) => s.sees.includes(behaviour.place));
    if (!watched && behaviour.kind !== 'activity') {
      warning(
        [...at, 'place'],
        `expected a place some surveillance source sees, found "${behaviour.place}": this act is never recorded`,
      );
    }
  });

  scenario.surveillance.sources.forEach((source, i) => {
    if (source.falseReportOf !== undefined) {
      const at: Path = ['surveillance', 'sources', i, 'falseReportOf'];
      refersTo(at, source.falseReportOf, 'a behaviour', behaviourIds);
    }
  });

  checkDailyRates(scenario, error);
  checkRuleSet(['ruleset'], scenario.ruleset, scenario, error, warning, refersTo);
  scenario.variants.forEach((variant, i) => {
    checkRuleSet(['variants', i, 'ruleset'], variant.ruleset, scenario, error, warning, refersTo);
  });
  findings.push(...roleFindings(scenario));
  findings.push(...lessonFindings(scenario));
  checkTranslatedRoles(scenario, refersTo);
  return findings;
}

type Report = (path: Path, message: string) => void;

function checkRuleSet(
  at: Path,
  ruleset: RuleSet,
  scenario: Scenario,
  error: Report,
  warning: Report,
  refersTo: RefersTo,
): void {
  const { scoring } = ruleset;
  const behaviourIds = scenario.behaviours.map((b) => b.id);
  const gradeIds = scoring.grades.map((g) => g.id);
  const listIds = ruleset.lists.map((l) => l.id);

  if (scoring.min > scoring.max) {
    error(
      [...at, 'scoring', 'max'],
      `expected at least min (${scoring.min}), found ${scoring.max}`,
    );
  } else if (scoring.start < scoring.min || scoring.start > scoring.max) {
    error(
      [...at, 'scoring', 'start'],
      `expected a start between min (${scoring.min}) and max (${scoring.max}), found ${scoring.start}`,
    );
  }
  uniqueIds([...at, 'scoring', 'grades'], scoring.grades, 'grade', error);
  scoring.grades.forEach((grade, i) => {
    const above = scoring.grades[i - 1];
    if (above && grade.min >= above.min) {
      error(
        [...at, 'scoring', 'grades', i, 'min'],
        `expected grades from best to worst, each min below the one above (${above.id}: ${above.min}), found ${grade.min}`,
      );
    }
  });
  const lowest = scoring.grades[scoring.grades.length - 1];
  if (lowest && lowest.min > scoring.min) {
    warning(
      [...at, 'scoring', 'grades', scoring.grades.length - 1, 'min'],
      `expected the lowest grade to start at or below the lowest score (${scoring.min}), found ${lowest.min}: lower scores count as grade ${lowest.id}`,
    );
  }
  if (scoring.model === 'weighted' && scoring.factors.length === 0) {
    warning(
      [...at, 'scoring', 'factors'],
      'expected factors for a weighted score, found none: everyone keeps the start score',
    );
  }
  uniqueIds([...at, 'scoring', 'factors'], scoring.factors, 'factor', error);

  uniqueIds([...at, 'rules'], ruleset.rules, 'rule', error);
  ruleset.rules.forEach((rule, i) => {
    refersTo([...at, 'rules', i, 'on'], rule.on, 'a behaviour', behaviourIds);
    if (rule.capGrade !== undefined) {
      refersTo([...at, 'rules', i, 'capGrade'], rule.capGrade, 'a grade', gradeIds);
    }
  });

  uniqueIds([...at, 'lists'], ruleset.lists, 'list', error);
  ruleset.lists.forEach((list, i) => {
    list.entry.on.forEach((behaviour, j) => {
      refersTo([...at, 'lists', i, 'entry', 'on', j], behaviour, 'a behaviour', behaviourIds);
    });
    if (list.entry.on.length === 0 && list.entry.when === undefined) {
      warning(
        [...at, 'lists', i, 'entry'],
        'expected entry.on or entry.when, found neither: nobody can be put on this list',
      );
    }
  });

  const servicesUsed = new Set(scenario.behaviours.map((b) => b.service));
  uniqueIds([...at, 'consequences'], ruleset.consequences, 'consequence', error);
  ruleset.consequences.forEach((consequence, i) => {
    const here: Path = [...at, 'consequences', i];
    consequence.lists.forEach((list, j) => {
      refersTo([...here, 'lists', j], list, 'a list', listIds);
    });
    consequence.grades.forEach((grade, j) => {
      refersTo([...here, 'grades', j], grade, 'a grade', gradeIds);
    });
    if (consequence.lists.length === 0 && consequence.grades.length === 0) {
      warning(here, 'expected lists or grades it applies to, found neither: it applies to nobody');
    }
    if (consequence.effect === 'refuse' && consequence.service === undefined) {
      error([...here, 'service'], 'expected the service that is refused, found none');
    } else if (
      consequence.effect === 'refuse' &&
      consequence.service !== undefined &&
      !servicesUsed.has(consequence.service)
    ) {
      warning(
        [...here, 'service'],
        `expected a service some activity uses, found "${consequence.service}": no behaviour has service: ${consequence.service}, so nobody is ever refused`,
      );
    } else if (
      consequence.kind === 'reward' &&
      consequence.service !== undefined &&
      !servicesUsed.has(consequence.service)
    ) {
      // A reward tied to a service is counted only when someone uses that service.
      warning(
        [...here, 'service'],
        `expected a service some activity uses, found "${consequence.service}": no behaviour has service: ${consequence.service}, so this reward is never given; add an activity behaviour with service: ${consequence.service}`,
      );
    }
  });
}

/**
 * Each actor does at most one act a day, drawn against fixed slots; the engine's widest possible
 * slots (rate × strongest trait and job multipliers × adaptation headroom) must fit in one day.
 */
function checkDailyRates(scenario: Scenario, error: Report): void {
  const totals = actSlotTotal(scenario);
  for (const actor of ['person', 'business'] as const) {
    if (totals[actor] <= 1) continue;
    const first = scenario.behaviours.findIndex((b) => b.actor === actor);
    error(
      ['behaviours', first, 'rate'],
      `expected the daily rates of all ${actor} behaviours, at their strongest trait and job multipliers (civic acts ×${CIVIC_SLOT_CAP} for reward seeking), to add up to at most 1, found ${round(totals[actor])}: lower some rates or multipliers`,
    );
  }
}

/** Shares are relative weights: at least one must be above 0 or nobody can be placed. */
function someShare(
  at: Path,
  items: readonly { share: number }[],
  what: string,
  error: Report,
): void {
  if (items.some((item) => item.share > 0)) return;
  error([...at, 0, 'share'], `expected at least one ${what} with a share above 0, found all 0`);
}

function uniqueIds(at: Path, items: readonly { id: string }[], what: string, error: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      error(
        [...at, i, 'id'],
        `expected a ${what} id not used before, found "${item.id}" again (first at ${what} ${first + 1})`,
      );
    }
  });
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
