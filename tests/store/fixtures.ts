/**
 * What the store tests share: the shipped scenarios, an in-memory storage, and a town controller
 * on an in-process worker that `disposeTowns` (each file's afterEach) shuts down again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load';
import type { KeyValueStorage } from '../../src/store/progressStorage';
import { shippedScenarios, type ShippedScenarios } from '../../src/store/shippedScenarios';
import { createTownController, type TownController } from '../../src/store/townController';
import { createTownStores, type TownStores } from '../../src/store/townStores';
import { catalogEntry } from '../../src/worker/scenarioMeta';
import { inProcessWorker } from './inProcessWorker';

const scenarioDir = new URL('../../scenarios/', import.meta.url);

/** Every scenario file the game ships, as the page bundles them. */
export const bundled = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, scenarioDir), 'utf8') }));

/** The shipped scenarios as the page gets them (the build makes the entries with the loader). */
export function shippedFrom(files: { fileName: string; text: string }[]): ShippedScenarios {
  return shippedScenarios(
    files.map((f) => catalogEntry(f.fileName, loadScenario(f.text, f.fileName))),
    Object.fromEntries(files.map((f) => [f.fileName, () => Promise.resolve(f.text)])),
    'welcome.yaml',
  );
}

export const shipped = shippedFrom(bundled);

/** A storage that keeps values in a map the test can read. */
export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const running: TownController[] = [];

/** Fresh stores and a controller over the shipped scenarios, saving to `storage` (none by default). */
export function setUp(storage: KeyValueStorage | null = null): {
  stores: TownStores;
  controller: TownController;
} {
  const stores = createTownStores();
  const controller = createTownController({
    stores,
    shipped,
    storage,
    spawnWorker: inProcessWorker,
  });
  running.push(controller);
  return { stores, controller };
}

/** Disposes every controller setUp made since the last call. */
export function disposeTowns(): void {
  running.splice(0).forEach((c) => c.dispose());
}
