/** Notable events as they happen, newest first, filterable by kind; each opens its dossier. */
import { useMemo } from 'preact/hooks';
import { FEED_KINDS, type FeedKind } from '../../store/prefsStore';
import { agentName } from '../../store/townStore';
import { useApp } from '../appContext';
import { scenarioLabels } from '../dossier/describeEntry';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { feedSentence } from '../../text/feed';
import { feedEventKey } from '../../game/mapEvents';
import { ID_LABELS } from '../../text/labels';

const SHOWN = 250;

export function FeedPanel() {
  const { stores, controller } = useApp();
  const feed = useStore(stores.town, (s) => s.feed);
  const kinds = useStore(stores.prefs, (s) => s.feedKinds);
  const scenario = useStore(stores.session, (s) => s.scenario);
  // The map and the feed point at each other: a marker clicked on the map marks its items here,
  // and the item under the pointer or focus rings its marker on the map.
  const highlight = useStore(stores.selection, (s) => s.highlight);
  const point = (key: string | null) =>
    stores.selection.setState({ highlight: key === null ? [] : [key] });
  const labels = useMemo(() => (scenario === null ? null : scenarioLabels(scenario)), [scenario]);
  const m = messages.feed;

  const toggle = (kind: FeedKind, on: boolean) =>
    stores.prefs.setState({ feedKinds: { ...kinds, [kind]: on } });

  const matching = feed.filter((event) => kinds[event.kind]);
  const visible: typeof feed = [];
  for (let i = matching.length - 1; i >= 0 && visible.length < SHOWN; i--)
    visible.push(matching[i]);
  const town = stores.town.getState();

  return (
    <div class="feed">
      <h2 class="panel-title">{m.heading}</h2>
      <fieldset class="filters">
        <legend>{m.filters}</legend>
        {FEED_KINDS.map((kind) => (
          <label key={kind} class={`filter filter-${kind}`}>
            <input
              type="checkbox"
              checked={kinds[kind]}
              onChange={(event) => toggle(kind, event.currentTarget.checked)}
            />
            {m.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <p class="muted small">{m.shown(visible.length, matching.length)}</p>
      {feed.length === 0 && <p class="empty">{m.empty}</p>}
      {feed.length > 0 && matching.length === 0 && <p class="empty">{m.emptyFiltered}</p>}
      <ol class="feed-list">
        {visible.map((event, index) => (
          <li key={`${event.day}-${event.subject}-${event.kind}-${index}`}>
            <button
              type="button"
              class={`feed-item feed-${event.kind}${highlight.includes(feedEventKey(event)) ? ' feed-highlighted' : ''}`}
              onClick={() => controller.select(event.subject)}
              onMouseEnter={() => point(feedEventKey(event))}
              onMouseLeave={() => point(null)}
              onFocus={() => point(feedEventKey(event))}
              onBlur={() => point(null)}
            >
              <span class="entry-day">{messages.entry.dayLabel(event.day)}</span>
              <span class={`feed-kind kind-${event.kind}`}>{m.badges[event.kind]}</span>
              <span class="feed-text">
                {feedSentence(event, agentName(town, event.subject), labels ?? ID_LABELS, messages)}
                <span class="visually-hidden"> {m.open(agentName(town, event.subject))}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
