/** The claims Web Worker: runs a scenario's claims across seeds off the UI thread, with progress. */
import { checkClaims } from '../engine/claims/figures';
import type { ClaimsRequest, ClaimsResponse } from './claimsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (response: ClaimsResponse) => scope.postMessage(response);

scope.onmessage = (event: MessageEvent<ClaimsRequest>) => {
  try {
    const { scenario, seeds } = event.data;
    const verdicts = checkClaims(scenario, seeds, (done, total) =>
      post({ kind: 'progress', done, total }),
    );
    post({ kind: 'done', verdicts });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
