/**
 * The rule workbench: the rule editor and Compare A and B over the open scenario. It follows the
 * session (the editor opens whatever scenario the town runs), applies valid edits to the town
 * (restarting on the same seed), and runs the comparison again when an edit changes one of its
 * sides.
 */
import { localizedScenarioText } from '../../scenario/localizedText';
import type { ScenarioSourceFile } from '../../store/sessionStore';
import type { KeyValueStorage } from '../../store/progressStorage';
import {
  createCompareActions,
  createCompareStore,
  type CompareActions,
  type CompareChoice,
  type CompareContext,
  type CompareStore,
} from '../../store/compareStore';
import {
  createEditorActions,
  createEditorStore,
  type EditorActions,
  type EditorStore,
  type WorkbenchView,
} from '../../store/editorStore';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';
import { createCompareClient, type CompareWorkerLike } from '../../worker/compareClient';
import { locale } from '../strings';

/** Quiet time after an edit before the comparison runs again. */
const RERUN_AFTER_MS = 700;

export interface Workbench {
  editorStore: EditorStore;
  editor: EditorActions;
  compareStore: CompareStore;
  compare: CompareActions;
  /** Shows the town, the rule editor or the comparison over the map. */
  show(view: WorkbenchView): void;
  /** Runs the newest valid draft in the town from day 0 on the same seed. */
  apply(): Promise<boolean>;
  /** Titles of the other shipped scenarios, for "another scenario's rules". */
  otherScenarios(): { fileName: string; title: string }[];
  dispose(): void;
}

export interface WorkbenchOptions {
  stores: TownStores;
  controller: TownController;
  /** A shipped file's text, if it has been read (every file a run was opened from has been). */
  shippedText: (fileName: string) => string | undefined;
  /** Reads every shipped file, for "another scenario's rules" (when Compare A/B is opened). */
  readShipped: () => Promise<void>;
  storage: KeyValueStorage | null;
  spawnCompareWorker: () => CompareWorkerLike;
  now?: () => number;
}

/** Creates the workbench and starts following the session. */
export function createWorkbench(options: WorkbenchOptions): Workbench {
  const { stores, controller, shippedText } = options;
  const now = options.now ?? (() => performance.now());
  const editorStore = createEditorStore();
  const editor = createEditorActions(editorStore, {
    storage: options.storage,
    now,
    stamp: () => Date.now(),
  });
  const compareStore = createCompareStore();
  const spawn = options.spawnCompareWorker;
  const client = createCompareClient(spawn);
  const acrossClient = createCompareClient(spawn);

  const context = (): CompareContext | null => {
    editor.validate();
    const e = editorStore.getState();
    const { seed, scenario } = stores.session.getState();
    if (e.fileName === null || scenario === null) return null;
    return {
      fileName: e.fileName,
      shipped: e.shipped,
      edited: e.lastValid?.text ?? null,
      seed,
      days: scenario.days,
      otherText: shippedText,
    };
  };
  const compare = createCompareActions(compareStore, { context, client, acrossClient });

  /** B defaults to your edits when there are any, else the scenario's first variant. */
  const defaultChoices = (): { a: CompareChoice; b: CompareChoice } => {
    const e = editorStore.getState();
    const variants = e.check.status === 'valid' ? e.check.scenario.variants : [];
    const edited = e.lastValid !== null && e.lastValid.text !== e.shipped;
    const b: CompareChoice =
      edited || variants.length === 0
        ? { kind: 'edited' }
        : { kind: 'variant', id: variants[0].id };
    return { a: { kind: 'shipped' }, b };
  };

  /** The scenario the compare worker was last warmed for. */
  let warmedFor: string | null = null;
  /** The scenario the compare choices were last set for (defaults need the checked draft). */
  let choicesFor: string | null = null;
  const chooseDefaults = () => {
    const { fileName } = editorStore.getState();
    if (fileName === null || choicesFor === fileName) return;
    editor.validate();
    compare.reset(defaultChoices());
    choicesFor = fileName;
  };

  const follow = (source: ScenarioSourceFile | null) => {
    if (source === null) return;
    const e = editorStore.getState();
    if (source.fileName !== e.fileName) {
      const shipped = source.bundled ? source.text : (shippedText(source.fileName) ?? null);
      // The check waits until the editor or a comparison is opened: loading stays quick.
      editor.open(source.fileName, shipped, source.text, { check: false });
      compare.reset({ a: { kind: 'shipped' }, b: { kind: 'edited' } });
      choicesFor = null;
      if (editorStore.getState().view === 'compare') chooseDefaults();
    } else if (source.text !== e.running) {
      editor.markRunning(source.text);
    }
  };

  /** The other shipped files, read once Compare A/B is first opened (B may be one of them). */
  let othersRead = false;
  const readOthers = () => {
    if (othersRead) return;
    othersRead = true;
    options.readShipped().then(scheduleRerun, () => {
      othersRead = false;
    });
  };

  let rerunTimer: ReturnType<typeof setTimeout> | undefined;
  const rerunIfStale = () => {
    const c = compareStore.getState();
    const e = editorStore.getState();
    if (!c.auto || e.view !== 'compare' || c.run.status === 'running') return;
    if (c.result === null || c.result.key !== compare.currentKey()) void compare.run();
  };
  const scheduleRerun = () => {
    if (rerunTimer !== undefined) clearTimeout(rerunTimer);
    rerunTimer = setTimeout(() => {
      rerunTimer = undefined;
      rerunIfStale();
    }, RERUN_AFTER_MS);
  };

  const unsubscribers = [
    stores.session.subscribe((s, prev) => {
      if (s.source !== prev.source) follow(s.source);
      if (s.seed !== prev.seed) scheduleRerun();
    }),
    editorStore.subscribe((s, prev) => {
      if (s.lastValid !== prev.lastValid) scheduleRerun();
      if (s.view !== prev.view && s.view === 'compare') {
        rerunIfStale();
        readOthers();
      }
    }),
    compareStore.subscribe((s, prev) => {
      if (s.a !== prev.a || s.b !== prev.b) scheduleRerun();
    }),
  ];
  follow(stores.session.getState().source);

  return {
    editorStore,
    editor,
    compareStore,
    compare,
    show(view) {
      if (view !== 'town') editor.validate();
      if (view === 'compare') chooseDefaults();
      // Editing usually comes before comparing: ready the worker while the player edits.
      if (view === 'rules' && warmedFor !== editorStore.getState().fileName) {
        warmedFor = editorStore.getState().fileName;
        compare.warm();
      }
      editorStore.setState({ view });
    },
    async apply() {
      editor.validate();
      const { lastValid, fileName } = editorStore.getState();
      if (lastValid === null || fileName === null) return false;
      const { seed } = stores.session.getState();
      const ok = await controller.loadScenarioText(lastValid.text, fileName, { seed });
      if (ok) editor.markRunning(lastValid.text);
      return ok;
    },
    otherScenarios() {
      const { catalog, source } = stores.session.getState();
      return (catalog ?? []).flatMap((entry) =>
        entry.ok && entry.fileName !== source?.fileName
          ? [{ fileName: entry.fileName, title: localizedScenarioText(entry.meta, locale).title }]
          : [],
      );
    },
    dispose() {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      if (rerunTimer !== undefined) clearTimeout(rerunTimer);
      client.dispose();
      acrossClient.dispose();
    },
  };
}
