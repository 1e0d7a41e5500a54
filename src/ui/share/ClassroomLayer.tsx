/**
 * Everything the classroom adds over the game, mounted once: the broken-link message, dropping a
 * file on the page, the share dialog, the printable report, and the projector colours.
 */
import { useEffect } from 'preact/hooks';
import { ClassScreen } from '../class/ClassScreen';
import { HandInDialog } from '../class/HandInDialog';
import { GuideView, WorksheetView } from '../lesson/LessonDocuments';
import { ReportView } from '../report/ReportView';
import { useApp } from '../appContext';
import { useStore } from '../useStore';
import { FileDrop } from './FileDrop';
import { LinkProblemAlert } from './LinkProblemAlert';
import { ShareDialog } from './ShareDialog';
import './classroom.css';

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
