/**
 * A stand-in for the simulation Web Worker in Node tests: the real host, answering
 * asynchronously through structured clones, as a worker would. `fault: crash` raises the
 * worker's error event, like an uncaught exception in a real worker.
 */
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { createSimulationHost } from '../../src/worker/simulationHost';
import type { WorkerLike } from '../../src/worker/workerClient';

export function inProcessWorker(): WorkerLike {
  let alive = true;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: WorkerRequest) {
      const request = structuredClone(message);
      setTimeout(() => {
        if (!alive) return;
        try {
          host.handle(request);
        } catch (error) {
          worker.onerror?.({
            message: String(error),
            preventDefault: () => undefined,
          } as ErrorEvent);
        }
      }, 0);
    },
    terminate() {
      alive = false;
    },
  };
  const host = createSimulationHost(
    (response: WorkerResponse) => {
      const copy = structuredClone(response);
      setTimeout(() => {
        if (alive) worker.onmessage?.({ data: copy } as MessageEvent<WorkerResponse>);
      }, 0);
    },
    () => performance.now(),
  );
  return worker;
}
