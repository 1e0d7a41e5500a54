/**
 * The prediction questions of a scenario: the story steps whose `predict` has an `answer`, each a
 * number, a choice or a ranking tied to metric expressions and a reveal day. Pure: the game, the
 * teacher's guide and the command line read questions, check answers and place a run's figures
 * the same way.
 */
import { answerKind, type AnswerKind } from '../../scenario/lessonChecks';
import type { LocalizedScenarioText } from '../../scenario/localizedText';
import type { PredictAnswerDefinition } from '../../scenario/schema';

export type { AnswerKind };

/** One figure a question reads from a run: the question's own metric, or one ranked item's. */
export interface QuestionFigure {
  /** The question id, or `<question>.<item>` for a ranked item. */
  id: string;
  metric: string;
}

/** A prediction question as the game asks it (texts in the reader's language). */
export interface PredictionQuestion {
  id: string;
  /** Index of its story step. */
  step: number;
  stepTitle: string;
  kind: AnswerKind;
  /** The question as written in `predict`. */
  text: string;
  answer: PredictAnswerDefinition;
  /** The figures that answer it, in order (one, or one per ranked item). */
  figures: QuestionFigure[];
}

/** What a student answered: a number, a choice's id, or the ranked items' ids, first first. */
export type PredictionValue = number | string | string[];

/** The questions of a scenario's story, in story order, with texts from `text` (localized). */
export function predictionQuestions(
  text: Pick<LocalizedScenarioText, 'intro'>,
): PredictionQuestion[] {
  const questions: PredictionQuestion[] = [];
  text.intro.forEach((step, index) => {
    const answer = step.answer;
    if (answer === undefined || step.predict === undefined) return;
    const kind = answerKind(answer);
    questions.push({
      id: answer.id,
      step: index,
      stepTitle: step.title,
      kind,
      text: step.predict,
      answer,
      figures: figuresOf(answer.id, answer),
    });
  });
  return questions;
}

function figuresOf(id: string, answer: PredictAnswerDefinition): QuestionFigure[] {
  if (answer.rank !== undefined)
    return answer.rank.map((item) => ({ id: `${id}.${item.id}`, metric: item.metric }));
  return answer.metric === undefined ? [] : [{ id, metric: answer.metric }];
}

/** Why an answer cannot be taken, as data (the interface words it). */
export type AnswerProblem =
  | { kind: 'notANumber' }
  | { kind: 'outOfRange'; min: number; max: number }
  | { kind: 'unknownChoice'; choices: string[] }
  | { kind: 'notARanking'; items: string[] };

/** Null when `value` answers `question`, else why not. */
export function answerProblem(question: PredictionQuestion, value: unknown): AnswerProblem | null {
  const { answer } = question;
  switch (question.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'notANumber' };
      const min = answer.min ?? -Infinity;
      const max = answer.max ?? Infinity;
      return value < min || value > max ? { kind: 'outOfRange', min, max } : null;
    }
    case 'choice': {
      const choices = (answer.choices ?? []).map((c) => c.id);
      return typeof value === 'string' && choices.includes(value)
        ? null
        : { kind: 'unknownChoice', choices };
    }
    case 'ranking': {
      const items = (answer.rank ?? []).map((r) => r.id);
      const ok =
        Array.isArray(value) &&
        value.length === items.length &&
        items.every((id) => value.includes(id));
      return ok ? null : { kind: 'notARanking', items };
    }
  }
}

/** The choice a figure falls in: the first whose `upTo` it does not pass (the last takes the rest). */
export function choiceFor(question: PredictionQuestion, value: number): string | undefined {
  if (Number.isNaN(value)) return undefined;
  const choices = question.answer.choices ?? [];
  return (choices.find((c) => c.upTo === undefined || value <= c.upTo) ?? choices.at(-1))?.id;
}

/**
 * The ranked items ordered by their figures, largest first (ties keep the file's order), and
 * each item's rank counting ties as one place (values 9, 9, 3 rank 1, 1, 3).
 */
export function rankingFor(
  question: PredictionQuestion,
  values: readonly number[],
): { order: string[]; rank: Record<string, number> } {
  const items = question.answer.rank ?? [];
  const indexed = items.map((item, i) => ({ id: item.id, value: values[i] ?? NaN, i }));
  const sorted = [...indexed].sort((a, b) => order(b.value) - order(a.value) || a.i - b.i);
  const rank: Record<string, number> = {};
  for (const item of sorted)
    rank[item.id] = 1 + sorted.filter((other) => order(other.value) > order(item.value)).length;
  return { order: sorted.map((item) => item.id), rank };
}

const order = (value: number) => (Number.isNaN(value) ? -Infinity : value);

/**
 * How many of a student's ranked items sit where the run put them (tied items may swap places):
 * the items whose position in the student's order is a position the run's ranks allow.
 */
export function rankingMatches(
  question: PredictionQuestion,
  predicted: readonly string[],
  values: readonly number[],
): number {
  const { rank } = rankingFor(question, values);
  const items = question.answer.rank ?? [];
  return predicted.filter((id, position) => {
    const r = rank[id];
    if (r === undefined) return false;
    const tied = items.filter((item) => rank[item.id] === r).length;
    return position + 1 >= r && position + 1 < r + tied;
  }).length;
}
