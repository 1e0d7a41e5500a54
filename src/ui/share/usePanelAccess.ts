/** How a student may reach each panel under the lesson in force (everything open without one). */
import { panelAccess, type LessonPanel, type PanelAccess } from '../../share/teacherSettings';
import { useApp } from '../appContext';
import { useStore } from '../useStore';

/** A function from panel to its access, re-rendering when the lesson's settings change. */
export function usePanelAccess(): (panel: LessonPanel) => PanelAccess {
  const { stores } = useApp();
  const settings = useStore(stores.teacher, (s) => s.settings);
  return (panel) => panelAccess(settings, panel);
}
