/**
 * The interface words in the player's language. Components import `messages` from here, never
 * from a locale file, so every screen speaks the same language.
 */
import { messages as en } from './en';
import type { Messages } from './types';

export type { Messages } from './types';

export const messages: Messages = en;

/** The tag for Intl number and date formatting (outside src/engine only). */
export const intlLocale = 'en-GB';
