/** The top bar's choice of what fills the middle: the town map, the rule editor, or Compare A and B. */
import type { WorkbenchView } from '../../store/editorStore';
import { messages } from '../strings';
import { usePanelAccess } from '../share/usePanelAccess';
import { useStore } from '../useStore';
import { useWorkbench } from './workbenchContext';

const VIEWS: readonly WorkbenchView[] = ['town', 'rules', 'compare'];
/** The lesson panel that locks or hides each view (the town is always open). */
const LESSON_PANEL = { rules: 'editor', compare: 'compare' } as const;

export function WorkbenchSwitch() {
  const workbench = useWorkbench();
  const view = useStore(workbench.editorStore, (s) => s.view);
  const edited = useStore(workbench.editorStore, (s) => s.text !== s.shipped);
  const m = messages.editor.views;
  const access = usePanelAccess();
  const accessOf = (option: WorkbenchView) =>
    option === 'town' ? 'open' : access(LESSON_PANEL[option]);
  return (
    <div class="view-switch" role="group" aria-label={m.label}>
      {VIEWS.filter((option) => accessOf(option) !== 'hidden').map((option) => (
        <button
          key={option}
          type="button"
          class="view-button"
          aria-pressed={view === option}
          disabled={accessOf(option) === 'locked'}
          title={accessOf(option) === 'locked' ? messages.classroom.lockedByTeacher : undefined}
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
