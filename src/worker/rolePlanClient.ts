/**
 * The UI thread's handle on the planner's worker: one plan at a time, answered as a promise. Both
 * texts are read and checked here first (the loader, fetched when first needed); a text that
 * cannot be read is answered at once. Cancelling terminates the worker (a run cannot be
 * interrupted from outside); the next plan starts a fresh one.
 */
import type { LoadResult } from '../scenario/load';
import type { PlanJob, PlanResponse, PlanWorkerRequest } from './rolePlanProtocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface PlanWorkerLike {
  postMessage(message: PlanWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PlanResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A plan ended by `cancel()`. */
export class PlanCancelledError extends Error {
  constructor() {
    super('The plan was cancelled.');
  }
}

export interface PlanClient {
  /** Judges a plan; rejects with PlanCancelledError when cancelled, or when the worker crashed. */
  evaluate(job: PlanJob): Promise<PlanResponse>;
  cancel(): void;
  dispose(): void;
}

/** The loader, fetched when the first plan is read. */
const readText = (text: string, fileName: string): Promise<LoadResult> =>
  import('../scenario/load').then(({ loadScenario }) => loadScenario(text, fileName));

/** A client that starts its worker on first use. */
export function createPlanClient(
  spawn: () => PlanWorkerLike,
  read: (text: string, fileName: string) => Promise<LoadResult> = readText,
): PlanClient {
  let worker: PlanWorkerLike | null = null;
  let nextId = 1;
  let pending: {
    id: number;
    resolve: (r: PlanResponse) => void;
    reject: (e: Error) => void;
  } | null = null;

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    const orphan = pending;
    pending = null;
    orphan?.reject(error);
  };

  const start = (): PlanWorkerLike => {
    const w = spawn();
    w.onmessage = (event) => {
      if (pending === null || event.data.id !== pending.id) return;
      const { resolve } = pending;
      pending = null;
      resolve(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(`The planner's worker crashed: ${event.message || 'an uncaught error'}`));
    };
    return w;
  };

  return {
    evaluate(job) {
      if (pending !== null) stop(new PlanCancelledError());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject };
        void Promise.all([read(job.baseline, job.fileName), read(job.plan, job.fileName)]).then(
          ([baseline, plan]) => {
            // Cancelled or replaced while the texts were read: nothing to send.
            if (pending === null || pending.id !== id) return;
            if (!baseline.ok || !plan.ok) {
              pending = null;
              resolve(
                !baseline.ok
                  ? { kind: 'invalid', id, which: 'baseline', errors: baseline.errors }
                  : { kind: 'invalid', id, which: 'plan', errors: plan.ok ? [] : plan.errors },
              );
              return;
            }
            worker ??= start();
            worker.postMessage({
              kind: 'evaluate',
              id,
              baseline: baseline.scenario,
              plan: plan.scenario.ruleset,
              seed: job.seed,
            });
          },
          (error: unknown) => {
            if (pending === null || pending.id !== id) return;
            pending = null;
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    cancel() {
      if (pending !== null) stop(new PlanCancelledError());
    },
    dispose() {
      stop(new PlanCancelledError());
    },
  };
}
