/** The stores and actions every panel reads, provided once at the root. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PredictionActions } from '../store/predictionActions';
import type { TownController } from '../store/townController';
import type { TownStores } from '../store/townStores';

export interface App {
  stores: TownStores;
  controller: TownController;
  /** Shipped scenario files, for the start screen. */
  bundledFileNames: string[];
  defaultFileName: string;
  /** The student's predictions: answer, explain, the figures across seeds. */
  predictions: PredictionActions;
}

export const AppContext = createContext<App | null>(null);

/** The app's stores and controller (throws outside the provider: a wiring mistake). */
export function useApp(): App {
  const app = useContext(AppContext);
  if (app === null) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}
