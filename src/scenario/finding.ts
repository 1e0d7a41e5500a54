/**
 * A problem a scenario check found: where (a path into the scenario), what, and how bad. Every
 * check returns these; the loader turns them into issues with file positions.
 */
export interface Finding {
  path: PropertyKey[];
  message: string;
  severity: 'error' | 'warning';
  /** For a problem inside a text value (an expression): the character it points at. */
  offset?: number;
  /** The problem is the key itself (a mapping from ids), so point at the key. */
  atKey?: boolean;
}

/** Reports `name` at `path` unless it is one of `known`, with a did-you-mean. */
export type RefersTo = (
  path: PropertyKey[],
  name: string,
  what: string,
  known: readonly string[],
  atKey?: boolean,
) => void;
