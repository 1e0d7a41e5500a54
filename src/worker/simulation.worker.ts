/** The Web Worker entry: runs the engine off the UI thread (see simulationHost.ts for the logic). */
import type { WorkerRequest, WorkerResponse } from './protocol';
import { createSimulationHost } from './simulationHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createSimulationHost(
  (response: WorkerResponse) => scope.postMessage(response),
  () => performance.now(),
  (task) => setTimeout(task, 0),
);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => host.handle(event.data);
