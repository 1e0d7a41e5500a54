/**
 * The page's handle on the answer key's worker (the figures service, figuresProtocol.ts): one
 * computation at a time, as a promise, with progress. A worker that crashes rejects the
 * computation; the next one starts a fresh worker.
 */
import type { FigureStats } from '../scenario/claims/claimStats';
import type { Scenario } from '../scenario/schema';
import type { FiguresRequest, FiguresResponse } from './figuresProtocol';

/** The part of `Worker` the client uses (an engine channel for the figures service). */
export interface FiguresWorkerLike {
  postMessage(message: FiguresRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FiguresResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

type SpreadRequest = Extract<FiguresRequest, { kind: 'spread' }>;

/** Figures across seeds, computed in a worker started on first use. */
export function createAnswerKeyRunner(spawn: () => FiguresWorkerLike) {
  let worker: FiguresWorkerLike | null = null;
  let nextId = 1;
  return (
    scenario: Scenario,
    requests: SpreadRequest['requests'],
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
        else if (message.kind === 'spread') resolve(message.figures);
        else if (message.kind === 'failed') reject(new Error(message.message));
        else reject(new Error(`The answer-key worker answered "${message.kind}".`));
      };
      w.onerror = (event) => {
        event.preventDefault?.();
        worker?.terminate();
        worker = null;
        reject(new Error(`The answer-key worker crashed: ${event.message || 'an uncaught error'}`));
      };
      w.postMessage({ kind: 'spread', id, scenario, requests, seeds });
    });
}
