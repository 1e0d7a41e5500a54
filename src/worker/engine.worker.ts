/**
 * The one Web Worker script: the engine, the scenario loader and their libraries, once, for every
 * service (engineProtocol.ts). Each worker the page starts runs this script; the logic is in
 * engineHost.ts.
 */
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { createEngineHost } from './engineHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createEngineHost(
  (message: EngineResponse) => scope.postMessage(message),
  () => performance.now(),
);

scope.onmessage = (event: MessageEvent<EngineRequest>) => host.handle(event.data);
