/**
 * Checks a scenario's claims in a worker of its own: one check at a time, progress on the way,
 * and `cancel()` terminates the worker (a run cannot be interrupted from outside).
 */
import type { ClaimVerdict } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';
import type { ClaimsRequest, ClaimsResponse } from './claimsProtocol';

export interface ClaimsCheck {
  /** Resolves with each claim's verdict, in the scenario's order; rejects on an error or cancel. */
  result: Promise<ClaimVerdict[]>;
  cancel(): void;
}

/** Starts checking `scenario`'s claims on `seeds` seeds; `onProgress` hears runs finished. */
export function checkClaimsInWorker(
  scenario: Scenario,
  seeds: number,
  onProgress: (done: number, total: number) => void,
): ClaimsCheck {
  const worker = new Worker(new URL('./claims.worker.ts', import.meta.url), { type: 'module' });
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<ClaimVerdict[]>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<ClaimsResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.kind === 'done') resolve(message.verdicts);
        else fail(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'the worker failed'));
    };
  });
  const request: ClaimsRequest = { scenario, seeds };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      reject(new Error('cancelled'));
    },
  };
}
