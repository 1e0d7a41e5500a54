/** Which language the interface starts in. */
import { DEFAULT_LOCALE, parseLocale, type Locale } from './locales';

export interface LocaleSignals {
  /** The `?locale=` parameter of the page address, if any. */
  query: string | null;
  /** The language the player chose earlier with the picker, if saved. */
  saved: string | null;
  /** The browser's preferred languages, most preferred first (navigator.languages). */
  languages: readonly string[];
}

/** `?locale=`, else the saved choice, else the browser's first language we ship, else English. */
export function chooseLocale(signals: LocaleSignals): Locale {
  const asked = parseLocale(signals.query) ?? parseLocale(signals.saved);
  if (asked !== null) return asked;
  for (const language of signals.languages) {
    const match = browserLocale(language);
    if (match !== null) return match;
  }
  return DEFAULT_LOCALE;
}

/** A browser language tag to a shipped locale: any Chinese tag (zh, zh-TW, zh-Hans-CN) → zh-CN. */
function browserLocale(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}
