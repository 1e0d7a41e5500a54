/**
 * The UI thread's handle on a compare worker: one request at a time, answered as a promise, with
 * progress reported on the way. Both sides are read and checked here first (compareSides.ts); a
 * side that cannot run is answered at once. Cancelling terminates the worker (a run cannot be
 * interrupted from outside); the next request starts a fresh one.
 */
import type { CompareRequest, CompareResponse, CompareWorkerRequest } from './compareProtocol';
import { readCompareRequest } from './compareSides';

/** The part of `Worker` the client uses (a fake in tests). */
export interface CompareWorkerLike {
  postMessage(message: CompareWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CompareResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The answer that ends a request (progress messages do not). */
export type CompareAnswer = Exclude<CompareResponse, { kind: 'progress' }>;

type Body<R> = R extends CompareRequest ? Omit<R, 'id'> : never;

/** A request ended by `cancel()`. */
export class CompareCancelledError extends Error {
  constructor() {
    super('The comparison was cancelled.');
  }
}

export interface CompareClient {
  /** Sends a request; progress goes to `onProgress`; resolves with the final answer. */
  request(
    body: Body<CompareRequest>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<CompareAnswer>;
  /** Stops the work in hand: the pending request rejects with CompareCancelledError. */
  cancel(): void;
  /** True while a request is pending. */
  readonly busy: boolean;
  dispose(): void;
}

type Pending = {
  id: number;
  resolve: (answer: CompareAnswer) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
};

/** A client that starts its worker on first use. */
export function createCompareClient(spawn: () => CompareWorkerLike): CompareClient {
  let worker: CompareWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    const orphaned = [...pending.values()];
    pending.clear();
    for (const request of orphaned) request.reject(error);
  };

  const start = (): CompareWorkerLike => {
    const w = spawn();
    w.onmessage = (event) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (waiting === undefined) return;
      if (response.kind === 'progress') {
        waiting.onProgress?.(response.done, response.total);
        return;
      }
      pending.delete(response.id);
      waiting.resolve(response);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(`The compare worker crashed: ${event.message || 'an uncaught error'}`));
    };
    return w;
  };

  return {
    request(body, onProgress) {
      const id = nextId++;
      let message: ReturnType<typeof readCompareRequest>;
      try {
        message = readCompareRequest({ ...body, id } as CompareRequest);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return Promise.resolve({ kind: 'failed', id, message: text });
      }
      if (message.kind === 'invalid') return Promise.resolve(message);
      worker ??= start();
      const target = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { id, resolve, reject, onProgress });
        target.postMessage(message);
      });
    },
    cancel() {
      if (pending.size > 0) stop(new CompareCancelledError());
    },
    get busy() {
      return pending.size > 0;
    },
    dispose() {
      stop(new CompareCancelledError());
    },
  };
}
