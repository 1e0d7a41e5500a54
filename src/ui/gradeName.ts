/**
 * How a grade is named on screen: in the page's language, as src/text/labels.ts names grades (codes
 * such as "AAA" stay as written; English words give way to the scenario's translated label).
 */
import type { ScenarioTextSource } from '../scenario/localizedText';
import { gradeName as gradeIn } from '../text/labels';
import { locale } from './strings';

/** The grade `id` as this page shows it. */
export function gradeName(
  scenario: ScenarioTextSource | null | undefined,
  id: string,
  language: string = locale,
): string {
  return gradeIn(scenario, id, language);
}
