/**
 * The figures service's logic (figuresProtocol.ts), apart from the worker's wiring so Node tests
 * can drive it: the answer key's spread and the claims' verdicts, with progress per run.
 */
import { checkClaims, figuresAcrossSeeds } from '../engine/claims/figures';
import type { FiguresRequest, FiguresResponse } from './figuresProtocol';

export interface FiguresHost {
  handle(request: FiguresRequest): void;
}

/** Creates the host; `post` answers the UI. */
export function createFiguresHost(post: (response: FiguresResponse) => void): FiguresHost {
  return {
    handle(request) {
      const { id } = request;
      const progress = (done: number, total: number) => post({ kind: 'progress', id, done, total });
      try {
        if (request.kind === 'spread') {
          const figures = figuresAcrossSeeds(
            request.scenario,
            request.requests,
            request.seeds,
            progress,
          );
          post({ kind: 'spread', id, figures });
        } else {
          const verdicts = checkClaims(request.scenario, request.seeds, progress);
          post({ kind: 'claims', id, verdicts });
        }
      } catch (error) {
        post({
          kind: 'failed',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
