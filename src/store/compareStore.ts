/**
 * Compare A and B: which rule sets to run, the comparison on the town's seed (with both runs kept
 * in the compare worker for dossiers), the same comparison across several seeds, and the person
 * whose two dossiers are open. Runs happen in compare workers; nothing here blocks the UI.
 */
import { createStore } from 'zustand/vanilla';
import type { Comparison, PersonDifference } from '../engine/compare/compare';
import type { Dossier } from '../engine/types';
import { fnv1a64 } from '../scenario/hash';
import type { Issue } from '../scenario/issue';
import type { Scenario } from '../scenario/schema';
import type { BRunAs, CompareJob, CompareSide } from '../worker/compareProtocol';
import {
  CompareCancelledError,
  type CompareAnswer,
  type CompareClient,
} from '../worker/compareClient';

/** A rule set to compare: as shipped, as edited, a variant of the scenario, or another scenario's. */
export type CompareChoice =
  | { kind: 'shipped' }
  | { kind: 'edited' }
  | { kind: 'variant'; id: string }
  /** Another scenario's rules on this town (B only: A's town is the town compared). */
  | { kind: 'scenario'; fileName: string };

/** Where a run is. */
export type RunStatus =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'invalid'; side: 'a' | 'b'; fileName: string; errors: Issue[] };

export interface CompareResult {
  /** Identifies the inputs (texts, choices, seed, days): a different key means out of date. */
  key: string;
  choices: { a: CompareChoice; b: CompareChoice };
  comparison: Comparison;
  scenarios: { a: Scenario; b: Scenario };
  bRunAs: BRunAs;
  /** Worker time for both runs and the comparison. */
  ms: number;
  /** Both runs are still kept in the worker (a cancelled later run discards them). */
  dossiers: boolean;
}

export interface AcrossSeedsResult {
  key: string;
  choices: { a: CompareChoice; b: CompareChoice };
  comparison: Comparison;
  bRunAs: BRunAs;
  ms: number;
}

/** The two dossiers of one person whose fate differs. */
export interface PersonPair {
  difference: PersonDifference;
  status: 'loading' | 'ready' | 'unavailable';
  a: Dossier | null;
  b: Dossier | null;
}

export interface CompareState {
  a: CompareChoice;
  b: CompareChoice;
  /** How many seeds "Across seeds" runs. */
  seeds: number;
  /** Run the comparison again when an edit changes one of its sides. */
  auto: boolean;
  run: RunStatus;
  result: CompareResult | null;
  acrossRun: RunStatus;
  across: AcrossSeedsResult | null;
  person: PersonPair | null;
}

export const SEED_CHOICES = [3, 5, 10] as const;

/** Days the worker runs to warm up: enough to compile every system of the engine. */
const WARM_DAYS = 30;

const initialState = (): CompareState => ({
  a: { kind: 'shipped' },
  b: { kind: 'edited' },
  seeds: 5,
  auto: true,
  run: { status: 'idle' },
  result: null,
  acrossRun: { status: 'idle' },
  across: null,
  person: null,
});

export const createCompareStore = () => createStore<CompareState>()(() => initialState());
export type CompareStore = ReturnType<typeof createCompareStore>;

/** What the choices resolve against: the open scenario, its draft, the town's seed. */
export interface CompareContext {
  fileName: string;
  shipped: string;
  /** The newest valid edited text (null: no valid edit yet, the shipped text stands in). */
  edited: string | null;
  seed: number;
  days: number;
  /** Text of another shipped scenario. */
  otherText(fileName: string): string | undefined;
}

export interface CompareActions {
  setChoice(side: 'a' | 'b', choice: CompareChoice): void;
  setSeeds(seeds: number): void;
  setAuto(auto: boolean): void;
  /** Compares A and B on the town's seed (cancelling a comparison in progress). */
  run(): Promise<void>;
  /** Compares A and B on `seeds` seeds. */
  runAcrossSeeds(): Promise<void>;
  cancel(): void;
  cancelAcrossSeeds(): void;
  /** Reads both dossiers of a person from the kept runs. */
  openPerson(difference: PersonDifference): Promise<void>;
  closePerson(): void;
  /** The key of the current inputs (compare with a result's to tell it is out of date). */
  currentKey(): string | null;
  /** Readies the compare worker in the background (see the `warm` request). */
  warm(): void;
  /** Forgets results and resets the choices (another scenario was opened). */
  reset(choices: { a: CompareChoice; b: CompareChoice }): void;
}

export interface CompareDeps {
  context: () => CompareContext | null;
  /** Runs on one seed and keeps both runs. */
  client: CompareClient;
  /** Runs across seeds (its own worker, so cancelling it keeps the dossiers). */
  acrossClient: CompareClient;
}

/** The side of a job a choice stands for. */
export function sideFor(choice: CompareChoice, context: CompareContext): CompareSide | null {
  switch (choice.kind) {
    case 'shipped':
      return { fileName: context.fileName, text: context.shipped };
    case 'edited':
      return { fileName: context.fileName, text: context.edited ?? context.shipped };
    case 'variant':
      return { fileName: context.fileName, text: context.shipped, variant: choice.id };
    case 'scenario': {
      const text = context.otherText(choice.fileName);
      return text === undefined ? null : { fileName: choice.fileName, text };
    }
  }
}

/** The job for the current choices, with the key that identifies its inputs. */
export function jobFor(
  state: Pick<CompareState, 'a' | 'b'>,
  context: CompareContext,
): { job: CompareJob; key: string } | null {
  const a = sideFor(state.a, context);
  const b = sideFor(state.b, context);
  if (a === null || b === null) return null;
  const job: CompareJob = { a, b, seed: context.seed, days: context.days };
  const identity = (s: CompareSide) => `${s.fileName}|${s.variant ?? ''}|${fnv1a64(s.text)}`;
  return { job, key: `${identity(a)}|${identity(b)}|${job.seed}|${job.days}` };
}

/** The actions over the compare store. */
export function createCompareActions(store: CompareStore, deps: CompareDeps): CompareActions {
  /** Incremented by each run: answers to an older run are ignored. */
  let runId = 0;
  /** A comparison is in the worker (a warm-up is not: a run waits behind it, not cancel it). */
  let comparing = false;
  let acrossId = 0;

  const failure = (error: unknown): RunStatus =>
    error instanceof CompareCancelledError
      ? { status: 'cancelled' }
      : { status: 'failed', message: error instanceof Error ? error.message : String(error) };

  const answered = (answer: CompareAnswer): RunStatus | null =>
    answer.kind === 'invalid'
      ? { status: 'invalid', side: answer.side, fileName: answer.fileName, errors: answer.errors }
      : answer.kind === 'failed'
        ? { status: 'failed', message: answer.message }
        : null;

  const actions: CompareActions = {
    setChoice(side, choice) {
      store.setState(side === 'a' ? { a: choice } : { b: choice });
    },

    setSeeds(seeds) {
      if (Number.isInteger(seeds) && seeds >= 2 && seeds <= 20) store.setState({ seeds });
    },

    setAuto(auto) {
      store.setState({ auto });
    },

    async run() {
      const context = deps.context();
      const state = store.getState();
      const planned = context && jobFor(state, context);
      if (!planned) return;
      const myRun = ++runId;
      if (comparing) deps.client.cancel();
      comparing = true;
      store.setState((s) => ({
        run: { status: 'running', done: 0, total: 2 * planned.job.days },
        result: s.result && { ...s.result, dossiers: false },
        person: null,
      }));
      const choices = { a: state.a, b: state.b };
      try {
        const answer = await deps.client.request(
          { kind: 'compare', job: planned.job },
          (done, total) => {
            if (myRun === runId) store.setState({ run: { status: 'running', done, total } });
          },
        );
        if (myRun !== runId) return;
        const problem = answered(answer);
        if (problem !== null || answer.kind !== 'compared') {
          store.setState({ run: problem ?? { status: 'failed', message: answer.kind } });
          return;
        }
        store.setState({
          run: { status: 'idle' },
          result: {
            key: planned.key,
            choices,
            comparison: answer.comparison,
            scenarios: answer.scenarios,
            bRunAs: answer.bRunAs,
            ms: answer.ms,
            dossiers: true,
          },
        });
      } catch (error) {
        if (myRun === runId) store.setState({ run: failure(error) });
      } finally {
        if (myRun === runId) comparing = false;
      }
    },

    async runAcrossSeeds() {
      const context = deps.context();
      const state = store.getState();
      const planned = context && jobFor(state, context);
      if (!planned) return;
      const myRun = ++acrossId;
      deps.acrossClient.cancel();
      store.setState({ acrossRun: { status: 'running', done: 0, total: 2 * state.seeds } });
      const choices = { a: state.a, b: state.b };
      try {
        const answer = await deps.acrossClient.request(
          { kind: 'acrossSeeds', job: planned.job, seeds: state.seeds },
          (done, total) => {
            if (myRun === acrossId)
              store.setState({ acrossRun: { status: 'running', done, total } });
          },
        );
        if (myRun !== acrossId) return;
        const problem = answered(answer);
        if (problem !== null || answer.kind !== 'acrossSeeds') {
          store.setState({ acrossRun: problem ?? { status: 'failed', message: answer.kind } });
          return;
        }
        store.setState({
          acrossRun: { status: 'idle' },
          across: {
            key: planned.key,
            choices,
            comparison: answer.comparison,
            bRunAs: answer.bRunAs,
            ms: answer.ms,
          },
        });
      } catch (error) {
        if (myRun === acrossId) store.setState({ acrossRun: failure(error) });
      }
    },

    cancel() {
      runId++;
      comparing = false;
      deps.client.cancel();
      store.setState({ run: { status: 'cancelled' } });
    },

    cancelAcrossSeeds() {
      acrossId++;
      deps.acrossClient.cancel();
      store.setState({ acrossRun: { status: 'cancelled' } });
    },

    async openPerson(difference) {
      const { result } = store.getState();
      const usable = result !== null && result.dossiers && !deps.client.busy;
      store.setState({
        person: { difference, status: usable ? 'loading' : 'unavailable', a: null, b: null },
      });
      if (!usable) return;
      const read = async (side: 'a' | 'b') => {
        const answer = await deps.client.request({
          kind: 'dossier',
          side,
          agent: difference.dossiers[side],
        });
        return answer.kind === 'dossier' ? answer.dossier : null;
      };
      try {
        const [a, b] = [await read('a'), await read('b')];
        if (store.getState().person?.difference !== difference) return;
        store.setState({ person: { difference, status: 'ready', a, b } });
      } catch {
        if (store.getState().person?.difference === difference)
          store.setState({ person: { difference, status: 'unavailable', a: null, b: null } });
      }
    },

    closePerson() {
      store.setState({ person: null });
    },

    currentKey() {
      const context = deps.context();
      return (context && jobFor(store.getState(), context)?.key) ?? null;
    },

    warm() {
      const context = deps.context();
      if (context === null || deps.client.busy) return;
      const side = { fileName: context.fileName, text: context.shipped };
      deps.client.request({ kind: 'warm', side, days: WARM_DAYS }).catch(() => undefined);
    },

    reset(choices) {
      runId++;
      comparing = false;
      acrossId++;
      deps.client.cancel();
      deps.acrossClient.cancel();
      const { seeds, auto } = store.getState();
      store.setState({ ...initialState(), seeds, auto, ...choices });
    },
  };
  return actions;
}
