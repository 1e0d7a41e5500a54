/**
 * `window.ledgertown`: the stores and main actions for automation, tests and classroom scripts.
 * Documented in README.md ("Scripting the game"). Everything returns plain data or promises.
 */
import type { AgentId } from '../engine/types';
import { mapStats, type MapInspection } from './mapStats';
import {
  AutomationArgumentError,
  checkAgent,
  checkDay,
  checkDays,
  checkFileName,
  checkLens,
  checkOptions,
  checkSeed,
  checkSpeed,
  checkText,
} from './automationChecks';
import type { Speed } from './clockStore';
import type { Lens } from './selectionStore';
import type { LessonAnswers } from '../export/lesson/answers';
import type { PredictionActions, PredictionResult } from './predictionActions';
import type { LoadOptions, TownController } from './townController';

/** What predict and explain answer when the page has no predictions (a test's API). */
const NO_PREDICTIONS: PredictionResult = { ok: false, refusal: { kind: 'noScenario' } };
import type { TownStores } from './townStores';

export interface LedgertownApi {
  version: string;
  stores: TownStores;
  /** File names of the shipped scenarios. */
  scenarios(): string[];
  /** Opens a shipped scenario; `day` replays to that day. Resolves false when it cannot load. */
  loadScenario(fileName: string, options?: { seed?: number; day?: number }): Promise<boolean>;
  /** Opens scenario text (YAML or JSON); invalid text shows its errors and resolves false. */
  loadScenarioText(
    text: string,
    fileName?: string,
    options?: { seed?: number; day?: number },
  ): Promise<boolean>;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
  step(days?: number): Promise<void>;
  jumpTo(day: number): Promise<void>;
  restart(options?: { newSeed?: boolean; seed?: number }): Promise<void>;
  select(id: AgentId | null): void;
  setLens(lens: Lens): void;
  /** A plain summary of where the game is. */
  state(): {
    screen: 'start' | 'town';
    status: string;
    scenario: string | null;
    fileName: string | null;
    seed: number;
    day: number;
    lastDay: number;
    playing: boolean;
    speed: Speed;
    people: number;
    selected: AgentId | null;
    lens: Lens;
  };
  /**
   * Answers a prediction question (`intro[].answer.id`): a number, a choice id or the ranked item
   * ids; refused (with the reason as data) once the run has reached the question's day.
   */
  predict(questionId: string, value: unknown): PredictionResult;
  /** The "why?" of a revealed question, as plain text. */
  explain(questionId: string, text: string): PredictionResult;
  /** The predictions and explanations as handed in (LessonAnswers, version 1). */
  predictions(): LessonAnswers | null;
  /** Resolves when no load, advance or jump is in flight. */
  whenIdle(): Promise<void>;
  /** Map counters: frames drawn so far, figures in the last frame (for benchmarks). */
  stats(): { mapFrames: number; figuresDrawn: number; markersDrawn: number };
  /** Test hooks: make the simulation worker crash or hang (the game restarts it). */
  debug: {
    crashWorker(): void;
    hangWorker(): void;
    /** Page position (CSS px) of a person's figure on the map, or null when not in view. */
    figurePosition(index: number): { x: number; y: number } | null;
    /** What the map draws now: districts, places, businesses, event markers, the board; null before it is drawn. */
    map(): MapInspection | null;
  };
}

/** Runs an asynchronous method: a refused argument becomes a rejected promise, not a throw. */
function checked<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Builds the API object over a controller and its stores. */
export function createAutomationApi(
  stores: TownStores,
  controller: TownController,
  scenarioFiles: string[],
  version: string,
  predictions?: PredictionActions,
): LedgertownApi {
  // Every argument is checked as the interface's controls limit it (automationChecks.ts); a refused
  // one throws, or rejects for the methods that return a promise, before any store changes.
  const load = (method: string, given: unknown): LoadOptions => {
    const options = checkOptions(method, given, ['seed', 'day'] as const);
    return {
      seed: options.seed === undefined ? undefined : checkSeed(method, options.seed),
      toDay: options.day === undefined ? undefined : checkDay(method, options.day),
    };
  };
  return {
    version,
    stores,
    scenarios: () => scenarioFiles.slice(),
    loadScenario: (fileName, options) =>
      checked(() => {
        if (!scenarioFiles.includes(fileName))
          throw new AutomationArgumentError(
            'loadScenario',
            `a shipped scenario (${scenarioFiles.join(', ')})`,
            fileName,
          );
        return controller.openScenario(fileName, load('loadScenario', options));
      }),
    loadScenarioText: (text, fileName = 'scenario.yaml', options) =>
      checked(() =>
        controller.loadScenarioText(
          checkText('loadScenarioText', text),
          checkFileName('loadScenarioText', fileName),
          load('loadScenarioText', options),
        ),
      ),
    play: () => controller.play(),
    pause: () => controller.pause(),
    setSpeed: (speed) => controller.setSpeed(checkSpeed('setSpeed', speed)),
    step: (days) =>
      checked(() => controller.step(days === undefined ? undefined : checkDays('step', days))),
    jumpTo: (day) =>
      checked(() => controller.jumpTo(checkDay('jumpTo', day, stores.clock.getState().lastDay))),
    restart: (options) =>
      checked(() => {
        const given = checkOptions('restart', options, ['newSeed', 'seed'] as const);
        if (given.newSeed !== undefined && typeof given.newSeed !== 'boolean')
          throw new AutomationArgumentError('restart', 'newSeed: true or false', given.newSeed);
        return controller.restart({
          newSeed: given.newSeed,
          seed: given.seed === undefined ? undefined : checkSeed('restart', given.seed),
        });
      }),
    select: (id) => controller.select(checkAgent('select', id, stores)),
    setLens: (lens) => controller.setLens(checkLens('setLens', lens)),
    state: () => {
      const session = stores.session.getState();
      const clock = stores.clock.getState();
      const selection = stores.selection.getState();
      return {
        screen: session.screen,
        status: session.status,
        scenario: session.scenario?.id ?? null,
        fileName: session.source?.fileName ?? null,
        seed: session.seed,
        day: clock.day,
        lastDay: clock.lastDay,
        playing: clock.playing,
        speed: clock.speed,
        people: stores.town.getState().peopleNames.length,
        selected: selection.selected,
        lens: selection.lens,
      };
    },
    predict: (questionId, value) => predictions?.predict(questionId, value) ?? NO_PREDICTIONS,
    explain: (questionId, text) => predictions?.explain(questionId, text) ?? NO_PREDICTIONS,
    predictions: () => stores.predictions.getState().answers,
    whenIdle: () => controller.whenIdle(),
    stats: () => ({
      mapFrames: mapStats.frames,
      figuresDrawn: mapStats.figures,
      markersDrawn: mapStats.markers,
    }),
    debug: {
      crashWorker: () => controller.injectWorkerFault('crash'),
      hangWorker: () => controller.injectWorkerFault('hang'),
      figurePosition: (index) => mapStats.locate?.(index) ?? null,
      map: () => mapStats.inspect?.() ?? null,
    },
  };
}
