/**
 * The rule editor or Compare A and B, laid over the map (which stays mounted underneath, so going
 * back to the town costs nothing). The side panel stays beside it.
 */
import { ComparePanel } from '../compare/ComparePanel';
import { useStore } from '../useStore';
import { RuleEditor } from './RuleEditor';
import { useWorkbench } from './workbenchContext';

export function Workbench() {
  const workbench = useWorkbench();
  const view = useStore(workbench.editorStore, (s) => s.view);
  if (view === 'town') return null;
  return (
    <section class="workbench" aria-labelledby="workbench-title">
      {view === 'rules' ? <RuleEditor /> : <ComparePanel />}
    </section>
  );
}
