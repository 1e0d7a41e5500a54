/**
 * A value fetched on first ask and kept (a lazy part's component, the rule workbench). A failed
 * fetch is forgotten, so the next ask (the reader's "Try again") fetches again.
 */
export interface LoadOnce<T> {
  /** The value, fetching it if no fetch has succeeded or is under way. */
  get(): Promise<T>;
  /** The value once a fetch has succeeded, else null. */
  current(): T | null;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | null = null;
  let loaded: T | null = null;
  return {
    get() {
      pending ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    current: () => loaded,
  };
}
