/**
 * A student's predictions and explanations for one scenario: the one versioned type the game
 * saves in the browser, prints in the report, puts in the JSON export (under `lesson`) and hands
 * in. Read back through a strict schema, so a save or a hand-in that was altered or belongs to
 * another version is refused with a reason instead of being half-read.
 */
import { z } from 'zod';

/** The version this code writes and reads. */
export const LESSON_ANSWERS_VERSION = 1;

/** Limits on what a student types (free text stays text; it is never read as markup). */
export const ANSWER_LIMITS = { explanationChars: 4_000, nameChars: 120 } as const;

/** A figure across seeds as the reveal shows it. */
const Spread = z.strictObject({
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** The seeds run, first to last (the scenario's seed and the ones after it). */
  seeds: z.array(z.number().int().min(0)).max(1000),
});

const Answer = z.strictObject({
  /** The question's id in the scenario (`intro[].answer.id`). */
  question: z.string().min(1).max(40),
  kind: z.enum(['number', 'choice', 'ranking']),
  /** The prediction: a number, a choice id, or the ranked item ids, first first; null if none. */
  prediction: z
    .union([z.number(), z.string().max(40), z.array(z.string().max(40)).max(6)])
    .nullable(),
  /** The run's day when the prediction was last changed. */
  answeredDay: z.number().int().min(0).nullable(),
  /** The day the run reached the reveal and the prediction locked; null while still open. */
  lockedDay: z.number().int().min(0).nullable(),
  /** The student's "why?" after the reveal, as typed (plain text). */
  explanation: z.string().max(ANSWER_LIMITS.explanationChars),
  /** What this run gave on the reveal day: one figure, or one per ranked item in the file's order. */
  outcome: z
    .strictObject({
      seed: z.number().int().min(0),
      day: z.number().int().min(1),
      values: z.array(z.number().nullable()).max(6),
    })
    .nullable(),
  /** The same figures across seeds, when computed: one per figure, as `outcome.values`. */
  spread: z.array(Spread).max(6).nullable(),
});

export const LessonAnswersSchema = z.strictObject({
  version: z.literal(LESSON_ANSWERS_VERSION),
  scenario: z.strictObject({
    id: z.string().max(40),
    title: z.string().max(20_000),
    /** The content hash of the scenario the answers were given on. */
    hash: z.string().max(32),
  }),
  /** The run's seed (predictions stay with the scenario when the seed changes). */
  seed: z.number().int().min(0),
  /** The lesson switched these questions off (a lesson link's setting). */
  questionsOff: z.array(z.string().max(40)).max(20),
  answers: z.array(Answer).max(20),
});

export type LessonAnswers = z.infer<typeof LessonAnswersSchema>;
export type PredictionAnswer = LessonAnswers['answers'][number];
export type FigureSpread = z.infer<typeof Spread>;

/** True when the student predicted or explained anything. */
export function hasAnswers(answers: LessonAnswers): boolean {
  return answers.answers.some((a) => a.prediction !== null || a.explanation !== '');
}

/** Reads a saved or handed-in LessonAnswers, or says why it cannot. */
export function readLessonAnswers(
  data: unknown,
): { ok: true; answers: LessonAnswers } | { ok: false; reason: string } {
  const parsed = LessonAnswersSchema.safeParse(data);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') ?? '';
  return { ok: false, reason: `${where ? `${where}: ` : ''}${issue?.message ?? 'unreadable'}` };
}
