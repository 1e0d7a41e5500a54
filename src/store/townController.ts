/**
 * The game's actions: open a scenario, play, pause, step, jump, restart, select. It owns the
 * worker client and the day clock, writes results into the stores, keeps progress saved, and
 * restores the run when the worker has to be restarted.
 */
import type { AgentId, PlayerMove } from '../engine/types';
import type { DayFrame, WorkerResponse } from '../worker/protocol';
import type { MoveAnswer, RoleChoice, RoleMove } from '../worker/roleProtocol';
import {
  createWorkerClient,
  WorkerRestartedError,
  type WorkerClient,
  type WorkerFailure,
  type WorkerLike,
} from '../worker/workerClient';
import { SPEEDS, type Speed } from './clockStore';
import { DayClock } from './dayClock';
import type { TownStores } from './townStores';
import { createDossierReader } from './dossierReader';
import { createProgressKeeper } from './progressKeeper';
import type { KeyValueStorage } from './progressStorage';
import {
  applyRoleFrame,
  applyRoleLoaded,
  applyRoleMoved,
  choiceOf,
  roleForLoad,
} from './roleStore';
import { restoreRoleProgress } from './roleSave';
import { pushNotice, type ScenarioSourceFile } from './sessionStore';
import { applyDayFrame, setLoadedTown } from './townStore';
import type { Lens } from './selectionStore';

/** Work the worker may do per answer while playing at full speed (keeps frames flowing). */
const MAX_SPEED_BUDGET_MS = 120;
/** Work per answer while jumping ahead: small enough that the day counter visibly moves. */
const SEEK_BUDGET_MS = 250;
/** Where a day is shown after a step, a jump or a load: everyone at their day place. */
const MIDDAY = 0.5;
/**
 * Automatic restarts of the worker for one run (one load the player asked for), however far apart:
 * past this the run itself makes the worker fail, so it is not restarted again.
 */
const RESTART_LIMIT = 3;

export interface TownControllerOptions {
  stores: TownStores;
  spawnWorker: () => WorkerLike;
  /** Shipped scenario files, in display order. */
  bundled: { fileName: string; text: string }[];
  storage: KeyValueStorage | null;
  now?: () => number;
  randomSeed?: () => number;
  /** Passed through to the worker client (tests shorten these). */
  stallMs?: number;
}

export interface LoadOptions {
  seed?: number;
  toDay?: number;
  /** The role to play (none: the current one, see roleForLoad) and a saved game's moves. */
  role?: RoleChoice;
  moves?: PlayerMove[];
}

export interface TownController {
  /** Reads the shipped scenarios and restores saved progress, if any. */
  start(): Promise<void>;
  /** Opens a shipped scenario by file name. */
  openScenario(fileName: string, options?: LoadOptions): Promise<boolean>;
  /** Opens scenario text (a file the player chose, or automation); false when it is invalid. */
  loadScenarioText(text: string, fileName: string, options?: LoadOptions): Promise<boolean>;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  /** Pauses and advances `days` days (default one). */
  step(days?: number): Promise<void>;
  /** Moves to a day: forward by running, backward by replaying from day 0 (same seed). */
  jumpTo(day: number): Promise<void>;
  /** Starts the run again from day 0 with the same seed, a new random one, or a given one. */
  restart(options?: { newSeed?: boolean; seed?: number }): Promise<void>;
  select(id: AgentId | null): void;
  setLens(lens: Lens): void;
  showStart(): void;
  showTown(): void;
  /** Called by the map every frame with the elapsed time: the fixed-step adapter. */
  frame(elapsedMs: number): void;
  /** Fraction of the current day (0..1) for placing walking figures. */
  dayFraction(): number;
  /** Resolves once no load, advance or jump is in flight. */
  whenIdle(): Promise<void>;
  /** Writes progress now instead of after the usual short delay (before the page reloads). */
  saveProgress(): void;
  /** Every person's outcome and the summary figures of the run so far, for the exports. */
  readOutcomes(): Promise<Extract<WorkerResponse, { kind: 'outcomes' }> | null>;
  /** A move in the played role (a citizen's choice, an appeal decided), made for the next day. */
  roleMove(move: RoleMove): Promise<MoveAnswer>;
  /** Test hooks for the watchdog. */
  injectWorkerFault(fault: 'crash' | 'hang'): void;
  dispose(): void;
}

/** Creates the controller; call `start()` once the UI is mounted. */
export function createTownController(options: TownControllerOptions): TownController {
  const { stores, storage } = options;
  const now = options.now ?? (() => performance.now());
  const randomSeed = options.randomSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const dayClock = new DayClock(1);

  /** Incremented by every load: answers for an older run are ignored. */
  let runId = 0;
  /** The advance in flight, if any: at most one at a time. */
  let advancing: Promise<boolean> | null = null;
  const work = new Set<Promise<unknown>>();
  /** Automatic restarts since the player last asked for a run (a load, a restart, a jump back). */
  let restartsOfRun = 0;
  /** The load in flight: a restarted worker must redo it (the run it replaces may be gone). */
  let pendingLoad: { source: ScenarioSourceFile; load: LoadOptions } | null = null;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    work.add(promise);
    const done = () => work.delete(promise);
    promise.then(done, done);
    return promise;
  };

  const client: WorkerClient = createWorkerClient({
    spawn: options.spawnWorker,
    stallMs: options.stallMs,
    now,
    onUpdate: (update) => {
      if (update.kind === 'progress') {
        stores.session.setState({ progress: { day: update.day, targetDay: update.targetDay } });
        return;
      }
      const failed = new Map(update.failed.map((entry) => [entry.fileName, entry]));
      stores.session.setState((s) => ({
        catalog: s.catalog?.map((entry) => failed.get(entry.fileName) ?? entry) ?? null,
      }));
    },
    onRestart: (failure) => recoverFromRestart(failure),
  });

  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------

  const loadSource = async (
    source: ScenarioSourceFile,
    load: LoadOptions,
    keep: { selection: boolean },
    recovering = false,
  ): Promise<boolean> => {
    if (!recovering) restartsOfRun = 0;
    const myRun = ++runId;
    advancing = null;
    pendingLoad = { source, load };
    const toDay = Math.max(0, Math.floor(load.toDay ?? 0));
    const hadTown = stores.session.getState().scenario !== null;
    stores.session.setState({
      status: 'loading',
      progress: { day: 0, targetDay: toDay },
      invalid: null,
    });
    stores.clock.setState({ playing: false, seekingTo: toDay > 0 ? toDay : null });
    let response: WorkerResponse;
    try {
      response = await client.request({
        kind: 'load',
        fileName: source.fileName,
        text: source.text,
        seed: load.seed,
        toDay,
        ...roleForLoad(
          stores.role,
          load,
          source.fileName === stores.session.getState().source?.fileName,
        ),
      });
    } catch (error) {
      if (myRun === runId && !(error instanceof WorkerRestartedError)) {
        pendingLoad = null;
        stores.session.setState({ status: hadTown ? 'ready' : 'idle', progress: null });
        stores.clock.setState({ seekingTo: null });
        pushNotice(stores.session, { kind: 'requestFailed', detail: String(error) });
      }
      return false;
    }
    if (myRun !== runId) return false;
    pendingLoad = null;
    if (response.kind === 'loadFailed') {
      stores.session.setState({
        status: hadTown ? 'ready' : 'idle',
        progress: null,
        invalid: { fileName: response.fileName, errors: response.errors },
        screen: 'start',
      });
      stores.clock.setState({ seekingTo: null });
      return false;
    }
    if (response.kind !== 'loaded') return false;
    const { town } = response;
    setLoadedTown(stores.town, town);
    applyRoleLoaded(stores.role, stores.teacher, source.fileName, town.role, town.frame.role);
    stores.session.setState({
      status: 'ready',
      progress: null,
      source,
      scenario: town.scenario,
      hash: town.hash,
      seed: town.seed,
      warnings: town.warnings,
      screen: 'town',
    });
    stores.clock.setState({
      day: town.frame.day,
      lastDay: town.scenario.days,
      seekingTo: null,
    });
    dayClock.park(MIDDAY);
    if (!keep.selection) {
      stores.selection.setState({ selected: null, dossier: null, dossierMissing: false });
    }
    dossiers.refresh(true);
    progress.schedule();
    return true;
  };

  const bundledSource = (fileName: string): ScenarioSourceFile | undefined => {
    const file = options.bundled.find((f) => f.fileName === fileName);
    return file && { fileName: file.fileName, text: file.text, bundled: true };
  };

  const dossiers = createDossierReader(stores, () => client, now);
  const progress = createProgressKeeper(stores, storage, bundledSource);

  const recoverFromRestart = (failure: WorkerFailure) => {
    restartsOfRun++;
    stores.session.setState((s) => ({ workerRestarts: s.workerRestarts + 1 }));
    const { source, seed, status, catalog } = stores.session.getState();
    const { day, playing } = stores.clock.getState();
    if (restartsOfRun > RESTART_LIMIT) {
      pendingLoad = null;
      stores.clock.setState({ playing: false, seekingTo: null });
      stores.session.setState({ status: source ? 'ready' : 'idle', progress: null });
      pushNotice(stores.session, {
        kind: 'workerGaveUp',
        detail: failure.detail,
        day,
        restarts: restartsOfRun,
      });
      if (catalog === null) void track(readCatalog());
      return;
    }
    pushNotice(stores.session, { kind: 'workerRestarted', ...failure, day });
    if (catalog === null) void track(readCatalog());
    const redo =
      pendingLoad ??
      (source !== null && status !== 'idle'
        ? { source, load: { seed, toDay: Math.max(day, stores.clock.getState().seekingTo ?? 0) } }
        : null);
    if (redo === null) return;
    void track(
      loadSource(redo.source, redo.load, { selection: true }, true).then((ok) => {
        if (ok && playing) stores.clock.setState({ playing: true });
      }),
    );
  };

  /** Lists the shipped scenarios; a worker restart in the middle reads them again. */
  const readCatalog = async () => {
    try {
      const response = await client.request({ kind: 'catalog', files: options.bundled });
      if (response.kind === 'catalog') stores.session.setState({ catalog: response.entries });
    } catch (error) {
      if (!(error instanceof WorkerRestartedError)) {
        pushNotice(stores.session, { kind: 'requestFailed', detail: String(error) });
      }
    }
  };

  // ---------------------------------------------------------------------------------------------
  // Running
  // ---------------------------------------------------------------------------------------------

  const applyFrame = (frame: DayFrame) => {
    applyDayFrame(stores.town, frame);
    applyRoleFrame(stores.role, frame.role);
    const { lastDay, playing } = stores.clock.getState();
    stores.clock.setState({
      day: frame.day,
      playing: playing && frame.day < lastDay,
    });
    dossiers.refresh(false);
    progress.schedule();
  };

  /** Asks the worker for up to `days` days; at most one advance is in flight. */
  const advance = (days: number, budgetMs: number): Promise<boolean> => {
    if (advancing !== null) return Promise.resolve(false);
    const request = track(requestAdvance(days, budgetMs));
    advancing = request;
    const myRun = runId;
    const clear = () => {
      if (myRun === runId) advancing = null;
    };
    request.then(clear, clear);
    return request;
  };

  const requestAdvance = async (days: number, budgetMs: number): Promise<boolean> => {
    const myRun = runId;
    try {
      const response = await client.request({ kind: 'advance', days, budgetMs });
      if (myRun !== runId || response.kind !== 'advanced') return false;
      applyFrame(response.frame);
      return true;
    } catch (error) {
      if (!(error instanceof WorkerRestartedError) && myRun === runId) {
        stores.clock.setState({ playing: false, seekingTo: null });
        pushNotice(stores.session, { kind: 'requestFailed', detail: String(error) });
      }
      return false;
    }
  };

  const canRun = () =>
    stores.session.getState().status === 'ready' && stores.clock.getState().seekingTo === null;

  const waitForAdvance = async () => {
    while (advancing !== null) await advancing;
  };

  const seekForward = async (target: number) => {
    stores.clock.setState({ seekingTo: target });
    const myRun = runId;
    try {
      await waitForAdvance();
      while (myRun === runId && stores.clock.getState().day < target) {
        const ok = await advance(target - stores.clock.getState().day, SEEK_BUDGET_MS);
        if (!ok) break;
      }
    } finally {
      if (myRun === runId) stores.clock.setState({ seekingTo: null });
    }
  };

  const restoreProgress = async (): Promise<void> => {
    const restored = progress.restore();
    if (restored === null) return;
    const { saved, source } = restored;
    stores.clock.setState({ speed: saved.speed });
    dayClock.setRate(rateOf(saved.speed));
    stores.selection.setState({ selected: saved.selected, lens: saved.lens });
    stores.prefs.setState({ panel: saved.panel });
    stores.session.setState({ screen: 'town' });
    const run = { fileName: source.fileName, seed: saved.seed };
    const role = storage ? restoreRoleProgress(storage, stores, run, Date.now()) : {};
    await loadSource(source, { seed: saved.seed, toDay: saved.day, ...role }, { selection: true });
  };

  // ---------------------------------------------------------------------------------------------
  // Public actions
  // ---------------------------------------------------------------------------------------------

  const controller: TownController = {
    async start() {
      // Restoring first: the worker answers in order, so the saved town is not kept waiting
      // behind the validation of every shipped scenario for the start screen.
      const restoring = track(restoreProgress());
      const reading = track(readCatalog());
      await Promise.all([restoring, reading]);
    },

    openScenario(fileName, load = {}) {
      const source = bundledSource(fileName);
      if (source === undefined) {
        pushNotice(stores.session, { kind: 'unknownScenario', fileName });
        return Promise.resolve(false);
      }
      const sameScenario = stores.session.getState().source?.fileName === fileName;
      return track(loadSource(source, load, { selection: sameScenario }));
    },

    loadScenarioText(text, fileName, load = {}) {
      const bundled = bundledSource(fileName);
      const source = { fileName, text, bundled: bundled !== undefined && bundled.text === text };
      return track(loadSource(source, load, { selection: false }));
    },

    play() {
      if (stores.session.getState().status !== 'ready') return;
      const { day, lastDay } = stores.clock.getState();
      if (day >= lastDay) return;
      stores.clock.setState({ playing: true });
    },

    pause() {
      stores.clock.setState({ playing: false });
      dossiers.refresh(true);
    },

    togglePlay() {
      if (stores.clock.getState().playing) controller.pause();
      else controller.play();
    },

    setSpeed(speed) {
      if (!SPEEDS.includes(speed)) return;
      stores.clock.setState({ speed });
      dayClock.setRate(rateOf(speed));
      progress.schedule();
    },

    step(days = 1) {
      controller.pause();
      if (!canRun()) return Promise.resolve();
      const target = Math.min(stores.clock.getState().day + days, stores.clock.getState().lastDay);
      return track(seekForward(target).then(() => dayClock.park(MIDDAY)));
    },

    jumpTo(day) {
      const { status, source, seed } = stores.session.getState();
      if (status !== 'ready' || source === null) return Promise.resolve();
      const { lastDay, day: current } = stores.clock.getState();
      const target = Math.max(0, Math.min(Math.floor(day), lastDay));
      if (!Number.isFinite(target) || target === current) return Promise.resolve();
      controller.pause();
      if (target > current) return track(seekForward(target));
      return track(
        loadSource(source, { seed, toDay: target }, { selection: true }).then(() => undefined),
      );
    },

    restart(restartOptions = {}) {
      const { source, seed } = stores.session.getState();
      if (source === null) return Promise.resolve();
      const nextSeed = restartOptions.seed ?? (restartOptions.newSeed ? randomSeed() : seed);
      return track(
        loadSource(
          source,
          { seed: nextSeed, toDay: 0, role: choiceOf(stores.role.getState().playing) },
          { selection: true },
        ).then(() => undefined),
      );
    },

    select(id) {
      stores.selection.setState({
        selected: id,
        dossier: null,
        dossierMissing: false,
        hover: null,
      });
      if (id !== null) {
        stores.prefs.setState({ panel: 'person' });
        dossiers.refresh(true);
      }
    },

    setLens(lens) {
      stores.selection.setState({ lens });
    },

    showStart() {
      controller.pause();
      stores.session.setState({ screen: 'start' });
    },

    showTown() {
      if (stores.session.getState().scenario !== null) stores.session.setState({ screen: 'town' });
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

    async whenIdle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },

    saveProgress() {
      progress.flush();
    },

    async readOutcomes() {
      if (stores.session.getState().status !== 'ready') return null;
      const response = await client.request({ kind: 'outcomes' });
      return response.kind === 'outcomes' ? response : null;
    },

    async roleMove(move) {
      if (stores.session.getState().status !== 'ready') {
        return { ok: false, error: 'no town is running: start a scenario first' };
      }
      controller.pause();
      await controller.whenIdle();
      const myRun = runId;
      stores.role.setState({ moving: true });
      try {
        const response = await client.request({ kind: 'roleMove', move });
        if (myRun === runId && response.kind === 'roleMoved') {
          applyRoleMoved(stores.role, response.result, response.role);
          return response.result;
        }
        return { ok: false, error: 'the run changed before the move was made: make it again' };
      } catch (error) {
        return { ok: false, error: String(error) };
      } finally {
        stores.role.setState({ moving: false });
      }
    },

    injectWorkerFault(fault) {
      client.request({ kind: 'fault', fault }).catch(() => undefined);
    },

    dispose() {
      progress.dispose();
      client.dispose();
    },
  };
  return controller;
}

function rateOf(speed: Speed): number {
  return speed === 'max' ? 1000 : speed;
}
