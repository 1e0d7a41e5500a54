/**
 * When the worker is asked for days: one advance in flight at most, playing at 1×, 5×, 20× through
 * the fixed-step day clock or as fast as the worker goes, and seeking forward to a day in visible
 * steps. Answers for an older run (the run id changed) are dropped.
 */
import { WorkerRestartedError, type WorkerClient } from '../worker/workerClient';
import type { DayFrame } from '../worker/protocol';
import type { Speed } from './clockStore';
import { DayClock } from './dayClock';
import { failureNotice, pushNotice } from './sessionStore';
import type { TownStores } from './townStores';

/** Work the worker may do per answer while playing at full speed (keeps frames flowing). */
const MAX_SPEED_BUDGET_MS = 120;
/** Work per answer while jumping ahead: small enough that the day counter visibly moves. */
const SEEK_BUDGET_MS = 250;
/** Where a day is shown after a step, a jump or a load: everyone at their day place. */
const MIDDAY = 0.5;

export interface RunScheduler {
  /** A new run is loading: any advance in flight belongs to the old one. */
  runChanged(): void;
  /** True when the town is ready and not seeking. */
  canRun(): boolean;
  /** Advances to `target` in steps of SEEK_BUDGET_MS of work, then shows midday when `park`. */
  seekForward(target: number): Promise<void>;
  /** Shows the current day at midday (after a step, a jump or a load). */
  park(): void;
  setSpeed(speed: Speed): void;
  /** Called by the map every frame with the elapsed time: the fixed-step adapter. */
  frame(elapsedMs: number): void;
  /** Fraction of the current day (0..1) for placing walking figures. */
  dayFraction(): number;
}

export function createRunScheduler(deps: {
  stores: TownStores;
  client: WorkerClient;
  /** The current run's id (incremented by every load). */
  runId(): number;
  track<T>(promise: Promise<T>): Promise<T>;
  applyFrame(frame: DayFrame): void;
}): RunScheduler {
  const { stores, client } = deps;
  const dayClock = new DayClock(1);
  /** The advance in flight, if any: at most one at a time. */
  let advancing: Promise<boolean> | null = null;

  /** Asks the worker for up to `days` days; at most one advance is in flight. */
  const advance = (days: number, budgetMs: number): Promise<boolean> => {
    if (advancing !== null) return Promise.resolve(false);
    const request = deps.track(requestAdvance(days, budgetMs));
    advancing = request;
    const myRun = deps.runId();
    const clear = () => {
      if (myRun === deps.runId()) advancing = null;
    };
    request.then(clear, clear);
    return request;
  };

  const requestAdvance = async (days: number, budgetMs: number): Promise<boolean> => {
    const myRun = deps.runId();
    try {
      const response = await client.request({ kind: 'advance', days, budgetMs });
      if (myRun !== deps.runId() || response.kind !== 'advanced') return false;
      deps.applyFrame(response.frame);
      return true;
    } catch (error) {
      if (!(error instanceof WorkerRestartedError) && myRun === deps.runId()) {
        stores.clock.setState({ playing: false, seekingTo: null });
        pushNotice(stores.session, failureNotice(error));
      }
      return false;
    }
  };

  const canRun = () =>
    stores.session.getState().status === 'ready' && stores.clock.getState().seekingTo === null;

  const waitForAdvance = async () => {
    while (advancing !== null) await advancing;
  };

  return {
    runChanged() {
      advancing = null;
    },
    canRun,
    async seekForward(target) {
      stores.clock.setState({ seekingTo: target });
      const myRun = deps.runId();
      try {
        await waitForAdvance();
        while (myRun === deps.runId() && stores.clock.getState().day < target) {
          const ok = await advance(target - stores.clock.getState().day, SEEK_BUDGET_MS);
          if (!ok) break;
        }
      } finally {
        if (myRun === deps.runId()) stores.clock.setState({ seekingTo: null });
      }
    },
    park() {
      dayClock.park(MIDDAY);
    },
    setSpeed(speed) {
      dayClock.setRate(speed === 'max' ? 1000 : speed);
    },
    frame(elapsedMs) {
      const { playing, speed, day, lastDay } = stores.clock.getState();
      if (!playing || !canRun()) return;
      if (day >= lastDay) {
        stores.clock.setState({ playing: false });
        return;
      }
      if (speed === 'max') {
        if (advancing === null) void advance(lastDay - day, MAX_SPEED_BUDGET_MS);
        return;
      }
      const due = dayClock.tick(elapsedMs);
      if (due >= 1 && advancing === null) {
        dayClock.consume(due);
        void advance(Math.min(due, lastDay - day), MAX_SPEED_BUDGET_MS);
      }
    },
    dayFraction() {
      const { playing, speed } = stores.clock.getState();
      return playing && speed === 'max' ? MIDDAY : dayClock.fraction();
    },
  };
}
