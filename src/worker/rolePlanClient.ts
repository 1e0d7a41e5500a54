/**
 * The UI thread's handle on the planner's worker: one plan at a time, answered as a promise.
 * Cancelling terminates the worker (a run cannot be interrupted from outside); the next plan
 * starts a fresh one.
 */
import type { PlanJob, PlanRequest, PlanResponse } from './rolePlanProtocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface PlanWorkerLike {
  postMessage(message: PlanRequest): void;
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

/** A client that starts its worker on first use. */
export function createPlanClient(spawn: () => PlanWorkerLike): PlanClient {
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
      worker ??= start();
      const target = worker;
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending = { id, resolve, reject };
        target.postMessage({ kind: 'evaluate', id, job });
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
