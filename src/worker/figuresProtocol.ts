/**
 * The figures service of the engine worker (engineProtocol.ts): a scenario run on many seeds and
 * read for figures, either the prediction questions' answer key (the spread of each figure) or the
 * scenario's claims (each judged). Both are `figuresAcrossSeeds` underneath, so they are one
 * service. Structured-clone safe; answers repeat the request's id.
 */
import type { ClaimVerdict, FigureStats } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';

export type FiguresRequest =
  /** The answer key: each figure's median and range over `seeds`. */
  | {
      kind: 'spread';
      id: number;
      scenario: Scenario;
      requests: { id: string; metric: string; day: number }[];
      seeds: number[];
    }
  /** Every claim of `scenario` on `seeds` runs (its own seed and the ones after it). */
  | { kind: 'claims'; id: number; scenario: Scenario; seeds: number };

export type FiguresResponse =
  /** Runs finished so far. */
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'spread'; id: number; figures: Record<string, FigureStats> }
  | { kind: 'claims'; id: number; verdicts: ClaimVerdict[] }
  | { kind: 'failed'; id: number; message: string };
