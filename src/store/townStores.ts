/** The app's stores, one per concern, created together. */
import { createClockStore, type ClockStore } from './clockStore';
import { createPredictionStore, type PredictionStore } from './predictionStore';
import { createPrefsStore, type PrefsStore } from './prefsStore';
import { createRoleStore, type RoleStore } from './roleStore';
import { createSelectionStore, type SelectionStore } from './selectionStore';
import { createSessionStore, type SessionStore } from './sessionStore';
import { createTeacherStore, type TeacherStore } from './teacherStore';
import { createTownStore, type TownStore } from './townStore';

export interface TownStores {
  session: SessionStore;
  clock: ClockStore;
  town: TownStore;
  selection: SelectionStore;
  prefs: PrefsStore;
  /** The classroom: a lesson's settings, the role, the share and report dialogs. */
  teacher: TeacherStore;
  /** The role played: what it sees, its moves, its desk (roleStore.ts). */
  role: RoleStore;
  /** The student's predictions and explanations (predictionStore.ts). */
  predictions: PredictionStore;
}

/** Creates a fresh set of stores (tests build one per case). */
export function createTownStores(options: { reducedMotion?: boolean } = {}): TownStores {
  return {
    session: createSessionStore(),
    clock: createClockStore(),
    town: createTownStore(),
    selection: createSelectionStore(),
    prefs: createPrefsStore(options.reducedMotion ?? false),
    teacher: createTeacherStore(),
    role: createRoleStore(),
    predictions: createPredictionStore(),
  };
}
