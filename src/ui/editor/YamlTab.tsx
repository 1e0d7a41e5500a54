/**
 * The whole scenario as YAML in a plain text area with line numbers. The text is checked after a
 * pause in typing; each problem is listed with its line and column and marked in the gutter, and
 * choosing one puts the caret on the spot. (A plain textarea keeps the bundle small and works with
 * every screen reader; the checks, not syntax colours, are what a class needs.)
 */
import { useEffect, useRef } from 'preact/hooks';
import { formatIssue, type Issue } from '../../scenario/issue';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { useWorkbench } from './workbenchContext';

/** Pause in typing before the text is checked. */
const CHECK_AFTER_MS = 350;

export function YamlTab() {
  const workbench = useWorkbench();
  const text = useStore(workbench.editorStore, (s) => s.text);
  const check = useStore(workbench.editorStore, (s) => s.check);
  const fileName = useStore(workbench.editorStore, (s) => s.fileName) ?? '';
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const m = messages.editor.yaml;

  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      workbench.editor.validate();
    },
    [workbench],
  );

  const onInput = (value: string) => {
    workbench.editor.setText(value, { check: false });
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      workbench.editor.validate();
    }, CHECK_AFTER_MS);
  };

  const errors = check.status === 'invalid' ? check.errors : [];
  const errorLines = new Set(errors.map((e) => e.line));
  const lineCount = text.split('\n').length;

  const goTo = (issue: Issue) => {
    const element = area.current;
    if (element === null) return;
    const offset = offsetOf(element.value, issue.line, issue.column);
    element.focus();
    element.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (issue.line - 1) * lineHeight - element.clientHeight / 3);
    syncGutter();
  };

  const syncGutter = () => {
    if (gutter.current && area.current) gutter.current.scrollTop = area.current.scrollTop;
  };

  return (
    <div class="yaml-tab">
      <div class="yaml-status" role="status">
        {check.status === 'pending' && <span class="muted">{m.checking}</span>}
        {check.status === 'valid' && <span class="ok-text">{m.valid}</span>}
        {check.status === 'invalid' && <span class="error-text">{m.invalid(errors.length)}</span>}
      </div>
      {errors.length > 0 && (
        <ol class="yaml-problems" aria-label={m.problemsLabel}>
          {errors.map((issue) => (
            <li key={formatIssue(issue)}>
              <button type="button" class="problem-link" onClick={() => goTo(issue)}>
                <span class="problem-place">{m.place(issue.line, issue.column)}</span>
                {issue.path && <code class="problem-path">{issue.path}</code>}
                <span class="problem-message">{issue.message}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="yaml-editor">
        <div class="yaml-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i} class={errorLines.has(i + 1) ? 'gutter-line gutter-error' : 'gutter-line'}>
              {i + 1}
            </div>
          ))}
        </div>
        <textarea
          ref={area}
          class="yaml-text"
          value={text}
          spellcheck={false}
          autocomplete="off"
          wrap="off"
          aria-label={m.label(fileName)}
          aria-describedby="yaml-help"
          aria-invalid={errors.length > 0}
          onInput={(e) => onInput(e.currentTarget.value)}
          onScroll={syncGutter}
          onKeyDown={(e) => {
            // Tab indents (two spaces, as the files do); Esc then Tab leaves the text area.
            if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
              const el = e.currentTarget;
              if (el.dataset.escaped === 'true') return;
              e.preventDefault();
              el.setRangeText('  ', el.selectionStart, el.selectionEnd, 'end');
              onInput(el.value);
            } else if (e.key === 'Escape') {
              e.currentTarget.dataset.escaped = 'true';
            }
          }}
          onBlur={(e) => delete e.currentTarget.dataset.escaped}
        />
      </div>
      <p id="yaml-help" class="small muted">
        {m.help}
      </p>
    </div>
  );
}

/** The character offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
