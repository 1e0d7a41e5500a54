/**
 * The student's predictions (state only; predictionActions.ts answers, locks, reveals and saves
 * them): one LessonAnswers for the open scenario, and the figures across seeds.
 */
import { createStore } from 'zustand/vanilla';
import type { LessonAnswers } from '../export/lesson/answers';
import type { FigureStats } from '../scenario/claims/claimStats';

/** Seeds the spread (and the teacher's answer key) is taken over by default. */
export const ANSWER_KEY_SEEDS = 20;

/** localStorage key prefix: the answers of one scenario file under `<prefix>.<file name>`. */
export const PREDICTIONS_KEY = 'ledgertown.predictions';

/** Where the figures across seeds are. */
export type SpreadRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; hash: string; figures: Record<string, FigureStats> }
  | { status: 'failed'; message: string };

export interface PredictionState {
  /** The answers of the open scenario (null before one is open). */
  answers: LessonAnswers | null;
  /** The scenario file they belong to (the save's key). */
  fileName: string | null;
  spread: SpreadRun;
}

export const createPredictionStore = () =>
  createStore<PredictionState>()(() => ({
    answers: null,
    fileName: null,
    spread: { status: 'idle' },
  }));
export type PredictionStore = ReturnType<typeof createPredictionStore>;
