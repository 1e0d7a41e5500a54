/** Reads, once at start-up, which language the page should speak. */
import { chooseLocale } from './chooseLocale';
import { readLocalePreference } from './localePreference';
import { DEFAULT_LOCALE, type Locale } from './locales';

/** The page's locale from its address, the saved choice and the browser; English outside a page. */
export function readStartupLocale(): Locale {
  // Node (unit tests, the CLI) and workers have no page to read: they get the default.
  if (typeof window === 'undefined' || typeof document === 'undefined') return DEFAULT_LOCALE;
  return chooseLocale({
    query: new URLSearchParams(window.location.search).get('locale'),
    saved: readLocalePreference(browserStorage()),
    languages: navigator.languages?.length ? navigator.languages : [navigator.language ?? ''],
  });
}

/** localStorage, or null where the browser forbids it (private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
