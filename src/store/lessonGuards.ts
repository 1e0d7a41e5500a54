/**
 * Keeps a lesson's settings in force, whatever asks: the interface, the keyboard or a script
 * through `window.ledgertown`. Locked and hidden panels are closed as soon as anything opens
 * them; a fixed seed cannot be changed; with the scenario list locked the run stays on the
 * lesson's scenario. The guards read the settings at each call, so a lesson applied later counts.
 */
import { panelAccess, type LessonPanel } from '../share/teacherSettings';
import type { EditorStore, WorkbenchView } from './editorStore';
import { SIDE_PANELS } from './prefsStore';
import type { TeacherStore } from './teacherStore';
import type { TownController } from './townController';
import type { TownStores } from './townStores';

const WORKBENCH_PANELS: Partial<Record<WorkbenchView, LessonPanel>> = {
  rules: 'editor',
  compare: 'compare',
};

/** The controller with the lesson's guards in front of the actions a lesson can restrict. */
export function guardController(
  controller: TownController,
  stores: TownStores,
  teacher: TeacherStore,
): TownController {
  const settings = () => teacher.getState().settings;
  const lessonSeed = () => teacher.getState().lesson?.seed ?? stores.session.getState().seed;
  const mayLeave = () => panelAccess(settings(), 'scenarios') === 'open';
  const currentFile = () => stores.session.getState().source?.fileName;
  const seedOf = (seed: number | undefined) => (settings().fixSeed ? lessonSeed() : seed);
  return {
    ...controller,
    openScenario(fileName, load = {}) {
      if (!mayLeave() && fileName !== currentFile()) return Promise.resolve(false);
      return controller.openScenario(fileName, { ...load, seed: seedOf(load.seed) });
    },
    loadScenarioText(text, fileName, load = {}) {
      // The rule editor applies edits to the same file: that stays allowed.
      if (!mayLeave() && fileName !== currentFile()) return Promise.resolve(false);
      return controller.loadScenarioText(text, fileName, { ...load, seed: seedOf(load.seed) });
    },
    restart(options = {}) {
      if (settings().fixSeed && (options.newSeed || options.seed !== undefined)) {
        return controller.restart({ seed: lessonSeed() });
      }
      return controller.restart(options);
    },
    showStart() {
      if (mayLeave()) controller.showStart();
    },
  };
}

/**
 * Closes any panel the lesson locks or hides as soon as it opens (a tab, the rule editor, the
 * comparison), and once when the settings change. Returns the unsubscribe function.
 */
export function enforcePanels(
  stores: TownStores,
  teacher: TeacherStore,
  workbench?: EditorStore,
): () => void {
  const closeLocked = () => {
    const { settings } = teacher.getState();
    const { panel } = stores.prefs.getState();
    if (panelAccess(settings, panel) !== 'open') {
      // The story is the lesson's home; any other open panel will do when it is closed too.
      const open = ['story' as const, ...SIDE_PANELS].find(
        (p) => panelAccess(settings, p) === 'open',
      );
      if (open !== undefined) stores.prefs.setState({ panel: open });
    }
    if (workbench !== undefined) {
      const guarded = WORKBENCH_PANELS[workbench.getState().view];
      if (guarded !== undefined && panelAccess(settings, guarded) !== 'open') {
        workbench.setState({ view: 'town' });
      }
    }
  };
  const unsubscribers = [
    teacher.subscribe(closeLocked),
    stores.prefs.subscribe(closeLocked),
    ...(workbench ? [workbench.subscribe(closeLocked)] : []),
  ];
  closeLocked();
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
