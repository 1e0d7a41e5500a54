/**
 * The app behind the entry point (main.ts): lists every scenario in scenarios/ (their start-screen
 * entries, made at build time; each file's text is a chunk fetched when it is opened), creates the
 * stores and the controller (handing it the simulation worker main.ts started, if it started one
 * for a saved town or a lesson link), exposes `window.ledgertown`, and renders the interface. The
 * rule workbench (editor and Compare A/B) is made when a part that needs it is first shown: its
 * code, with the YAML parser, the scenario checks and the condition language, is a chunk the start
 * screen does not wait for.
 */
import { h, render } from 'preact';
import { version } from '../package.json';
import { createAutomationApi, type LedgertownApi } from './store/automationApi';
import { enforcePanels, guardController } from './store/lessonGuards';
import { openLessonFromHash } from './store/openLesson';
import { createPredictionActions } from './store/predictionActions';
import { pushNotice } from './store/sessionStore';
import { shippedScenarios, type ShippedScenario } from './store/shippedScenarios';
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
import type { CatalogEntry } from './worker/protocol';
import type { WorkerLike } from './worker/workerClient';

declare global {
  interface Window {
    ledgertown: LedgertownApi & ClassroomApi;
  }
}

const DEFAULT_SCENARIO = 'welcome.yaml';

// The start screen's entries (build/shippedScenarios.ts; in this chunk) and each file's text.
const entries = import.meta.glob('/scenarios/*.yaml', {
  query: '?entry',
  import: 'default',
  eager: true,
}) as Record<string, CatalogEntry>;
const files = import.meta.glob('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<ShippedScenario>>;
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

// The default scenario first, then the rest by file name.
const shipped = shippedScenarios(
  Object.values(entries),
  Object.fromEntries(Object.entries(files).map(([path, load]) => [fileName(path), load])),
  DEFAULT_SCENARIO,
);
const shippedNames = shipped.catalog.map((entry) => entry.fileName);

/**
 * Starts the game; `started` is the simulation worker the entry point started early (a saved
 * town or a lesson link will need it at once), else null: the first town opened starts it.
 */
export function startApp(started: WorkerLike | null): void {
  let firstWorker: WorkerLike | null = started;
  const storage = safeLocalStorage();
  const stores = createTownStores({
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });

  const townController = createTownController({
    stores,
    shipped,
    // The first worker is the one main.ts started while this code was loading, if it did.
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
      shippedText: (name) => shipped.known(name),
      readShipped: () =>
        Promise.all(shippedNames.map((name) => shipped.read(name))).then(() => undefined),
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
    ...createAutomationApi(stores, controller, shippedNames, version, predictions),
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
            bundledFileNames: shippedNames,
            defaultFileName: shippedNames[0] ?? DEFAULT_SCENARIO,
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
