/** The shape every locale file fills: the English messages with each literal widened. */
import type { messages } from './en';

/** `'Ledgertown'` → `string`, recursively; functions keep their parameters and return strings. */
export type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Widen<R>
        : T extends object
          ? { [K in keyof T]: Widen<T[K]> }
          : T;

/** Every key of en.ts, with any text: a locale missing a key, or adding one, fails to compile. */
export type Messages = Widen<typeof messages>;
