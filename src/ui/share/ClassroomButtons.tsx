/** The top bar's classroom buttons: share the lesson as a link, open the printable report. */
import type { ClassroomDialog } from '../../store/teacherStore';
import { useApp } from '../appContext';
import { messages } from '../strings';

export function ClassroomButtons() {
  const { stores } = useApp();
  const m = messages.classroom;
  const open = (dialog: ClassroomDialog) => stores.teacher.setState({ dialog });
  return (
    <div class="classroom-buttons">
      <button
        type="button"
        class="button button-quiet"
        title={m.shareHint}
        onClick={() => open('share')}
      >
        {m.share}
      </button>
      <button
        type="button"
        class="button button-quiet"
        title={m.reportHint}
        onClick={() => open('report')}
      >
        {m.report}
      </button>
      <button
        type="button"
        class="button button-quiet"
        title={messages.classResults.handInHint}
        onClick={() => open('handIn')}
      >
        {messages.classResults.handIn}
      </button>
      <button
        type="button"
        class="button button-quiet"
        title={messages.classResults.openHint}
        onClick={() => open('class')}
      >
        {messages.classResults.open}
      </button>
    </div>
  );
}
