/** The shape every language's words fill: the English words with each literal widened. */
import type { words } from './en';

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

/** Every key of en.ts, with any text: a language missing a key, or adding one, fails to compile. */
export type TextWords = Widen<typeof words>;
