/**
 * The rule editor or Compare A and B in the map's place. The map stays mounted but is not shown
 * (styles.css), so its canvas is not painted while a comparison needs the CPU, and going back
 * costs nothing. The side panel stays beside it.
 */
import { useEffect } from 'preact/hooks';
import { ComparePanel } from '../compare/ComparePanel';
import { useStore } from '../useStore';
import { RuleEditor } from './RuleEditor';
import { useWorkbench } from './workbenchContext';

export function Workbench() {
  const workbench = useWorkbench();
  const view = useStore(workbench.editorStore, (s) => s.view);
  // However the view was chosen (the switch, a lesson link), the draft is checked before use.
  useEffect(() => {
    if (view !== 'town') workbench.show(view);
  }, [view, workbench]);
  if (view === 'town') return null;
  return (
    <section class="workbench" aria-labelledby="workbench-title">
      {view === 'rules' ? <RuleEditor /> : <ComparePanel />}
    </section>
  );
}
