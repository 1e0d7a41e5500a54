/**
 * `window.ledgertown`: the stores and main actions for automation, tests and classroom scripts.
 * Documented in README.md ("Scripting the game"). Everything returns plain data or promises.
 */
import type { AgentId } from '../engine/types';
import { mapStats } from './mapStats';
import type { Speed } from './clockStore';
import type { Lens } from './selectionStore';
import type { LoadOptions, TownController } from './townController';
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
  /** Resolves when no load, advance or jump is in flight. */
  whenIdle(): Promise<void>;
  /** Map counters: frames drawn so far, figures in the last frame (for benchmarks). */
  stats(): { mapFrames: number; figuresDrawn: number };
  /** Test hooks: make the simulation worker crash or hang (the game restarts it). */
  debug: {
    crashWorker(): void;
    hangWorker(): void;
    /** Page position (CSS px) of a person's figure on the map, or null when not in view. */
    figurePosition(index: number): { x: number; y: number } | null;
  };
}

/** Builds the API object over a controller and its stores. */
export function createAutomationApi(
  stores: TownStores,
  controller: TownController,
  scenarioFiles: string[],
  version: string,
): LedgertownApi {
  const load = (options: { seed?: number; day?: number } = {}): LoadOptions => ({
    seed: options.seed,
    toDay: options.day,
  });
  return {
    version,
    stores,
    scenarios: () => scenarioFiles.slice(),
    loadScenario: (fileName, options) => controller.openScenario(fileName, load(options)),
    loadScenarioText: (text, fileName = 'scenario.yaml', options) =>
      controller.loadScenarioText(text, fileName, load(options)),
    play: () => controller.play(),
    pause: () => controller.pause(),
    setSpeed: (speed) => controller.setSpeed(speed),
    step: (days) => controller.step(days),
    jumpTo: (day) => controller.jumpTo(day),
    restart: (options) => controller.restart(options),
    select: (id) => controller.select(id),
    setLens: (lens) => controller.setLens(lens),
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
    whenIdle: () => controller.whenIdle(),
    stats: () => ({ mapFrames: mapStats.frames, figuresDrawn: mapStats.figures }),
    debug: {
      crashWorker: () => controller.injectWorkerFault('crash'),
      hangWorker: () => controller.injectWorkerFault('hang'),
      figurePosition: (index) => mapStats.locate?.(index) ?? null,
    },
  };
}
