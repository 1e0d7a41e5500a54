/**
 * The game's actions: open a scenario, play, pause, step, jump, restart, select. It owns the
 * worker client, loads runs and writes results into the stores, and keeps progress saved; when the
 * worker is asked for days is runScheduler.ts's job, what happens after a worker restart is
 * workerWatchdog.ts's.
 */
import type { AgentId, PlayerMove } from '../engine/types';
import type { LoadResult } from '../scenario/load';
import type { DayFrame, WorkerResponse } from '../worker/protocol';
import type { MoveAnswer, RoleChoice, RoleMove } from '../worker/roleProtocol';
import {
  createWorkerClient,
  WorkerRestartedError,
  type WorkerClient,
  type WorkerLike,
} from '../worker/workerClient';
import { SPEEDS, type Speed } from './clockStore';
import { createRunScheduler } from './runScheduler';
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
import { failureNotice, pushNotice, type ScenarioSourceFile, type SourceRef } from './sessionStore';
import type { ShippedScenarios } from './shippedScenarios';
import { applyDayFrame, setLoadedTown } from './townStore';
import type { Lens } from './selectionStore';
import { createWorkerWatchdog } from './workerWatchdog';

export interface TownControllerOptions {
  stores: TownStores;
  /** Starts the simulation worker: when the first town is opened, not for the start screen. */
  spawnWorker: () => WorkerLike;
  /** The shipped scenarios: the start screen's list, and each file read when opened. */
  shipped: ShippedScenarios;
  /**
   * Reads and checks scenario text before it goes to the worker, which runs only checked
   * scenarios. Default: the loader (src/scenario/load.ts), fetched when first needed.
   */
  checkText?: (text: string, fileName: string) => Promise<LoadResult>;
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
  /** Restores saved progress, if any (the shipped scenarios are listed from the start). */
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

/** How many checked texts the controller keeps (see `checkText`). */
const CHECKED_KEPT = 4;

/** Creates the controller; call `start()` once the UI is mounted. */
export function createTownController(options: TownControllerOptions): TownController {
  const { stores, storage } = options;
  const now = options.now ?? (() => performance.now());
  const randomSeed = options.randomSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const { shipped } = options;
  const readText =
    options.checkText ??
    ((text: string, fileName: string) =>
      import('../scenario/load').then(({ loadScenario }) => loadScenario(text, fileName)));
  /** The last texts checked: a jump back, a restart or a worker restart reads its text once. */
  const checked = new Map<string, Promise<LoadResult>>();
  const checkText = (text: string, fileName: string): Promise<LoadResult> => {
    const key = `${fileName}\u0000${text}`;
    let result = checked.get(key);
    if (result === undefined) {
      result = readText(text, fileName);
      result.catch(() => checked.delete(key));
    } else checked.delete(key);
    checked.set(key, result);
    if (checked.size > CHECKED_KEPT) checked.delete(checked.keys().next().value as string);
    return result;
  };
  const isShipped = (fileName: string) => shipped.catalog.some((e) => e.fileName === fileName);
  stores.session.setState({ catalog: shipped.catalog });

  /** Incremented by every load: answers for an older run are ignored. */
  let runId = 0;
  const work = new Set<Promise<unknown>>();
  /** The load in flight: a restarted worker must redo it (the run it replaces may be gone). */
  let pendingLoad: { source: SourceRef; load: LoadOptions } | null = null;

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
      stores.session.setState({ progress: { day: update.day, targetDay: update.targetDay } });
    },
    onRestart: (failure) => watchdog.restarted(failure),
  });

  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------

  /**
   * The file (a shipped one's text fetched; `bundled` when the text is a shipped file's own) and
   * the loader's verdict on it; null when no shipped file has that name.
   */
  const prepare = async (
    ref: SourceRef,
  ): Promise<{ source: ScenarioSourceFile; result: LoadResult } | null> => {
    const shippedText = await shipped.read(ref.fileName);
    const text = 'shipped' in ref ? shippedText : ref.text;
    if (text === undefined) return null;
    const source = { fileName: ref.fileName, text, bundled: text === shippedText };
    return { source, result: await checkText(text, ref.fileName) };
  };

  const loadSource = async (
    ref: SourceRef,
    load: LoadOptions,
    keep: { selection: boolean },
    recovering = false,
  ): Promise<boolean> => {
    if (!recovering) watchdog.runStarted();
    const myRun = ++runId;
    scheduler.runChanged();
    pendingLoad = { source: ref, load };
    const toDay = Math.max(0, Math.floor(load.toDay ?? 0));
    const hadTown = stores.session.getState().scenario !== null;
    stores.session.setState({
      status: 'loading',
      progress: { day: 0, targetDay: toDay },
      invalid: null,
    });
    stores.clock.setState({ playing: false, seekingTo: toDay > 0 ? toDay : null });
    const role = roleForLoad(
      stores.role,
      load,
      ref.fileName === stores.session.getState().source?.fileName,
    );
    let source: ScenarioSourceFile;
    let response: WorkerResponse;
    try {
      const prepared = await prepare(ref);
      if (myRun !== runId) return false;
      if (prepared === null || !prepared.result.ok) {
        // The file's problems, positioned, on the start screen (or: no shipped file of that name).
        const errors = prepared === null || prepared.result.ok ? null : prepared.result.errors;
        pendingLoad = null;
        stores.session.setState({
          status: hadTown ? 'ready' : 'idle',
          progress: null,
          invalid: errors === null ? null : { fileName: ref.fileName, errors },
          screen: 'start',
        });
        stores.clock.setState({ seekingTo: null });
        if (errors === null) {
          pushNotice(stores.session, { kind: 'unknownScenario', fileName: ref.fileName });
        }
        return false;
      }
      source = prepared.source;
      const result = prepared.result;
      const { scenario, hash, warnings } = result;
      response = await client.request({
        kind: 'load',
        fileName: source.fileName,
        scenario,
        hash,
        warnings,
        seed: load.seed,
        toDay,
        ...role,
      });
    } catch (error) {
      if (myRun === runId && !(error instanceof WorkerRestartedError)) {
        pendingLoad = null;
        stores.session.setState({ status: hadTown ? 'ready' : 'idle', progress: null });
        stores.clock.setState({ seekingTo: null });
        pushNotice(stores.session, failureNotice(error));
      }
      return false;
    }
    if (myRun !== runId) return false;
    pendingLoad = null;
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
    scheduler.park();
    if (!keep.selection) {
      stores.selection.setState({ selected: null, dossier: null, dossierMissing: false });
    }
    dossiers.refresh(true);
    progress.schedule();
    return true;
  };

  const dossiers = createDossierReader(stores, () => client, now);
  const progress = createProgressKeeper(stores, storage, isShipped);

  const watchdog = createWorkerWatchdog({
    stores,
    dropPendingLoad: () => {
      pendingLoad = null;
    },
    rebuild: (playing) => {
      const { source, seed, status } = stores.session.getState();
      const { day, seekingTo } = stores.clock.getState();
      const redo =
        pendingLoad ??
        (source !== null && status !== 'idle'
          ? { source, load: { seed, toDay: Math.max(day, seekingTo ?? 0) } }
          : null);
      if (redo === null) return;
      void track(
        loadSource(redo.source, redo.load, { selection: true }, true).then((ok) => {
          if (ok && playing) stores.clock.setState({ playing: true });
        }),
      );
    },
  });

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

  const scheduler = createRunScheduler({
    stores,
    client,
    runId: () => runId,
    track,
    applyFrame,
  });

  const restoreProgress = async (): Promise<void> => {
    const restored = progress.restore();
    if (restored === null) return;
    const { saved, source } = restored;
    stores.clock.setState({ speed: saved.speed });
    scheduler.setSpeed(saved.speed);
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
      await track(restoreProgress());
    },

    openScenario(fileName, load = {}) {
      if (!isShipped(fileName)) {
        pushNotice(stores.session, { kind: 'unknownScenario', fileName });
        return Promise.resolve(false);
      }
      const sameScenario = stores.session.getState().source?.fileName === fileName;
      return track(loadSource({ fileName, shipped: true }, load, { selection: sameScenario }));
    },

    loadScenarioText(text, fileName, load = {}) {
      // Whether it is a shipped file as shipped is found when it is read (prepare).
      const source = { fileName, text, bundled: false };
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
      scheduler.setSpeed(speed);
      progress.schedule();
    },

    step(days = 1) {
      controller.pause();
      if (!scheduler.canRun()) return Promise.resolve();
      const target = Math.min(stores.clock.getState().day + days, stores.clock.getState().lastDay);
      return track(scheduler.seekForward(target).then(() => scheduler.park()));
    },

    jumpTo(day) {
      const { status, source, seed } = stores.session.getState();
      if (status !== 'ready' || source === null) return Promise.resolve();
      const { lastDay, day: current } = stores.clock.getState();
      const target = Math.max(0, Math.min(Math.floor(day), lastDay));
      if (!Number.isFinite(target) || target === current) return Promise.resolve();
      controller.pause();
      if (target > current) return track(scheduler.seekForward(target));
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
      scheduler.frame(elapsedMs);
    },

    dayFraction() {
      return scheduler.dayFraction();
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
