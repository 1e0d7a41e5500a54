/**
 * The side pane while a role is played: the role's desk, or the town's own panels (story,
 * dossiers, events, charts) once the role may see them. A citizen sees them after their ending, an
 * appeals officer after their shift: until then they would show what the role cannot know.
 */
import type { ComponentType } from 'preact';
import { truthHidden } from '../../store/roleStore';
import { refusalWords } from '../../text/replies';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { CitizenDesk } from './CitizenDesk';
import { OfficerDesk } from './OfficerDesk';
import { PlannerDesk } from './PlannerDesk';
import { roleTitle } from './roleTitle';
import { useRoleText } from './useRoleText';
import './roles.css';

export function RolePane(props: { townPanels: ComponentType }) {
  const { stores } = useApp();
  const role = useStore(stores.role, (s) => s);
  const day = useStore(stores.clock, (s) => s.day);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const m = messages.roles.pane;
  const hidden = truthHidden(role, day, lastDay);
  const showTown = role.pane === 'town' && !hidden;
  const texts = useRoleText();
  const title = roleTitle(role, texts);
  const TownPanels = props.townPanels;
  const setPane = (pane: 'desk' | 'town') => stores.role.setState({ pane });
  // Labels for the problem line, in the reader's language.
  const protagonistLabel = (id: string): string => {
    const english = role.roles?.protagonists.find((p) => p.id === id)?.label ?? id;
    return texts.protagonist(id).label(english);
  };
  const actionLabel = (id: string): string => {
    const view = role.frame?.citizen?.view;
    const action = view?.actions.find((a) => a.id === id);
    return view && action ? texts.protagonist(view.protagonist).action(id, action).label : id;
  };

  return (
    <div class="side-pane role-pane">
      <div class="role-pane-head">
        <div class="role-pane-name">
          <span class="eyebrow">{m.yourRole}</span>
          <h2 class="role-pane-title">{title}</h2>
        </div>
        <div class="view-switch role-pane-switch" role="group" aria-label={m.switchLabel}>
          <button
            type="button"
            class="view-button"
            aria-pressed={!showTown}
            onClick={() => setPane('desk')}
          >
            {m.desk}
          </button>
          <button
            type="button"
            class="view-button"
            aria-pressed={showTown}
            disabled={hidden}
            aria-describedby={hidden ? 'role-town-hidden' : undefined}
            onClick={() => setPane('town')}
          >
            {m.town}
          </button>
        </div>
      </div>
      {hidden && (
        <p class="role-pane-note muted small" id="role-town-hidden">
          {role.playing.kind === 'citizen' ? m.hiddenCitizen : m.hiddenOfficer}
        </p>
      )}
      {role.problem && (
        <p class="role-problem" role="status">
          {m.problem(role.problem, protagonistLabel, (refusal) =>
            refusalWords(refusal, actionLabel, messages),
          )}
        </p>
      )}
      {showTown ? (
        <TownPanels />
      ) : (
        <section class="role-desk" aria-label={title} tabIndex={0}>
          {role.playing.kind === 'citizen' && <CitizenDesk />}
          {role.playing.kind === 'appealsOfficer' && <OfficerDesk />}
          {role.playing.kind === 'planner' && <PlannerDesk />}
        </section>
      )}
    </div>
  );
}
