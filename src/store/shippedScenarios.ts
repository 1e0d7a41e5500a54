/**
 * The scenarios the game ships (scenarios/*.yaml), as the page gets them: the start screen's list,
 * made at build time, and each file's text with the loader's verdict, fetched when that scenario
 * is first opened (build/shippedScenarios.ts makes both; app.ts imports them).
 */
import type { LoadResult } from '../scenario/load';
import type { CatalogEntry } from '../worker/protocol';

/** A shipped file: its text and the loader's result for it (the scenario, hash and warnings). */
export interface ShippedScenario {
  text: string;
  result: LoadResult;
}

export interface ShippedScenarios {
  /** Every shipped file's start-screen entry, in display order (the default scenario first). */
  catalog: CatalogEntry[];
  /** A shipped file, read when first asked for; undefined when no file has that name. */
  read(fileName: string): Promise<ShippedScenario | undefined>;
}

/** The same, from `fileName → entry` and `fileName → loader` maps; `first` is listed first. */
export function shippedScenarios(
  entries: CatalogEntry[],
  loaders: Record<string, () => Promise<ShippedScenario>>,
  first: string,
): ShippedScenarios {
  const catalog = [...entries].sort((a, b) =>
    a.fileName === first
      ? -1
      : b.fileName === first
        ? 1
        : a.fileName < b.fileName
          ? -1
          : a.fileName > b.fileName
            ? 1
            : 0,
  );
  const read = new Map<string, Promise<ShippedScenario>>();
  return {
    catalog,
    read(fileName) {
      const load = Object.hasOwn(loaders, fileName) ? loaders[fileName] : undefined;
      if (load === undefined) return Promise.resolve(undefined);
      let reading = read.get(fileName);
      if (reading === undefined) {
        reading = load();
        read.set(fileName, reading);
        // A failed fetch (offline) is tried again next time.
        reading.catch(() => read.delete(fileName));
      }
      return reading;
    },
  };
}
