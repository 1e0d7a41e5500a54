/**
 * The rule editor: the active scenario's text as the player edits it (through the forms or the
 * YAML tab), its check, undo and redo, and the local save. The draft may be invalid; only a draft
 * that passes every check becomes `lastValid`, the only text that ever reaches the engine (when
 * applied to the town, or run in a comparison).
 */
import { createStore } from 'zustand/vanilla';
import type { Issue } from '../scenario/issue';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { parseScenarioSource } from '../scenario/yamlSource';
import { clearDraft, readDraft, writeDraft } from './editorStorage';
import { applyEdit, type DraftEdit, type EditFailure } from '../scenario/yamlEdit';
import type { KeyValueStorage } from './progressStorage';

/** What covers the map: nothing (the town), the rule editor, or Compare A and B. */
export type WorkbenchView = 'town' | 'rules' | 'compare';

/** The result of checking the draft. */
export type DraftCheck =
  | { status: 'valid'; scenario: Scenario; hash: string; warnings: Issue[] }
  | { status: 'invalid'; errors: Issue[] }
  /** Typed in the YAML tab and not checked yet (the check waits for a pause in typing). */
  | { status: 'pending' };

/** Messages for the editor, as data (the locale words them). */
export type EditorNotice =
  | { kind: 'restored' }
  | { kind: 'setAside'; reason: string; key: string }
  | { kind: 'saveFailed' }
  | { kind: 'editFailed'; reason: EditFailure }
  | { kind: 'shippedChanged' };

export interface ValidDraft {
  text: string;
  scenario: Scenario;
  hash: string;
}

export interface EditorState {
  view: WorkbenchView;
  tab: 'form' | 'yaml';
  /** The scenario file being edited; null before a scenario is open. */
  fileName: string | null;
  /** The scenario as shipped (or as first opened from a file). */
  shipped: string;
  text: string;
  /** The draft's parsed data for the forms; null while the YAML itself does not parse. */
  data: unknown;
  check: DraftCheck;
  /** The newest draft that passed every check. */
  lastValid: ValidDraft | null;
  /** The text the town is running. */
  running: string;
  /** Earlier texts (newest last) and undone texts (newest last). */
  past: string[];
  future: string[];
  notices: EditorNotice[];
}

/** Undo steps kept; older ones are dropped. */
const UNDO_LIMIT = 200;
/** Edits of the same field closer together than this are one undo step (typing a word). */
const COALESCE_MS = 1200;

const initialState = (): EditorState => ({
  view: 'town',
  tab: 'form',
  fileName: null,
  shipped: '',
  text: '',
  data: null,
  check: { status: 'pending' },
  lastValid: null,
  running: '',
  past: [],
  future: [],
  notices: [],
});

export const createEditorStore = () => createStore<EditorState>()(() => initialState());
export type EditorStore = ReturnType<typeof createEditorStore>;

export interface EditorActions {
  /**
   * Opens a scenario for editing, restoring a saved draft of it when there is one. `shipped` is
   * null for a file the player opened: the saved draft's original stands in, else `running`.
   * `check: false` leaves the check (a tenth of a second or more) to `validate`, for when the
   * editor or a comparison is first needed.
   */
  open(
    fileName: string,
    shipped: string | null,
    running: string,
    options?: { check?: boolean },
  ): void;
  /** One form edit; `field` names the field so typing in it makes one undo step. */
  edit(edit: DraftEdit, field?: string): boolean;
  /** Replaces the whole text (the YAML tab); `check: false` leaves the check for `validate`. */
  setText(text: string, options?: { check?: boolean }): void;
  /** Checks the current text now. */
  validate(): void;
  undo(): void;
  redo(): void;
  /** Back to the scenario as shipped (an undoable step). */
  resetToShipped(): void;
  /** Records the text the town now runs. */
  markRunning(text: string): void;
  dismissNotice(index: number): void;
}

export interface EditorDeps {
  storage: KeyValueStorage | null;
  /** A monotonic clock in ms, for grouping keystrokes into undo steps. */
  now: () => number;
  /** Wall-clock stamp for naming set-aside data. */
  stamp: () => number;
}

/** The editor's actions over its store. */
export function createEditorActions(store: EditorStore, deps: EditorDeps): EditorActions {
  let lastField: string | null = null;
  let lastEditAt = -Infinity;

  const save = (state: EditorState) => {
    const { storage } = deps;
    if (storage === null || state.fileName === null) return;
    if (state.text === state.shipped) {
      clearDraft(storage, state.fileName);
      return;
    }
    const saved = writeDraft(storage, {
      version: 1,
      fileName: state.fileName,
      shipped: state.shipped,
      text: state.text,
    });
    if (!saved && !state.notices.some((n) => n.kind === 'saveFailed')) {
      store.setState({ notices: [...state.notices, { kind: 'saveFailed' }] });
    }
  };

  /** The check and form data of a text. */
  const checked = (text: string, fileName: string): Partial<EditorState> => {
    const parsed = parseScenarioSource(text, fileName);
    const data = parsed.ok ? parsed.source.data : null;
    const result = loadScenario(text, fileName);
    if (!result.ok) return { data, check: { status: 'invalid', errors: result.errors } };
    return {
      data,
      check: {
        status: 'valid',
        scenario: result.scenario,
        hash: result.hash,
        warnings: result.warnings,
      },
      lastValid: { text, scenario: result.scenario, hash: result.hash },
    };
  };

  /** Makes `text` the draft: one undo step unless it continues typing in the same field. */
  const commit = (text: string, field: string | null, check: boolean) => {
    const state = store.getState();
    if (state.fileName === null || text === state.text) return;
    const t = deps.now();
    const continues = field !== null && field === lastField && t - lastEditAt < COALESCE_MS;
    lastField = field;
    lastEditAt = t;
    const past = continues ? state.past : [...state.past, state.text].slice(-UNDO_LIMIT);
    store.setState({
      text,
      past,
      future: [],
      ...(check ? checked(text, state.fileName) : { check: { status: 'pending' } }),
    });
    save(store.getState());
  };

  /** Moves to another text in the history (undo or redo): always its own step, checked at once. */
  const travel = (text: string, past: string[], future: string[]) => {
    const { fileName } = store.getState();
    if (fileName === null) return;
    lastField = null;
    store.setState({ text, past, future, ...checked(text, fileName) });
    save(store.getState());
  };

  const actions: EditorActions = {
    open(fileName, shipped, running, options = {}) {
      const { storage } = deps;
      const notices: EditorNotice[] = [];
      let resave = false;
      let text = running;
      let original = shipped ?? running;
      if (storage !== null) {
        const read = readDraft(storage, fileName, deps.stamp());
        if (read.kind === 'corrupt') {
          notices.push({ kind: 'setAside', reason: read.reason, key: read.setAsideKey });
          // Left in place (storage full): saving now would overwrite or clear the only copy.
          resave = read.moved;
        } else if (read.kind === 'ok') {
          text = read.draft.text;
          if (shipped === null) original = read.draft.shipped;
          if (text !== running) notices.push({ kind: 'restored' });
          if (shipped !== null && read.draft.shipped !== shipped)
            notices.push({ kind: 'shippedChanged' });
        }
      }
      lastField = null;
      const { view, tab } = store.getState();
      store.setState({
        ...initialState(),
        view,
        tab,
        fileName,
        shipped: original,
        text,
        running,
        notices,
      });
      if (options.check ?? true) actions.validate();
      // A draft that was unreadable leaves the running text as the draft: save it afresh.
      if (resave) save(store.getState());
    },

    edit(edit, field) {
      const state = store.getState();
      const result = applyEdit(state.text, edit);
      if (!result.ok) {
        store.setState({
          notices: [...state.notices, { kind: 'editFailed', reason: result.reason }],
        });
        return false;
      }
      commit(result.text, field ?? null, true);
      return true;
    },

    setText(text, options = {}) {
      commit(text, 'yaml', options.check ?? true);
    },

    validate() {
      const { fileName, text, check, running } = store.getState();
      if (fileName === null || check.status !== 'pending') return;
      store.setState(checked(text, fileName));
      // A restored draft that is invalid still compares against the valid text the town runs.
      if (store.getState().lastValid === null && text !== running) {
        const fallback = checked(running, fileName);
        if (fallback.lastValid) store.setState({ lastValid: fallback.lastValid });
      }
    },

    undo() {
      const { past, future, text } = store.getState();
      if (past.length === 0) return;
      travel(past[past.length - 1], past.slice(0, -1), [...future, text]);
    },

    redo() {
      const { past, future, text } = store.getState();
      if (future.length === 0) return;
      travel(future[future.length - 1], [...past, text].slice(-UNDO_LIMIT), future.slice(0, -1));
    },

    resetToShipped() {
      const { shipped } = store.getState();
      lastField = null;
      commit(shipped, null, true);
    },

    markRunning(text) {
      store.setState({ running: text });
    },

    dismissNotice(index) {
      store.setState((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
    },
  };
  return actions;
}
