/**
 * The interface words in the player's language, chosen once at start-up (`?locale=`, else the
 * saved choice, else the browser's language, else English). Components import `messages` from
 * here, never from a locale file, so every screen speaks the same language; switching reloads.
 *
 * English is built in; another language's catalogue is its own chunk, fetched by `loadMessages()`
 * (main.ts awaits it before the interface is drawn, so a page that starts in Chinese never shows
 * English first). An English reader never downloads it.
 */
import type { Locale } from '../locale/locales';
import { locale } from '../locale/pageLocale';
import { messages as en } from './en';
import type { Messages } from './types';

export type { Messages } from './types';

/** The catalogues fetched when their language is chosen. */
const catalogues: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN').then((module) => module.messages),
};

/** Intl tags for numbers and dates (Intl is fine here; never in src/engine). */
const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export { locale };

/** The page's words: English until `loadMessages()` has brought the page's language. */
export let messages: Messages = en;

/** Fetches the page language's catalogue (nothing for English); rejects when it cannot load. */
export async function loadMessages(): Promise<void> {
  if (locale !== 'en') messages = await catalogues[locale]();
}

/** The tag for `toLocaleString` and `Intl` formatting of numbers and dates. */
export const intlLocale = INTL_TAGS[locale];

if (typeof document !== 'undefined') document.documentElement.lang = locale;
