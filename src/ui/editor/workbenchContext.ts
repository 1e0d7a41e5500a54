/**
 * The rule workbench (the editor and Compare A/B, with the YAML parser, the scenario checks and
 * the condition language behind them). Its code is a chunk of its own: app.ts says how to make it
 * (`setWorkbenchLoader`), and the parts of the interface that use it (the town screen, the share,
 * report and hand-in dialogs) fetch it with `loadWorkbench()` before they are first drawn, so the
 * start screen never waits for it.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { loadOnce } from '../components/loadOnce';
import type { Workbench } from './createWorkbench';

/** A workbench provided explicitly (tests); the loaded one is used otherwise. */
export const WorkbenchContext = createContext<Workbench | null>(null);

let loader: (() => Promise<Workbench>) | null = null;
const made = loadOnce(() =>
  loader === null ? Promise.reject(new Error('loadWorkbench() before app.ts set it up')) : loader(),
);

/** How the workbench is made; called once, by app.ts. */
export function setWorkbenchLoader(load: () => Promise<Workbench>): void {
  loader = load;
}

/** Fetches and makes the workbench (once; again after a failure); resolves with it. */
export function loadWorkbench(): Promise<Workbench> {
  return made.get();
}

/** The workbench if it has been made, else null. */
export function loadedWorkbench(): Workbench | null {
  return made.current();
}

/** The workbench (throws when it is neither provided nor loaded: a wiring mistake). */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext) ?? made.current();
  if (workbench === null) throw new Error('useWorkbench() before loadWorkbench() resolved');
  return workbench;
}

/** The workbench, or null where a part does without it (no comparison ran, nothing edited). */
export function useOptionalWorkbench(): Workbench | null {
  return useContext(WorkbenchContext) ?? made.current();
}
