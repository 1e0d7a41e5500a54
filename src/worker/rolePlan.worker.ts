/** The planner's Web Worker entry: judges plans off the UI thread (logic in rolePlanHost.ts). */
import type { PlanRequest, PlanResponse } from './rolePlanProtocol';
import { createPlanHost } from './rolePlanHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createPlanHost(
  (response: PlanResponse) => scope.postMessage(response),
  () => performance.now(),
);

scope.onmessage = (event: MessageEvent<PlanRequest>) => host.handle(event.data);
