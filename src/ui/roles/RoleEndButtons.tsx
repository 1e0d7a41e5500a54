/**
 * The buttons under a role's ending or debrief: the sheet's own next step, play the role again,
 * and choose another role (only where the lesson lets the student back to the scenarios).
 */
import { useApp } from '../appContext';
import { usePanelAccess } from '../share/usePanelAccess';

/** The next step (`primary`, `onPrimary`), then play again and, when allowed, another role. */
export function RoleEndButtons(props: {
  primary: string;
  onPrimary: () => void;
  labels: { playAgain: string; otherRole: string };
}) {
  const { controller } = useApp();
  const mayLeave = usePanelAccess()('scenarios') === 'open';
  return (
    <div class="role-buttons">
      <button type="button" class="button button-primary" onClick={props.onPrimary}>
        {props.primary}
      </button>
      <button type="button" class="button" onClick={() => void controller.restart()}>
        {props.labels.playAgain}
      </button>
      {mayLeave && (
        <button type="button" class="button" onClick={() => controller.showStart()}>
          {props.labels.otherRole}
        </button>
      )}
    </div>
  );
}
