/** The side panel's tabs: story, dossier, events, charts (arrow keys move between tabs). */
import { SIDE_PANELS, type SidePanel as Panel } from '../../store/prefsStore';
import { useApp } from '../appContext';
import { messages } from '../strings/en';
import { useStore } from '../useStore';
import { ChartsPanel } from './ChartsPanel';
import { FeedPanel } from './FeedPanel';
import { PersonPanel } from './PersonPanel';
import { StoryPanel } from './StoryPanel';

export function SidePanel() {
  const { stores } = useApp();
  const panel = useStore(stores.prefs, (s) => s.panel);
  const choose = (next: Panel) => stores.prefs.setState({ panel: next });

  const onKeyDown = (event: KeyboardEvent) => {
    const index = SIDE_PANELS.indexOf(panel);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: SIDE_PANELS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const next = SIDE_PANELS[(target + SIDE_PANELS.length) % SIDE_PANELS.length];
    choose(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside class="side-pane">
      <div class="tabs" role="tablist" aria-label={messages.panels.label} onKeyDown={onKeyDown}>
        {SIDE_PANELS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={panel === name}
            aria-controls={`panel-${name}`}
            tabIndex={panel === name ? 0 : -1}
            onClick={() => choose(name)}
          >
            {messages.panels.names[name]}
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
        {panel === 'story' && <StoryPanel />}
        {panel === 'person' && <PersonPanel />}
        {panel === 'events' && <FeedPanel />}
        {panel === 'charts' && <ChartsPanel />}
      </div>
    </aside>
  );
}
