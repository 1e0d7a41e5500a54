/**
 * What the store tests share: the shipped scenarios, an in-memory storage, and a town controller
 * on an in-process worker that `disposeTowns` (each file's afterEach) shuts down again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { KeyValueStorage } from '../../src/store/progressStorage';
import { createTownController, type TownController } from '../../src/store/townController';
import { createTownStores, type TownStores } from '../../src/store/townStores';
import { inProcessWorker } from './inProcessWorker';

const scenarioDir = new URL('../../scenarios/', import.meta.url);

/** Every scenario file the game ships, as the page bundles them. */
export const bundled = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, scenarioDir), 'utf8') }));

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
    bundled,
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
