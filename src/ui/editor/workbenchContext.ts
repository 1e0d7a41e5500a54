/** The rule workbench, provided once at the root next to the app's stores. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Workbench } from './createWorkbench';

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench (throws outside the provider: a wiring mistake). */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (workbench === null) throw new Error('useWorkbench() outside <WorkbenchContext.Provider>');
  return workbench;
}
