/**
 * The interface words in the player's language, chosen once at start-up (`?locale=`, else the
 * saved choice, else the browser's language, else English). Components import `messages` from
 * here, never from a locale file, so every screen speaks the same language; switching reloads.
 */
import type { Locale } from '../locale/locales';
import { locale } from '../locale/pageLocale';
import { messages as en } from './en';
import type { Messages } from './types';
import { messages as zhCN } from './zh-CN';

export type { Messages } from './types';

const catalogues: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

/** Intl tags for numbers and dates (Intl is fine here; never in src/engine). */
const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export { locale };

export const messages: Messages = catalogues[locale];

/** The tag for `toLocaleString` and `Intl` formatting of numbers and dates. */
export const intlLocale = INTL_TAGS[locale];

if (typeof document !== 'undefined') document.documentElement.lang = locale;
