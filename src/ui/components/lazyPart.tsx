/**
 * A part of the interface that is not on the first screen (the rule editor, Compare A/B, a role's
 * desk, the printables, the class screen…), fetched as its own chunk the first time it is shown:
 * until then a "Loading…" status stands in its place, and if the chunk cannot be fetched (a dropped
 * school connection) an alert says which part failed and offers to try again.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { messages } from '../strings';
import { loadOnce } from './loadOnce';

export type LazyPartName = keyof typeof messages.lazy.parts;

interface LazyOptions {
  /** Which part, for the failure message. */
  name: LazyPartName;
  /** Drawn over the page (a dialog's place) rather than inline. */
  overlay?: boolean;
}

export interface LazyPart<P> {
  (props: P): JSX.Element;
  /** Starts fetching the part without showing it (e.g. when the town starts loading). */
  preload(): Promise<unknown>;
}

/** `load` resolves with the component; it is called again after a failure when the reader retries. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyOptions,
): LazyPart<P> {
  const part = loadOnce(load);

  function Lazy(props: P): JSX.Element {
    const loaded = part.current();
    const [, setReady] = useState(loaded !== null);
    const [attempt, setAttempt] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (part.current() !== null) return;
      let live = true;
      setFailed(false);
      part.get().then(
        () => live && setReady(true),
        (error: unknown) => {
          console.error(error);
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);

    if (loaded !== null) {
      const Part = loaded;
      return <Part {...props} />;
    }
    const m = messages.lazy;
    const place = options.overlay ? 'lazy-part lazy-part-overlay' : 'lazy-part';
    // A part mounted hidden (the town behind the start screen) is fetched without showing anything.
    const hidden = (props as { hidden?: unknown }).hidden === true;
    if (failed) {
      return (
        <div class={place} role="alert" hidden={hidden}>
          <p>{m.failed(m.parts[options.name])}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            {m.retry}
          </button>
        </div>
      );
    }
    return (
      <div class={place} role="status" aria-live="polite" hidden={hidden}>
        <p class="lazy-part-loading">{m.loading}</p>
      </div>
    );
  }
  Lazy.preload = part.get;
  return Lazy;
}
