/**
 * The rule editor or Compare A and B in the map's place. The map stays mounted but is not shown
 * (styles.css), so its canvas is not painted while a comparison needs the CPU, and going back
 * costs nothing. The side panel stays beside it.
 */
import { useEffect } from 'preact/hooks';
import { lazyPart } from '../components/lazyPart';
import { useStore } from '../useStore';
import { useWorkbench } from './workbenchContext';

// Each is its own chunk, fetched the first time it is opened.
const RuleEditor = lazyPart(() => import('./RuleEditor').then((m) => m.RuleEditor), {
  name: 'editor',
});
const ComparePanel = lazyPart(() => import('../compare/ComparePanel').then((m) => m.ComparePanel), {
  name: 'compare',
});

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
