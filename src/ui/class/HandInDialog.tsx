/**
 * "Hand in": the student's work as a file to download and as a code to copy, with the list of what
 * it holds (and nothing else about the student). The name is typed here; the rest comes from the
 * run as it stands (handInOf.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { handInFileName, handInJson } from '../../export/handIn';
import { handInCode } from '../../export/handInCode';
import { useApp } from '../appContext';
import { useOptionalWorkbench } from '../editor/workbenchContext';
import { saveFile } from '../report/saveFile';
import { copyText } from '../share/copyText';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { comparisonOf } from './handInComparison';
import { handInOf } from './handInOf';
import './class.css';

/** The name typed stays while the page is open (closing the dialog keeps it). */
let typedName = '';

export function HandInDialog() {
  const { stores, controller } = useApp();
  const workbench = useOptionalWorkbench();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const day = useStore(stores.clock, (s) => s.day);
  const [name, setName] = useState(typedName);
  const [status, setStatus] = useState('');
  const closeButton = useRef<HTMLButtonElement>(null);
  const m = messages.classResults.handInView;
  const words = messages.classResults;

  const close = () => stores.teacher.setState({ dialog: null });
  useEffect(() => {
    controller.pause();
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const handIn = useMemo(
    () => (scenario === null ? null : handInOf(stores, comparisonOf(stores, workbench), name)),
    [scenario, day, name, workbench],
  );
  const code = useMemo(() => (handIn === null ? '' : handInCode(handIn)), [handIn]);

  const onName = (value: string) => {
    typedName = value;
    setName(value);
    setStatus('');
  };

  return (
    <div
      class="report class-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="hand-in-title"
    >
      <div class="report-toolbar">
        <h2 id="hand-in-title">{m.title}</h2>
        <button ref={closeButton} type="button" class="button" onClick={close}>
          {m.close}
        </button>
      </div>
      {handIn === null ? (
        <p class="report-empty">{m.noRun}</p>
      ) : (
        <div class="report-page hand-in">
          <label class="field">
            <span>{m.name}</span>
            <input
              type="text"
              name="student-name"
              autoComplete="name"
              maxLength={120}
              value={name}
              aria-describedby="hand-in-name-help"
              onInput={(event) => onName(event.currentTarget.value)}
            />
          </label>
          <p id="hand-in-name-help" class="muted small">
            {m.nameHelp}
          </p>
          <p class="hand-in-summary">
            {m.summary(
              handIn.role.label,
              handIn.ending === null ? null : (words.endings[handIn.ending.kind] ?? null),
              handIn.answers.filter((a) => a.prediction !== null).length,
              handIn.choices.length,
            )}
          </p>
          <h3>{m.what}</h3>
          <ul class="hand-in-what">
            {m.whatItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <div class="report-download-buttons">
            <button
              type="button"
              class="button button-primary"
              data-hand-in="file"
              onClick={() => {
                const file = handInFileName(handIn);
                saveFile(file, handInJson(handIn), 'application/json;charset=utf-8');
                setStatus(m.saved(file));
              }}
            >
              {m.download}
            </button>
          </div>
          <label class="field hand-in-code">
            <span>{m.code}</span>
            <textarea
              readOnly
              rows={4}
              aria-label={m.codeLabel}
              value={code}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <div class="report-download-buttons">
            <button
              type="button"
              class="button"
              data-hand-in="copy"
              onClick={() =>
                void copyText(code).then((ok) => setStatus(ok ? m.copied : m.copyFailed))
              }
            >
              {m.copy}
            </button>
          </div>
          <p class="report-status" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
