/**
 * Checks a scenario's claims in a worker of its own (the figures service, figuresProtocol.ts):
 * one check at a time, progress on the way, and `cancel()` terminates the worker (a run cannot be
 * interrupted from outside).
 */
import type { ClaimVerdict } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';
import { openEngineChannel } from './engineChannel';

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
  const worker = openEngineChannel('figures');
  const id = 1;
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<ClaimVerdict[]>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        if (message.kind === 'claims') resolve(message.verdicts);
        else if (message.kind === 'failed') fail(new Error(message.message));
        else fail(new Error(`The claims worker answered "${message.kind}".`));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'the worker failed'));
    };
  });
  worker.postMessage({ kind: 'claims', id, scenario, seeds });
  return {
    result,
    cancel() {
      worker.terminate();
      reject(new Error('cancelled'));
    },
  };
}
