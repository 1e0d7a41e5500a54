/**
 * The map's events in words, for screen readers: what the markers show on the day the town rests
 * at ("On the map, day 12: 3 tickets refused at the airport; Listed: Wang Li at the town hall"),
 * from the same grouping the map draws (src/game/mapEvents.ts). Quiet while the town runs, like
 * the day status: twenty days a second would drown a screen reader.
 */
import { useMemo } from 'preact/hooks';
import { feedEventKey, groupEvents, placeEvents } from '../../game/mapEvents';
import { agentName } from '../../store/townStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function MapEventsLive() {
  const { stores } = useApp();
  const playing = useStore(stores.clock, (s) => s.playing);
  const day = useStore(stores.town, (s) => s.snapshot?.day ?? 0);
  const layout = useStore(stores.town, (s) => s.layout);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const feed = useStore(stores.town, (s) => s.feed);
  const text = useMemo(() => {
    if (playing || layout === null || scenario === null || day === 0) return '';
    const today = [];
    for (let n = feed.length - 1; n >= 0 && feed[n].day >= day; n--)
      if (feed[n].day === day) today.unshift(feed[n]);
    const groups = groupEvents(
      placeEvents(
        today,
        today.map((event) => feedEventKey(event)),
        {
          layout,
          districtIds: scenario.town.districts.map((d) => d.id),
          publishedLists: new Set(
            scenario.ruleset.lists.filter((l) => l.published).map((l) => l.id),
          ),
        },
      ),
    );
    const town = stores.town.getState();
    const m = messages.map;
    const parts = groups.map((group) => {
      const what = m.events.marker[group.type](
        group.count,
        agentName(town, group.subjects[0] ?? ''),
      );
      const kind = group.camera >= 0 ? null : layout.places[group.place]?.kind;
      const place = kind === undefined || kind === null ? null : m.places[kind];
      return place === null || place === undefined || kind === 'home' || kind === 'business'
        ? what
        : m.events.at(what, place);
    });
    return m.events.live(day, parts);
  }, [playing, layout, scenario, feed, day, stores]);
  return (
    <p id="map-events-live" class="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
