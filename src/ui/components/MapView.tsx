/**
 * The map pane: hosts the Phaser canvas (loaded on first use so the start screen appears
 * quickly), its zoom buttons, the legend, the hover card, and keyboard control when focused.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TownMap } from '../../game/createTownMap';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { HoverCard } from './HoverCard';
import { Legend } from './Legend';
import { loadOnce } from './loadOnce';
import { MapEventsLive } from './MapEventsLive';

/** The map's code (Phaser and the scene), a chunk of its own, fetched again after a failure. */
const mapCode = loadOnce(() => import('../../game/createTownMap'));

const PAN_STEP = 80;

export function MapView() {
  const app = useApp();
  const { stores, controller } = app;
  const host = useRef<HTMLDivElement>(null);
  const map = useRef<TownMap | null>(null);
  const focused = useRef(false);
  const [hasFocus, setHasFocus] = useState(false);
  const [ready, setReady] = useState(false);
  /** The map's chunk could not be fetched; `retry` fetches it again. */
  const [failed, setFailed] = useState(false);
  const retry = useRef<() => void>(() => undefined);
  const loading = useStore(stores.session, (s) => s.status === 'loading');
  const follow = useStore(stores.prefs, (s) => s.follow);
  const m = messages.map;

  useEffect(() => {
    let cancelled = false;
    let loading = false;
    const element = host.current;
    if (element === null) return;
    // Phaser starts once the pane has a size (it may mount hidden behind the start screen), and
    // follows every later change of size.
    const fit = () => {
      const { clientWidth: width, clientHeight: height } = element;
      if (width === 0 || height === 0) return;
      if (map.current !== null) {
        map.current.resize(width, height);
        return;
      }
      if (loading) return;
      loading = true;
      mapCode.get().then(
        ({ createTownMap }) => {
          if (cancelled) return;
          map.current = createTownMap(element, {
            stores,
            controller,
            hasFocus: () => focused.current,
            words: messages.map.events,
            placeNames: messages.map.places,
            locale,
          });
          setReady(true);
          fit();
        },
        (error: unknown) => {
          console.error(error);
          loading = false;
          if (!cancelled) setFailed(true);
        },
      );
    };
    retry.current = () => {
      setFailed(false);
      fit();
    };
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    fit();
    return () => {
      cancelled = true;
      observer.disconnect();
      map.current?.destroy();
      map.current = null;
    };
  }, [stores, controller]);

  const onKeyDown = (event: KeyboardEvent) => {
    const current = map.current;
    if (current === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-PAN_STEP, 0],
      ArrowRight: [PAN_STEP, 0],
      ArrowUp: [0, -PAN_STEP],
      ArrowDown: [0, PAN_STEP],
    };
    const move = moves[event.key];
    let handled = true;
    if (move) current.panBy(move[0], move[1]);
    else if (event.key === '+' || event.key === '=') current.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') current.zoomBy(1 / 1.25);
    else if (event.key === '0') current.fit();
    else if (event.key === 'Enter') current.openAtCentre();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <section class="map-pane" aria-label={m.label}>
      <div
        ref={host}
        class="map-canvas"
        tabIndex={0}
        role="application"
        aria-label={m.label}
        aria-describedby="map-description"
        onKeyDown={onKeyDown}
        onFocus={() => {
          focused.current = true;
          setHasFocus(true);
        }}
        onBlur={() => {
          focused.current = false;
          setHasFocus(false);
        }}
      />
      <p id="map-description" class="visually-hidden">
        {m.description}
      </p>
      {hasFocus && <div class="map-hint">{m.focusHint}</div>}
      <div class="map-tools">
        <button
          type="button"
          class="tool"
          aria-label={m.zoomIn}
          title={m.zoomIn}
          onClick={() => map.current?.zoomBy(1.25)}
        >
          +
        </button>
        <button
          type="button"
          class="tool"
          aria-label={m.zoomOut}
          title={m.zoomOut}
          onClick={() => map.current?.zoomBy(1 / 1.25)}
        >
          −
        </button>
        <button
          type="button"
          class="tool"
          aria-label={m.resetView}
          title={m.resetView}
          onClick={() => map.current?.fit()}
        >
          <span aria-hidden="true">⤢</span>
        </button>
        <button
          type="button"
          class="tool tool-text"
          aria-pressed={follow}
          title={m.followTitle}
          onClick={() => stores.prefs.setState({ follow: !follow })}
        >
          {m.follow}
        </button>
      </div>
      <MapEventsLive />
      <div class="map-legend">
        <Legend compact />
      </div>
      <HoverCard />
      {failed ? (
        <div class="map-loading" role="alert">
          <p>{messages.lazy.failed(messages.lazy.parts.map)}</p>
          <button type="button" class="button" onClick={() => retry.current()}>
            {messages.lazy.retry}
          </button>
        </div>
      ) : (
        (!ready || loading) && (
          <div class="map-loading" aria-hidden="true">
            <span>{m.loading}</span>
          </div>
        )
      )}
    </section>
  );
}
