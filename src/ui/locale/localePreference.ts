/** The language the player chose with the picker, kept in this browser. */
import type { KeyValueStorage } from '../../store/progressStorage';
import type { Locale } from './locales';

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
