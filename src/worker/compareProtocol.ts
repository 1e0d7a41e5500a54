/**
 * Messages between the UI thread and the compare worker, which runs two rule sets on the same
 * town and seed (src/engine/compare/compare.ts) away from the simulation worker, so the town keeps playing
 * while a comparison runs. Everything is structured-clone safe; answers repeat the request's id.
 * The page asks with texts (CompareRequest); compareSides.ts reads and checks them on the page and
 * sends the worker the scenarios to run (CompareWorkerRequest).
 */
import type { Comparison } from '../engine/compare/compare';
import type { AgentId, Dossier } from '../engine/types';
import type { Issue } from '../scenario/issue';
import type { Scenario } from '../scenario/schema';

/** One side of a comparison: a scenario text, and optionally one of its variants' rule sets. */
export interface CompareSide {
  fileName: string;
  text: string;
  /** Run this variant's rule set instead of the scenario's own. */
  variant?: string;
}

/** Two sides on the town of A, for `days` days from `seed`. */
export interface CompareJob {
  a: CompareSide;
  b: CompareSide;
  seed: number;
  days: number;
}

export type CompareRequest =
  /** Compare on one seed and keep both runs, so their dossiers can be read. */
  | { kind: 'compare'; id: number; job: CompareJob }
  /** Repeat on `seeds` seeds from the job's seed (seed, seed + 1, …). */
  | { kind: 'acrossSeeds'; id: number; job: CompareJob; seeds: number }
  /** A dossier from the kept run of side A or B. */
  | { kind: 'dossier'; id: number; side: 'a' | 'b'; agent: AgentId }
  /**
   * Reads a scenario and runs it for a few days, then forgets the run: the worker's first real
   * comparison then finds the text read and the engine compiled (a cold start costs seconds).
   */
  | { kind: 'warm'; id: number; side: CompareSide; days: number };

/** How B was run: its own scenario, or (its town differing from A's) its rules on A's town. */
export type BRunAs = 'same-town' | 'rules-on-a-town';

/** A job read and checked: both sides as the worker runs them (B on A's town). */
export interface ReadJob {
  a: Scenario;
  b: Scenario;
  bRunAs: BRunAs;
  seed: number;
  days: number;
}

/** What the worker is sent: the requests with their sides read (`scenario` null: unreadable). */
export type CompareWorkerRequest =
  | { kind: 'compare'; id: number; job: ReadJob }
  | { kind: 'acrossSeeds'; id: number; job: ReadJob; seeds: number }
  | { kind: 'dossier'; id: number; side: 'a' | 'b'; agent: AgentId }
  | { kind: 'warm'; id: number; scenario: Scenario | null; days: number };

export type CompareResponse =
  /** Work done so far (simulated days, or runs), for a progress bar. */
  | { kind: 'progress'; id: number; done: number; total: number }
  | {
      kind: 'compared';
      id: number;
      comparison: Comparison;
      scenarios: { a: Scenario; b: Scenario };
      bRunAs: BRunAs;
      /** Worker time for both runs and the comparison, in ms. */
      ms: number;
    }
  | { kind: 'acrossSeeds'; id: number; comparison: Comparison; bRunAs: BRunAs; ms: number }
  | { kind: 'dossier'; id: number; dossier: Dossier | null }
  | { kind: 'warmed'; id: number }
  /** A side could not be run: its positioned problems (answered on the page, compareSides.ts). */
  | { kind: 'invalid'; id: number; side: 'a' | 'b'; fileName: string; errors: Issue[] }
  | { kind: 'failed'; id: number; message: string };
