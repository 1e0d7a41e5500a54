/**
 * Starting engine workers: every worker the page starts runs the same script, engine.worker.ts,
 * the only copy of the engine code in the site and in the single file. A channel is one worker
 * opened for one service (engineProtocol.ts); it looks like a `Worker` that speaks only that
 * service's messages, so each client (workerClient.ts, compareClient.ts, …) drives it as before.
 * Several channels may run at once (the town, both compare workers, a plan): each is an instance
 * of its own, started from the one script.
 */
import type {
  EngineRequest,
  EngineResponse,
  EngineService,
  ServiceRequest,
  ServiceResponse,
} from './engineProtocol';

/** The part of `Worker` a channel drives (a fake in tests). */
export interface EngineWorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** A worker opened for one service: that service's messages, without the envelope. */
export interface EngineChannel<S extends EngineService> {
  postMessage(request: ServiceRequest<S>): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ServiceResponse<S>>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * Starts a worker running engine.worker.ts, named after the service it is opened for (as the
 * browser's developer tools list it). Vite bundles the script from this `new URL` pattern, the
 * only one in the code; `npm run build:single` inlines it (vite.single.config.ts).
 */
export function startEngineWorker(service: EngineService): EngineWorkerLike {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ledgertown-' + service,
  });
}

/** Opens a worker for `service`; `start` starts the worker (a fake in tests). */
export function openEngineChannel<S extends EngineService>(
  service: S,
  start: (service: EngineService) => EngineWorkerLike = startEngineWorker,
): EngineChannel<S> {
  const worker = start(service);
  const channel: EngineChannel<S> = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      worker.postMessage({ service, request } as EngineRequest);
    },
    terminate() {
      worker.terminate();
    },
  };
  worker.onmessage = (event) => {
    const message = event.data;
    // Only this service is ever asked for here, so only it answers; anything else is not ours.
    if (message.service !== service) return;
    const data = message.response as ServiceResponse<S>;
    channel.onmessage?.(new MessageEvent('message', { data }));
  };
  worker.onerror = (event) => channel.onerror?.(event);
  worker.onmessageerror = (event) => channel.onmessageerror?.(event);
  return channel;
}
