/** The bar above the town: name, scenario, time controls, the day, help. */
import { localizedScenarioText } from '../../scenario/localizedText';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { WorkbenchSwitch } from '../editor/WorkbenchSwitch';
import { ClassroomButtons } from '../share/ClassroomButtons';
import { LocalePicker } from '../locale/LocalePicker';
import { usePanelAccess } from '../share/usePanelAccess';
import { DayStatus } from './DayStatus';
import { TimeControls } from './TimeControls';

export function TopBar() {
  const { stores, controller } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const title = scenario === null ? '' : localizedScenarioText(scenario, locale).title;
  const m = messages.top;
  const scenarios = usePanelAccess()('scenarios');
  return (
    <header class="topbar">
      <div class="brand">
        {scenarios !== 'hidden' && (
          <button
            type="button"
            class="button button-quiet brand-button"
            onClick={() => controller.showStart()}
            disabled={scenarios === 'locked'}
            title={scenarios === 'locked' ? messages.classroom.lockedByTeacher : m.scenariosHint}
          >
            <span aria-hidden="true" class="brand-mark" />
            {m.scenarios}
          </button>
        )}
        {/* The page's one h1: the app and the scenario being played (screen readers jump by it). */}
        <h1 class="brand-text">
          <span class="app-name">{messages.appName}</span>
          <span class="scenario-title">{title}</span>
        </h1>
      </div>
      <TimeControls />
      <DayStatus />
      <WorkbenchSwitch />
      <ClassroomButtons />
      <LocalePicker />
      <button
        type="button"
        class="button button-quiet help-button"
        onClick={() => stores.prefs.setState({ helpOpen: true })}
        aria-keyshortcuts="?"
        title={m.helpHint}
      >
        <span aria-hidden="true" class="help-mark">
          ?
        </span>
        {m.help}
      </button>
    </header>
  );
}
