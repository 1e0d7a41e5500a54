/** The compare Web Worker entry: runs comparisons off the UI thread (logic in compareHost.ts). */
import type { CompareRequest, CompareResponse } from './compareProtocol';
import { createCompareHost } from './compareHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createCompareHost(
  (response: CompareResponse) => scope.postMessage(response),
  () => performance.now(),
);

scope.onmessage = (event: MessageEvent<CompareRequest>) => host.handle(event.data);
