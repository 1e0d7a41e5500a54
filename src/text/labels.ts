/**
 * A scenario's labels by id, in a language: the scenario's own words for its behaviours, sources,
 * rules, grades, lists and consequences, translated where its `translations` translate them (else
 * English, else the id). The wording functions of src/text put these inside their sentences.
 */
import {
  localizedScenarioText,
  type LabelGroup,
  type ScenarioTextSource,
} from '../scenario/localizedText';
import type { Scenario } from '../scenario/schema';

/** Labels of a scenario's ids, looked up once per scenario. */
export interface ScenarioLabels {
  source(id: string): string;
  list(id: string): string;
  consequence(id: string): string;
  behaviour(id: string): string;
  rule(id: string): string;
  district(id: string): string;
  /** As grades are named (gradeName: codes such as AAA stay as written). */
  grade(id: string): string;
}

/** The id → label lookups of a scenario in `language` (else English, else the id). */
export function scenarioLabels(scenario: Scenario, language: string): ScenarioLabels {
  const text = localizedScenarioText(scenario, language);
  type Item = { id: string; label?: string; reason?: string; name?: string };
  const lookup = (group: LabelGroup, items: Item[]) => {
    const map = new Map(
      items.map((item) => [item.id, item.label ?? item.reason ?? item.name ?? item.id]),
    );
    return (id: string) => text.label(group, id, map.get(id) ?? id);
  };
  return {
    source: lookup('surveillance', scenario.surveillance.sources),
    list: lookup('lists', scenario.ruleset.lists),
    consequence: lookup('consequences', scenario.ruleset.consequences),
    behaviour: lookup('behaviours', scenario.behaviours),
    rule: lookup('rules', scenario.ruleset.rules),
    district: lookup('districts', scenario.town.districts),
    grade: (id) => gradeName(scenario, id, language),
  };
}

/** An id that reads as an English word (two lower-case letters in a row), not a code. */
const WORD = /[a-z]{2}/;

/**
 * How a grade is named. Grade ids are codes a reader of any language can take as they are ("AAA",
 * "B", "750+"), or English words a scenario author chose ("clear", "marked"). In another language
 * the words give way to the scenario's translated label; codes, and every id in English, stay as
 * written.
 */
export function gradeName(
  scenario: ScenarioTextSource | null | undefined,
  id: string,
  language: string,
): string {
  if (!scenario || language === 'en' || !WORD.test(id)) return id;
  return localizedScenarioText(scenario, language).label('grades', id, id);
}

/** Ids as their own labels, for the moment no scenario is at hand. */
export const ID_LABELS: ScenarioLabels = {
  source: (id) => id,
  list: (id) => id,
  consequence: (id) => id,
  behaviour: (id) => id,
  rule: (id) => id,
  district: (id) => id,
  grade: (id) => id,
};
