/** The top bar's choice of what fills the middle: the town map, the rule editor, or Compare A and B. */
import type { WorkbenchView } from '../../store/editorStore';
import { messages } from '../strings/en';
import { useStore } from '../useStore';
import { useWorkbench } from './workbenchContext';

const VIEWS: readonly WorkbenchView[] = ['town', 'rules', 'compare'];

export function WorkbenchSwitch() {
  const workbench = useWorkbench();
  const view = useStore(workbench.editorStore, (s) => s.view);
  const edited = useStore(workbench.editorStore, (s) => s.text !== s.shipped);
  const m = messages.editor.views;
  return (
    <div class="view-switch" role="group" aria-label={m.label}>
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          class="view-button"
          aria-pressed={view === option}
          onClick={() => workbench.show(option)}
        >
          {m.names[option]}
          {option === 'rules' && edited && (
            <span class="edited-dot" title={m.edited}>
              <span class="visually-hidden">{` (${m.edited})`}</span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
