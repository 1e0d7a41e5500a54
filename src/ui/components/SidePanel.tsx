/** The side panel's tabs: story, dossier, events, charts (arrow keys move between tabs). */
import { SIDE_PANELS, type SidePanel as Panel } from '../../store/prefsStore';
import { hasDesk } from '../../store/roleStore';
import { useApp } from '../appContext';
import { usePanelAccess } from '../share/usePanelAccess';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { FeedPanel } from './FeedPanel';
import { lazyPart } from './lazyPart';
import { PersonPanel } from './PersonPanel';
import { StoryPanel } from './StoryPanel';

// A role's desk and the charts (uPlot) are fetched the first time they are shown.
const RolePane = lazyPart(() => import('../roles/RolePane').then((m) => m.RolePane), {
  name: 'roles',
});
const ChartsPanel = lazyPart(() => import('./ChartsPanel').then((m) => m.ChartsPanel), {
  name: 'charts',
});

/** A played role's desk (src/ui/roles), which opens these tabs when the role may see them. */
export function SidePanel() {
  const { stores } = useApp();
  const desk = useStore(stores.role, (s) => hasDesk(s.playing));
  return desk ? <RolePane townPanels={TownPanels} /> : <TownPanels />;
}

function TownPanels() {
  const { stores } = useApp();
  const panel = useStore(stores.prefs, (s) => s.panel);
  const choose = (next: Panel) => stores.prefs.setState({ panel: next });
  // A lesson may lock tabs (shown, not selectable) or hide them; the arrow keys skip both.
  const access = usePanelAccess();
  const reachable = SIDE_PANELS.filter((name) => access(name) === 'open');

  const onKeyDown = (event: KeyboardEvent) => {
    const index = reachable.indexOf(panel);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: reachable.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || reachable.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const next = reachable[(target + reachable.length) % reachable.length];
    choose(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside class="side-pane">
      <div class="tabs" role="tablist" aria-label={messages.panels.label} onKeyDown={onKeyDown}>
        {SIDE_PANELS.filter((name) => access(name) !== 'hidden').map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            class={access(name) === 'locked' ? 'tab tab-locked' : 'tab'}
            aria-selected={panel === name}
            aria-controls={`panel-${name}`}
            aria-disabled={access(name) === 'locked' || undefined}
            title={access(name) === 'locked' ? messages.classroom.lockedByTeacher : undefined}
            tabIndex={panel === name ? 0 : -1}
            onClick={() => access(name) === 'open' && choose(name)}
          >
            {messages.panels.names[name]}
            {access(name) === 'locked' && (
              <span class="visually-hidden">{` (${messages.classroom.lockedByTeacher})`}</span>
            )}
          </button>
        ))}
      </div>
      <div
        class="tab-panel"
        role="tabpanel"
        id={`panel-${panel}`}
        aria-labelledby={`tab-${panel}`}
        tabIndex={0}
      >
        {access(panel) === 'open' && (
          <>
            {panel === 'story' && <StoryPanel />}
            {panel === 'person' && <PersonPanel />}
            {panel === 'events' && <FeedPanel />}
            {panel === 'charts' && <ChartsPanel />}
          </>
        )}
      </div>
    </aside>
  );
}
