/**
 * The app behind the entry point (main.ts): bundles every scenario in scenarios/, creates the
 * stores and the controller (handing it the simulation worker main.ts already started), exposes
 * `window.ledgertown`, and renders the interface. The rule workbench (editor and Compare A/B) is
 * made when a part that needs it is first shown: its code, with the YAML parser, the scenario
 * checks and the condition language, is a chunk the start screen does not wait for.
 */
import { h, render } from 'preact';
import { version } from '../package.json';
import { createAutomationApi, type LedgertownApi } from './store/automationApi';
import { enforcePanels, guardController } from './store/lessonGuards';
import { openLessonFromHash } from './store/openLesson';
import { createPredictionActions } from './store/predictionActions';
import { pushNotice } from './store/sessionStore';
import { createTownController } from './store/townController';
import { createTownStores } from './store/townStores';
import { AppContext } from './ui/appContext';
import { createClassroomApi, type ClassroomApi } from './ui/class/classroomApi';
import { App } from './ui/components/App';
import { setAsideUnknownLocale } from './ui/locale/localePreference';
import type { HandInComparison } from './export/handIn';
import type { comparisonOf } from './ui/class/handInComparison';
import { loadedWorkbench, setWorkbenchLoader } from './ui/editor/workbenchContext';
import { createAnswerKeyRunner } from './worker/answerKeyClient';
import { openEngineChannel } from './worker/engineChannel';
import { spawnSimulationWorker } from './worker/spawnSimulationWorker';
import type { WorkerLike } from './worker/workerClient';

declare global {
  interface Window {
    ledgertown: LedgertownApi & ClassroomApi;
  }
}

const DEFAULT_SCENARIO = 'welcome.yaml';

const files = import.meta.glob('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// The default scenario first, then the rest by file name.
const bundled = Object.entries(files)
  .map(([path, text]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) =>
    a.fileName === DEFAULT_SCENARIO
      ? -1
      : b.fileName === DEFAULT_SCENARIO
        ? 1
        : a.fileName < b.fileName
          ? -1
          : 1,
  );

/** Starts the game with the simulation worker the entry point already started. */
export function startApp(started: WorkerLike): void {
  let firstWorker: WorkerLike | null = started;
  const storage = safeLocalStorage();
  const stores = createTownStores({
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });

  const townController = createTownController({
    stores,
    bundled,
    // The first worker is the one main.ts started while this code was loading.
    spawnWorker: () => {
      const worker = firstWorker ?? spawnSimulationWorker();
      firstWorker = null;
      return worker;
    },
    storage,
  });
  // A saved language choice that names no language we speak is set aside, and the page says so.
  const badLocale = storage === null ? null : setAsideUnknownLocale(storage, Date.now());
  if (badLocale !== null) pushNotice(stores.session, { kind: 'localeSetAside', ...badLocale });

  // A lesson link's settings stay in force whoever acts: the interface, the keyboard or a script.
  const controller = guardController(townController, stores, stores.teacher);

  // A lesson's locked panels stay closed; the workbench's views are guarded once it is made.
  let stopEnforcing = enforcePanels(stores, stores.teacher);
  let comparison: typeof comparisonOf | null = null;

  // The rule editor and Compare A/B; comparisons run in their own workers beside the town's.
  setWorkbenchLoader(async () => {
    const [{ createWorkbench }, handIn] = await Promise.all([
      import('./ui/editor/createWorkbench'),
      import('./ui/class/handInComparison'),
    ]);
    const workbench = createWorkbench({
      stores,
      controller,
      bundled,
      storage,
      spawnCompareWorker: () => openEngineChannel('compare'),
    });
    stopEnforcing();
    stopEnforcing = enforcePanels(stores, stores.teacher, workbench.editorStore);
    comparison = handIn.comparisonOf;
    return workbench;
  });
  const handInComparison = (): HandInComparison | null =>
    comparison === null ? null : comparison(stores, loadedWorkbench());

  // Predictions: answered, locked at their day, revealed with the figures across seeds (a worker).
  const predictions = createPredictionActions(stores, {
    storage,
    now: () => Date.now(),
    runSpread: createAnswerKeyRunner(() => openEngineChannel('figures')),
  });

  window.ledgertown = {
    ...createAutomationApi(
      stores,
      controller,
      bundled.map((file) => file.fileName),
      version,
      predictions,
    ),
    ...createClassroomApi(stores, controller, handInComparison),
  };

  const root = document.getElementById('app');
  if (root !== null) {
    root.textContent = '';
    render(
      h(
        AppContext.Provider,
        {
          value: {
            stores,
            controller,
            bundledFileNames: bundled.map((file) => file.fileName),
            defaultFileName: bundled[0]?.fileName ?? DEFAULT_SCENARIO,
            predictions,
          },
        },
        h(App, null),
      ),
      root,
    );
  }
  // Saved progress is restored first, so reloading the same lesson keeps the student's place.
  const lessonContext = { controller: townController, stores, teacher: stores.teacher };
  void controller.start().then(() => openLessonFromHash(window.location.hash, lessonContext));
  window.addEventListener('hashchange', () => {
    void openLessonFromHash(window.location.hash, lessonContext);
  });
}

/** localStorage, or null where the browser forbids it (private modes, sandboxed frames). */
function safeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('ledgertown.probe');
    return storage;
  } catch {
    return null;
  }
}
