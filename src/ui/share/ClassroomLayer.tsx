/**
 * Everything the classroom adds over the game, mounted once: the broken-link message, dropping a
 * file on the page, the share dialog, the printable report, and the projector colours.
 */
import { useEffect } from 'preact/hooks';
import { useApp } from '../appContext';
import { lazyPart } from '../components/lazyPart';
import { loadWorkbench } from '../editor/workbenchContext';
import { useStore } from '../useStore';
import { FileDrop } from './FileDrop';
import { LinkProblemAlert } from './LinkProblemAlert';
import './classroom.css';

// Each dialog is its own chunk, fetched the first time it is opened; those that show what the
// workbench holds (edited rules, the last comparison) fetch it too.
const withWorkbench = <T,>(part: Promise<T>): Promise<T> =>
  Promise.all([part, loadWorkbench()]).then(([loaded]) => loaded);
const ShareDialog = lazyPart(
  () => withWorkbench(import('./ShareDialog')).then((m) => m.ShareDialog),
  {
    name: 'share',
    overlay: true,
  },
);
const ReportView = lazyPart(
  () => withWorkbench(import('../report/ReportView')).then((m) => m.ReportView),
  {
    name: 'report',
    overlay: true,
  },
);
const GuideView = lazyPart(() => import('../lesson/LessonDocuments').then((m) => m.GuideView), {
  name: 'lesson',
  overlay: true,
});
const WorksheetView = lazyPart(
  () => import('../lesson/LessonDocuments').then((m) => m.WorksheetView),
  { name: 'lesson', overlay: true },
);
const HandInDialog = lazyPart(
  () => withWorkbench(import('../class/HandInDialog')).then((m) => m.HandInDialog),
  {
    name: 'handIn',
    overlay: true,
  },
);
const ClassScreen = lazyPart(() => import('../class/ClassScreen').then((m) => m.ClassScreen), {
  name: 'classScreen',
  overlay: true,
});

export function ClassroomLayer() {
  const { stores } = useApp();
  const dialog = useStore(stores.teacher, (s) => s.dialog);
  const projector = useStore(stores.teacher, (s) => s.settings.projector);

  useEffect(() => {
    const root = document.documentElement;
    if (projector) root.dataset.theme = 'projector';
    else delete root.dataset.theme;
  }, [projector]);

  return (
    <>
      <LinkProblemAlert />
      {/* The class screen reads dropped hand-ins itself. */}
      {dialog !== 'class' && <FileDrop />}
      {dialog === 'share' && <ShareDialog />}
      {dialog === 'report' && <ReportView />}
      {dialog === 'guide' && <GuideView />}
      {dialog === 'worksheet' && <WorksheetView />}
      {dialog === 'handIn' && <HandInDialog />}
      {dialog === 'class' && <ClassScreen />}
    </>
  );
}
