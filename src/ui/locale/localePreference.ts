/** The language the player chose with the picker, kept in this browser. */
import type { KeyValueStorage } from '../../store/progressStorage';
import { readStored, setAside, type SetAside } from '../../store/storageGuard';
import { parseLocale, type Locale } from './locales';

export const LOCALE_KEY = 'ledgertown.locale';

/** The saved choice as written (checked by chooseLocale), or null when none or unreadable. */
export function readLocalePreference(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Saves the choice; false when the browser refuses (storage full or disabled). */
export function saveLocalePreference(storage: KeyValueStorage | null, locale: Locale): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(LOCALE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

/**
 * A saved choice that names no language the game speaks (a hand-edited or damaged entry) is set
 * aside like any corrupt entry, so the page can say why it follows the browser's language instead.
 * Returns what was saved (at most 40 characters) and where it is now; null when fine or absent.
 */
export function setAsideUnknownLocale(
  storage: KeyValueStorage,
  stamp: number,
): (SetAside & { saved: string }) | null {
  const raw = readStored(storage, LOCALE_KEY);
  if (raw === null || parseLocale(raw) !== null) return null;
  const saved = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
  return { saved, ...setAside(storage, LOCALE_KEY, raw, stamp) };
}
