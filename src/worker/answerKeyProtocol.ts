/** Messages to and from the answer-key worker: figures of a scenario's runs across seeds. */
import type { FigureStats } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';

export interface AnswerKeyRequest {
  id: number;
  scenario: Scenario;
  requests: { id: string; metric: string; day: number }[];
  seeds: number[];
}

export type AnswerKeyResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'done'; figures: Record<string, FigureStats> }
  | { id: number; kind: 'failed'; message: string };
