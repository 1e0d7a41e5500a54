/** The interface languages Ledgertown ships, and how each is named in its own language. */
export const LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own words, so a reader finds theirs whatever the page shows now. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

/** Reads a locale tag from untrusted input (a query parameter, saved data); null when unknown. */
export function parseLocale(value: unknown): Locale | null {
  if (typeof value !== 'string') return null;
  return LOCALES.find((locale) => locale.toLowerCase() === value.trim().toLowerCase()) ?? null;
}
