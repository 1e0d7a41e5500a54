/**
 * The rule editor: the open scenario's rule set as forms or as YAML, with undo and redo (buttons,
 * Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), the check's verdict, reset to as shipped (confirmed), and Apply,
 * which restarts the town on the same seed with the newest valid rules.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localizedScenarioText } from '../../scenario/localizedText';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { RuleForm } from './RuleForm';
import { useWorkbench } from './workbenchContext';
import { YamlTab } from './YamlTab';

export function RuleEditor() {
  const workbench = useWorkbench();
  const { stores } = useApp();
  const s = useStore(workbench.editorStore, (state) => state);
  const seed = useStore(stores.session, (state) => state.seed);
  const scenario = useStore(stores.session, (state) => state.scenario);
  const title = scenario ? localizedScenarioText(scenario, locale).title : '';
  const [confirmReset, setConfirmReset] = useState(false);
  const [applying, setApplying] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const m = messages.editor;

  const edited = s.text !== s.shipped;
  const canApply = s.lastValid !== null && s.lastValid.text !== s.running && !applying;
  const problems = s.check.status === 'invalid' ? s.check.errors.length : 0;

  // Undo and redo from anywhere in the editor, or with nothing focused; text fields elsewhere
  // (the side panel's search) keep their own undo.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target instanceof Node ? event.target : null;
      const inEditor = target !== null && root.current?.contains(target);
      if (!inEditor && target !== document.body) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) workbench.editor.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') workbench.editor.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [workbench]);

  const apply = async () => {
    setApplying(true);
    try {
      await workbench.apply();
    } finally {
      setApplying(false);
    }
  };

  return (
    <div class="rule-editor" ref={root}>
      <header class="wb-header">
        <div class="wb-heading">
          <h2 id="workbench-title">{m.heading(title)}</h2>
          <p class="wb-status" role="status">
            {s.check.status === 'pending'
              ? m.status.checking
              : problems > 0
                ? m.status.invalid(problems)
                : s.lastValid?.text === s.running
                  ? m.status.running(edited)
                  : m.status.notApplied}
          </p>
        </div>
        <div class="wb-actions">
          <button
            type="button"
            class="button"
            onClick={() => workbench.editor.undo()}
            disabled={s.past.length === 0}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={m.undoHint}
          >
            <span aria-hidden="true">↶</span> {m.undo}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => workbench.editor.redo()}
            disabled={s.future.length === 0}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            title={m.redoHint}
          >
            <span aria-hidden="true">↷</span> {m.redo}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => setConfirmReset(true)}
            disabled={!edited || confirmReset}
          >
            {m.reset}
          </button>
          <button
            type="button"
            class="button button-primary"
            onClick={() => void apply()}
            disabled={!canApply}
          >
            {applying ? m.applying : m.apply}
          </button>
        </div>
      </header>
      <p class="wb-note">{m.applyNote(seed)}</p>

      {confirmReset && (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{m.resetQuestion}</p>
          <div class="confirm-actions">
            <button
              type="button"
              class="button button-danger"
              onClick={() => {
                workbench.editor.resetToShipped();
                setConfirmReset(false);
              }}
            >
              {m.resetConfirm}
            </button>
            <button type="button" class="button" onClick={() => setConfirmReset(false)} autoFocus>
              {m.resetCancel}
            </button>
          </div>
        </div>
      )}

      {s.notices.map((notice, index) => (
        <div
          key={`${notice.kind}-${index}`}
          class={`notice ${notice.kind === 'setAside' || notice.kind === 'saveFailed' ? 'notice-warning' : 'notice-info'}`}
          role={notice.kind === 'restored' ? 'status' : 'alert'}
        >
          <p>{m.notice(notice)}</p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => workbench.editor.dismissNotice(index)}
          >
            {messages.notices.dismiss}
          </button>
        </div>
      ))}

      <div class="wb-tabs" role="tablist" aria-label={m.tabsLabel}>
        {(['form', 'yaml'] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`editor-tab-${tab}`}
            class="tab"
            aria-selected={s.tab === tab}
            aria-controls="editor-tab-panel"
            tabIndex={s.tab === tab ? 0 : -1}
            onClick={() => workbench.editorStore.setState({ tab })}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = tab === 'form' ? 'yaml' : 'form';
                workbench.editorStore.setState({ tab: next });
                document.getElementById(`editor-tab-${next}`)?.focus();
                e.preventDefault();
              }
            }}
          >
            {m.tabs[tab]}
          </button>
        ))}
      </div>
      <div
        class="wb-tab-panel"
        role="tabpanel"
        id="editor-tab-panel"
        aria-labelledby={`editor-tab-${s.tab}`}
      >
        {s.tab === 'form' ? <RuleForm /> : <YamlTab />}
      </div>
    </div>
  );
}
