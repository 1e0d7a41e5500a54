/** The shape every locale file fills: the English messages with each literal widened. */
import type { Widen } from '../../text/types';
import type { messages } from './en';

/** Every key of en.ts, with any text: a locale missing a key, or adding one, fails to compile. */
export type Messages = Widen<typeof messages>;
