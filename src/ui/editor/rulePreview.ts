/**
 * What a rule does, read from the data so the editor can say it in plain words: which sources can
 * see the act, who it is, the condition, the points, a grade cap and what the person is told. Reads
 * the draft defensively (it may be half-typed); the locale turns the description into a sentence.
 */
import { locale } from '../locale/pageLocale';
import { readCondition, type ConditionPhrase } from './conditionPhrase';

/** What the person learns when the rule fires: a rule's own `told`, else the scenario's opacity. */
export type Telling = 'told' | 'notTold' | 'full' | 'reasons' | 'score' | 'nothing';

export interface RuleDescription {
  id: string;
  actor: 'person' | 'business';
  /** The behaviour's label; `known` false when `on` names no behaviour of this town. */
  act: { label: string; known: boolean };
  /** Labels of the surveillance sources that watch the place where the act happens. */
  sources: string[];
  condition: ConditionPhrase | null;
  /** null while the points are not a number. */
  points: number | null;
  capGrade: string | null;
  telling: Telling;
}

const DISCLOSURES: readonly Telling[] = ['full', 'reasons', 'score', 'nothing'];

/** Describes `rule` (draft data) in the town of `scenario` under the opacity of `ruleset`. */
export function describeRule(rule: unknown, scenario: unknown, ruleset: unknown): RuleDescription {
  const r = record(rule);
  const on = text(r.on);
  const behaviour = list(record(scenario).behaviours)
    .map(record)
    .find((b) => b.id === on);
  const place = behaviour ? text(behaviour.place) : '';
  // The scenario's own translation of a label, for the page's language (English when none).
  const translations = record(record(record(scenario).translations)[locale]);
  const say = (group: string, id: string, english: string) =>
    text(record(translations[group])[id]) || english;
  const sources = list(record(record(scenario).surveillance).sources)
    .map(record)
    .filter(
      (s) => list(s.sees).includes(place) && (typeof s.coverage !== 'number' || s.coverage > 0),
    )
    .map((s) => say('surveillance', text(s.id), text(s.label) || text(s.id)));
  const when = text(r.when).trim();
  const disclosure = text(record(record(ruleset).opacity).disclosure) as Telling;
  return {
    id: text(r.id),
    actor: behaviour?.actor === 'business' ? 'business' : 'person',
    act: behaviour
      ? { label: say('behaviours', on, text(behaviour.label) || on), known: true }
      : { label: on, known: false },
    sources,
    condition: when === '' ? null : readCondition(when),
    points: typeof r.points === 'number' && Number.isFinite(r.points) ? r.points : null,
    capGrade: text(r.capGrade) || null,
    telling:
      r.told === true
        ? 'told'
        : r.told === false
          ? 'notTold'
          : DISCLOSURES.includes(disclosure)
            ? disclosure
            : 'reasons',
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
