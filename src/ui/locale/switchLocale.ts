/** Changing the interface language: saves the choice and the run, then reloads the page in it. */
import type { TownController } from '../../store/townController';
import type { KeyValueStorage } from '../../store/progressStorage';
import { saveLocalePreference } from './localePreference';
import type { Locale } from './locales';

/** Where the page goes for `next`: `?locale=` is rewritten when present or when nothing can be saved. */
export function localeAddress(current: string, next: Locale, saved: boolean): string {
  const url = new URL(current);
  if (url.searchParams.has('locale') || !saved) url.searchParams.set('locale', next);
  return url.toString();
}

/**
 * Reloads the page in `next`. Messages are chosen once per page load, so a reload is the one way
 * every screen changes together; the run comes back at the same day from its saved progress, and a
 * lesson link in the hash is kept.
 */
export async function switchLocale(
  next: Locale,
  controller: TownController,
  storage: KeyValueStorage | null,
): Promise<void> {
  controller.pause();
  await controller.whenIdle();
  controller.saveProgress();
  const saved = saveLocalePreference(storage, next);
  const address = localeAddress(window.location.href, next, saved);
  if (address === window.location.href) window.location.reload();
  else window.location.assign(address);
}
