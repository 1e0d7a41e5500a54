/**
 * The UI thread's handle on the simulation worker: requests as promises, matched by id, and a
 * watchdog. A worker that throws, or that neither answers nor reports progress for `stallMs`,
 * is terminated and replaced; the owner is told why so it can restore the run.
 */
import type { RunStopped, WorkerRequest, WorkerResponse } from './protocol';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

/** Why a worker was replaced. */
export type WorkerFailure = { reason: 'crashed' | 'stuck'; detail: string };

export interface WorkerClientOptions {
  spawn: () => WorkerLike;
  /** Called after a replacement worker is running; the owner reloads its scenario there. */
  onRestart: (failure: WorkerFailure) => void;
  /** Messages that answer no request by themselves: progress heartbeats. */
  onUpdate?: (response: Extract<WorkerResponse, { kind: 'progress' }>) => void;
  /** Silence longer than this, with work pending, means the worker is stuck. */
  stallMs?: number;
  /** The same while building a town: one long synchronous step. */
  buildStallMs?: number;
  /** When idle this long, the client pings to make sure the worker still answers. */
  pingEveryMs?: number;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** A request whose worker was replaced before it answered. */
/** A request refused because the run passed the day budget of its conditions. */
export class RunStoppedError extends Error {
  constructor(
    message: string,
    readonly stopped: RunStopped,
  ) {
    super(message);
  }
}

export class WorkerRestartedError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(`The simulation worker ${failure.reason}: ${failure.detail}`);
  }
}

type Pending = {
  kind: WorkerRequest['kind'];
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
};

type Body<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;

export interface WorkerClient {
  /** Sends a request; resolves with its answer (`failed` answers reject). */
  request(body: Body<WorkerRequest>): Promise<WorkerResponse>;
  /** Checks the watchdog now (the interval calls this once a second). */
  checkHealth(): void;
  readonly restarts: number;
  dispose(): void;
}

/** The client and its watchdog; the worker is started by the first request, not before. */
export function createWorkerClient(options: WorkerClientOptions): WorkerClient {
  const stallMs = options.stallMs ?? 10_000;
  const buildStallMs = options.buildStallMs ?? 45_000;
  const pingEveryMs = options.pingEveryMs ?? 2000;
  const now = options.now ?? (() => performance.now());
  const startInterval = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stopInterval =
    options.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));

  let nextId = 1;
  let worker: WorkerLike | null = null;
  let lastHeard = now();
  let restarts = 0;
  const pending = new Map<number, Pending>();

  const onMessage = (event: MessageEvent<WorkerResponse>) => {
    lastHeard = now();
    const response = event.data;
    if (response.kind === 'progress') {
      options.onUpdate?.(response);
      return;
    }
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    pending.delete(response.id);
    if (response.kind === 'failed')
      waiting.reject(
        response.stopped === undefined
          ? new Error(response.message)
          : new RunStoppedError(response.message, response.stopped),
      );
    else waiting.resolve(response);
  };

  const spawn = (): WorkerLike => {
    const started = options.spawn();
    worker = started;
    started.onmessage = onMessage;
    started.onerror = (event) => {
      event.preventDefault?.();
      replace({ reason: 'crashed', detail: event.message || 'an uncaught error' });
    };
    started.onmessageerror = () =>
      replace({ reason: 'crashed', detail: 'a message could not be read' });
    lastHeard = now();
    return started;
  };

  const replace = (failure: WorkerFailure) => {
    worker?.terminate();
    const orphaned = [...pending.values()];
    pending.clear();
    restarts += 1;
    spawn();
    for (const request of orphaned) request.reject(new WorkerRestartedError(failure));
    options.onRestart(failure);
  };

  const send = (body: Body<WorkerRequest>): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      if (pending.size === 0) lastHeard = now();
      pending.set(id, { kind: body.kind, resolve, reject });
      (worker ?? spawn()).postMessage({ ...body, id } as WorkerRequest);
    });

  const checkHealth = () => {
    if (worker === null) return;
    const silentFor = now() - lastHeard;
    if (pending.size > 0) {
      const building = [...pending.values()].some((p) => p.kind === 'load');
      if (silentFor > (building ? buildStallMs : stallMs)) {
        replace({
          reason: 'stuck',
          detail: `no answer for ${Math.round(silentFor / 1000)} s`,
        });
      }
      return;
    }
    if (silentFor > pingEveryMs) send({ kind: 'ping' }).catch(() => undefined);
  };

  const timer = startInterval(checkHealth, 1000);

  return {
    request: send,
    checkHealth,
    get restarts() {
      return restarts;
    },
    dispose() {
      stopInterval(timer);
      worker?.terminate();
      pending.clear();
    },
  };
}
