/**
 * Every localStorage access the game makes goes through here, because each can throw: reading where
 * the browser forbids storage, writing when it is full, setting a corrupt entry aside when there is
 * no room for the copy. A refusal is an answer (null, false, "left in place"), never an exception,
 * so full storage plus a corrupt entry still starts the game, and nothing else is removed.
 */

/** The subset of `Storage` the game uses (localStorage, or a map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored text at `key`; null when there is none or the browser refuses to read it. */
export function readStored(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` at `key`; false when the browser refused (full or disabled). */
export function writeStored(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Where an unreadable entry is now: moved to a key of its own, or left where it was. */
export interface SetAside {
  key: string;
  moved: boolean;
}

/**
 * Moves an unreadable entry `raw` from `key` to `<key>.corrupt.<stamp>`, so it is kept for whoever
 * wants to look at it and no longer read. When storage is too full for the copy, the entry is left
 * in place (the next save of that key replaces it) and nothing else is touched.
 */
export function setAside(
  storage: KeyValueStorage,
  key: string,
  raw: string,
  stamp: number,
): SetAside {
  const aside = `${key}.corrupt.${stamp}`;
  if (!writeStored(storage, aside, raw)) return { key, moved: false };
  try {
    storage.removeItem(key);
    return { key: aside, moved: true };
  } catch {
    try {
      storage.removeItem(aside);
    } catch {
      // The copy stays beside the original: nothing is lost either way.
    }
    return { key, moved: false };
  }
}
