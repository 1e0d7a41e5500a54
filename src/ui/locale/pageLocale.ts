/** The language of this page load, chosen once at start-up (see startupLocale.ts). */
import type { Locale } from './locales';
import { readStartupLocale } from './startupLocale';

export const locale: Locale = readStartupLocale();
