/**
 * A scenario's texts in the reader's language: its `translations` for that locale where given,
 * English field by field (and label by label) where not. Texts only: the simulation never reads
 * them, so a translation cannot change a run.
 */
import type { Scenario, ScenarioTranslation, ScenarioTranslations } from './schema';

type IntroStep = Scenario['intro'][number];
type TeacherNotes = Scenario['teacherNotes'];

/** The groups of labelled things a translation can rename, by id. */
export type LabelGroup =
  | 'behaviours'
  | 'rules'
  | 'lists'
  | 'consequences'
  | 'grades'
  | 'surveillance'
  | 'districts'
  | 'occupations'
  | 'sectors';

/** What the helper reads: a whole scenario, or the start screen's summary of one. */
export interface ScenarioTextSource {
  title: string;
  question: string;
  summary: string;
  intro: IntroStep[];
  teacherNotes?: TeacherNotes;
  assumptions?: string[];
  translations?: ScenarioTranslations;
}

export interface LocalizedScenarioText {
  title: string;
  question: string;
  summary: string;
  intro: IntroStep[];
  teacherNotes: TeacherNotes;
  assumptions: string[];
  /** The label of `id` in `group`, else `english`. */
  label(group: LabelGroup, id: string, english: string): string;
  /** The roles' texts: the observer, protagonists, planner target, supervisor. */
  roles: LocalizedRoleText;
  /** A suggested comparison's title and description. */
  variant(
    id: string,
    english: { title: string; description: string },
  ): {
    title: string;
    description: string;
  };
}

/** The roles' texts in the reader's language; each takes the English text it replaces. */
export interface LocalizedRoleText {
  /** What watching the town is for. */
  observer(english: string): string;
  /** The texts of the protagonist with this id. */
  protagonist(id: string): LocalizedProtagonistText;
  /** The planner's target as the player reads it. */
  plannerTarget(english: string): string;
  /** The appeals officer's supervisor's message. */
  officerPressure(english: string): string;
}

/** One protagonist's texts; choices and goals by their ids. */
export interface LocalizedProtagonistText {
  label(english: string): string;
  description(english: string): string;
  action(id: string, english: { label: string; description: string }): ActionText;
  goal(id: string, english: string): string;
  ending(kind: 'win' | 'lose' | 'timeout', english: string): string;
}

interface ActionText {
  label: string;
  description: string;
}

const NO_NOTES: TeacherNotes = {
  objectives: [],
  notice: [],
  try: [],
  discussion: [],
  lessonPlan: [],
  level: '',
  prerequisites: [],
  fullLesson: [],
  misconceptions: [],
};

/** The texts of `scenario` for `locale` (a tag such as zh-CN), falling back to English. */
export function localizedScenarioText(
  scenario: ScenarioTextSource,
  locale: string,
): LocalizedScenarioText {
  const t: ScenarioTranslation = scenario.translations?.[locale] ?? {};
  const notes = scenario.teacherNotes ?? NO_NOTES;
  const tNotes = t.teacherNotes ?? {};
  return {
    title: text(t.title, scenario.title),
    question: text(t.question, scenario.question),
    summary: text(t.summary, scenario.summary),
    intro: scenario.intro.map((step, index) => {
      const translated = t.intro?.[index];
      if (translated === undefined) return step;
      return {
        title: text(translated.title, step.title),
        text: text(translated.text, step.text),
        // A translated step without its own question keeps the English one rather than losing it.
        predict: step.predict === undefined ? undefined : text(translated.predict, step.predict),
        answer: localizedAnswer(step.answer, translated.answer),
      };
    }),
    teacherNotes: {
      objectives: list(tNotes.objectives, notes.objectives),
      notice: list(tNotes.notice, notes.notice),
      try: list(tNotes.try, notes.try),
      discussion: list(tNotes.discussion, notes.discussion),
      lessonPlan: list(tNotes.lessonPlan, notes.lessonPlan),
      level: text(tNotes.level, notes.level ?? ''),
      prerequisites: list(tNotes.prerequisites, notes.prerequisites ?? []),
      fullLesson: list(tNotes.fullLesson, notes.fullLesson ?? []),
      misconceptions: tNotes.misconceptions ?? notes.misconceptions ?? [],
    },
    assumptions: list(t.assumptions, scenario.assumptions ?? []),
    label: localizedLabels(scenario.translations, locale),
    roles: localizedRoleText(scenario.translations, locale),
    variant: (id, english) => ({
      title: text(t.variants?.[id]?.title, english.title),
      description: text(t.variants?.[id]?.description, english.description),
    }),
  };
}

/** The labels of a scenario's `translations` for `locale`: `label(group, id, english)`. */
export function localizedLabels(
  translations: ScenarioTranslations | undefined,
  locale: string,
): LocalizedScenarioText['label'] {
  const t = translations?.[locale] ?? {};
  return (group, id, english) => text(t[group]?.[id], english);
}

/** The role texts of a scenario's `translations` for `locale`, falling back to English. */
export function localizedRoleText(
  translations: ScenarioTranslations | undefined,
  locale: string,
): LocalizedRoleText {
  const roles = translations?.[locale]?.roles ?? {};
  return {
    observer: (english) => text(roles.observer?.description, english),
    protagonist: (id) => {
      const p = roles.citizen?.protagonists?.[id] ?? {};
      return {
        label: (english) => text(p.label, english),
        description: (english) => text(p.description, english),
        action: (action, english) => ({
          label: text(p.actions?.[action]?.label, english.label),
          description: text(p.actions?.[action]?.description, english.description),
        }),
        goal: (goal, english) => text(p.goals?.[goal], english),
        ending: (kind, english) => text(p.endings?.[kind], english),
      };
    },
    plannerTarget: (english) => text(roles.planner?.target?.text, english),
    officerPressure: (english) => text(roles.appealsOfficer?.pressure?.text, english),
  };
}

/** The translation when it says something, else the English. */
type PredictAnswer = NonNullable<IntroStep['answer']>;
type TranslatedAnswer = NonNullable<NonNullable<ScenarioTranslation['intro']>[number]['answer']>;

/** A question's answer with its words (unit, choices, ranked items, explanation) translated. */
function localizedAnswer(
  answer: PredictAnswer | undefined,
  t: TranslatedAnswer | undefined,
): PredictAnswer | undefined {
  if (answer === undefined || t === undefined) return answer;
  return {
    ...answer,
    unit: text(t.unit, answer.unit),
    because: text(t.because, answer.because),
    choices: answer.choices?.map((c) => ({ ...c, label: text(t.choices?.[c.id], c.label) })),
    rank: answer.rank?.map((r) => ({ ...r, label: text(t.rank?.[r.id], r.label) })),
  };
}

function text(translated: string | undefined, english: string): string {
  return translated !== undefined && translated.trim() !== '' ? translated : english;
}

function list(translated: string[] | undefined, english: string[]): string[] {
  return translated !== undefined && translated.length > 0 ? translated : english;
}
