/**
 * The answer-key worker: runs a scenario on each seed and reads the prediction questions' figures
 * (the same function as `npm run sim -- guide` and the claims), off the page's thread.
 */
import { figuresAcrossSeeds } from '../engine/claims/figures';
import type { AnswerKeyRequest, AnswerKeyResponse } from './answerKeyProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (response: AnswerKeyResponse) => scope.postMessage(response);

scope.onmessage = (event: MessageEvent<AnswerKeyRequest>) => {
  const { id, scenario, requests, seeds } = event.data;
  try {
    const figures = figuresAcrossSeeds(scenario, requests, seeds, (done, total) =>
      post({ id, kind: 'progress', done, total }),
    );
    post({ id, kind: 'done', figures });
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
