/**
 * Saves the player's progress (scenario, seed, day, speed, selection, lens, panel) shortly after
 * it changes, and reads it back at start. Unreadable or outdated saves become notices, never a
 * silent reset.
 */
import {
  PROGRESS_VERSION,
  readProgress,
  writeProgress,
  type KeyValueStorage,
  type SavedProgress,
} from './progressStorage';
import { roleSaveChanged, writeRoleProgress } from './roleSave';
import { pushNotice, type SourceRef } from './sessionStore';
import type { TownStores } from './townStores';

/** Changes within this window are saved together. */
const SAVE_DELAY_MS = 500;

export interface ProgressKeeper {
  /** Saves soon (debounced). */
  schedule(): void;
  /** Saves now (before a reload the page itself starts). */
  flush(): void;
  /**
   * The saved progress and its scenario source, or null when there is none to restore (a notice
   * says why when something was saved but cannot be used).
   */
  restore(): { saved: SavedProgress; source: SourceRef } | null;
  dispose(): void;
}

/** Creates the keeper; `isShipped` tells whether a file name is a shipped scenario's. */
export function createProgressKeeper(
  stores: TownStores,
  storage: KeyValueStorage | null,
  isShipped: (fileName: string) => boolean,
): ProgressKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saveNow = () => {
    if (storage === null) return;
    const { source, seed, status } = stores.session.getState();
    if (source === null || status !== 'ready') return;
    const { day, speed } = stores.clock.getState();
    const { selected, lens } = stores.selection.getState();
    const progress: SavedProgress = {
      version: PROGRESS_VERSION,
      fileName: source.fileName,
      customText: source.bundled ? undefined : source.text,
      seed,
      day,
      speed,
      selected,
      lens,
      panel: stores.prefs.getState().panel,
    };
    if (!writeProgress(storage, progress)) pushNotice(stores.session, { kind: 'saveFailed' });
    writeRoleProgress(storage, stores.role.getState(), { fileName: source.fileName, seed });
  };

  const unsubscribers = [
    stores.selection.subscribe((s, prev) => {
      if (s.lens !== prev.lens || s.selected !== prev.selected) schedule();
    }),
    stores.prefs.subscribe((s, prev) => {
      if (s.panel !== prev.panel) schedule();
    }),
    stores.role.subscribe((s, prev) => {
      if (roleSaveChanged(s, prev)) schedule();
    }),
  ];

  // A reload or a closed tab inside the debounce window must not lose the last change.
  const flushOnLeave = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    saveNow();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', flushOnLeave);

  function schedule() {
    if (storage === null || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      saveNow();
    }, SAVE_DELAY_MS);
  }

  return {
    schedule,
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      saveNow();
    },
    restore() {
      if (storage === null) return null;
      const read = readProgress(storage, Date.now());
      if (read.kind === 'none') return null;
      if (read.kind === 'corrupt') {
        pushNotice(stores.session, {
          kind: 'progressSetAside',
          reason: read.reason,
          key: read.setAsideKey,
          moved: read.moved,
        });
        return null;
      }
      const saved = read.progress;
      const source: SourceRef | undefined =
        saved.customText !== undefined
          ? { fileName: saved.fileName, text: saved.customText, bundled: false }
          : isShipped(saved.fileName)
            ? { fileName: saved.fileName, shipped: true }
            : undefined;
      if (source === undefined) {
        pushNotice(stores.session, { kind: 'savedScenarioGone', fileName: saved.fileName });
        return null;
      }
      return { saved, source };
    },
    dispose() {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      page?.removeEventListener('pagehide', flushOnLeave);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
