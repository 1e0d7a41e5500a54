/**
 * The page's handle on the answer-key worker: one computation at a time, as a promise, with
 * progress. A worker that crashes rejects the computation; the next one starts a fresh worker.
 */
import type { FigureStats } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';
import type { AnswerKeyRequest, AnswerKeyResponse } from './answerKeyProtocol';

/** The part of `Worker` the client uses. */
export interface AnswerKeyWorkerLike {
  postMessage(message: AnswerKeyRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnswerKeyResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Figures across seeds, computed in a worker started on first use. */
export function createAnswerKeyRunner(spawn: () => AnswerKeyWorkerLike) {
  let worker: AnswerKeyWorkerLike | null = null;
  let nextId = 1;
  return (
    scenario: Scenario,
    requests: AnswerKeyRequest['requests'],
    seeds: number[],
    onProgress: (done: number, total: number) => void,
  ): Promise<Record<string, FigureStats>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const w = (worker ??= spawn());
      w.onmessage = (event) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.kind === 'progress') onProgress(message.done, message.total);
        else if (message.kind === 'done') resolve(message.figures);
        else reject(new Error(message.message));
      };
      w.onerror = (event) => {
        event.preventDefault?.();
        worker?.terminate();
        worker = null;
        reject(new Error(`The answer-key worker crashed: ${event.message || 'an uncaught error'}`));
      };
      w.postMessage({ id, scenario, requests, seeds });
    });
}
