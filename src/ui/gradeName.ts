/**
 * How a grade is named on screen. Grade ids are codes a reader of any language can take as they
 * are ("AAA", "B", "750+"), or English words a scenario author chose ("clear", "marked"). In another
 * language the words give way to the scenario's translated label; codes, and every id in English,
 * stay as written.
 */
import { localizedScenarioText, type ScenarioTextSource } from '../scenario/localizedText';
import { locale } from './strings';

/** An id that reads as an English word (two lower-case letters in a row), not a code. */
const WORD = /[a-z]{2}/;

/** The grade `id` as this page shows it (see the module comment). */
export function gradeName(
  scenario: ScenarioTextSource | null | undefined,
  id: string,
  language: string = locale,
): string {
  if (!scenario || language === 'en' || !WORD.test(id)) return id;
  return localizedScenarioText(scenario, language).label('grades', id, id);
}
