/**
 * What the game does when its simulation worker had to be restarted (it crashed or stopped
 * answering): tell the player, and rebuild the run to the same day, since runs are deterministic.
 * For one run the player asked for it does so at most RESTART_LIMIT times, however far apart the
 * failures come; past that the run itself makes the worker fail, so it stops and says why.
 */
import type { WorkerFailure } from '../worker/workerClient';
import { pushNotice } from './sessionStore';
import type { TownStores } from './townStores';

/** Automatic restarts of the worker for one run (one load the player asked for). */
export const RESTART_LIMIT = 3;

export interface WorkerWatchdog {
  /** The player asked for a run (a load, a restart, a jump back): the count starts again. */
  runStarted(): void;
  /** The worker was restarted after `failure`. */
  restarted(failure: WorkerFailure): void;
}

export function createWorkerWatchdog(deps: {
  stores: TownStores;
  /** Forgets the load in flight (when giving up). */
  dropPendingLoad(): void;
  /** Rebuilds the run (the load in flight, else the run in play) in the new worker; `playing` resumes play. */
  rebuild(playing: boolean): void;
}): WorkerWatchdog {
  const { stores } = deps;
  let restarts = 0;
  return {
    runStarted() {
      restarts = 0;
    },
    restarted(failure) {
      restarts++;
      stores.session.setState((s) => ({ workerRestarts: s.workerRestarts + 1 }));
      const { source } = stores.session.getState();
      const { day, playing } = stores.clock.getState();
      if (restarts > RESTART_LIMIT) {
        deps.dropPendingLoad();
        stores.clock.setState({ playing: false, seekingTo: null });
        stores.session.setState({ status: source ? 'ready' : 'idle', progress: null });
        pushNotice(stores.session, { kind: 'workerGaveUp', detail: failure.detail, day, restarts });
        return;
      }
      pushNotice(stores.session, { kind: 'workerRestarted', ...failure, day });
      deps.rebuild(playing);
    },
  };
}
