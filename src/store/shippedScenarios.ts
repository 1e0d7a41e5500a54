/**
 * The scenarios the game ships (scenarios/*.yaml), as the page gets them: the start screen's list,
 * made at build time (build/shippedScenarios.ts), and each file's text, a chunk of its own fetched
 * when that scenario is first opened (app.ts imports both).
 */
import type { CatalogEntry } from '../worker/protocol';

/** A shipped file's text. */
export type ShippedScenario = string;

export interface ShippedScenarios {
  /** Every shipped file's start-screen entry, in display order (the default scenario first). */
  catalog: CatalogEntry[];
  /** A shipped file's text, read when first asked for; undefined when no file has that name. */
  read(fileName: string): Promise<ShippedScenario | undefined>;
  /** A shipped file's text if already read (every file a run was opened from has been). */
  known(fileName: string): ShippedScenario | undefined;
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
  const known = new Map<string, ShippedScenario>();
  return {
    catalog,
    known: (fileName) => known.get(fileName),
    read(fileName) {
      const load = Object.hasOwn(loaders, fileName) ? loaders[fileName] : undefined;
      if (load === undefined) return Promise.resolve(undefined);
      let reading = read.get(fileName);
      if (reading === undefined) {
        reading = load().then((file) => {
          known.set(fileName, file);
          return file;
        });
        read.set(fileName, reading);
        // A failed fetch (offline) is tried again next time.
        reading.catch(() => read.delete(fileName));
      }
      return reading;
    },
  };
}
