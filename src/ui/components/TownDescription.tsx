/**
 * The town in words (townFacts.ts, describeTown.ts). Screen readers hear it from a polite live region: on
 * a step, a pause, a new selection or lens, never while the town runs (the day status is quiet
 * then too: twenty days a second would drown a screen reader). Anyone can read it in a card over
 * the map's corner, opened by the "Describe the town" button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { truthHidden } from '../../store/roleStore';
import { agentName, type TownState } from '../../store/townStore';
import type { TownStores } from '../../store/townStores';
import { useApp } from '../appContext';
import { scoreIsDisclosed } from '../dossier/lenses';
import { gradeName } from '../gradeName';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { describeTown, type TownDescriptionText } from './describeTown';
import { townFacts, withGradeNames, type TownView } from './townFacts';

/** While the town runs, the card's text follows at most this often. */
const PLAYING_REFRESH_MS = 1000;
/** A step's frame, the dossier read after it and the clock land close together: speak once, after them. */
const SETTLE_MS = 400;

export function TownDescription() {
  const { stores } = useApp();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const playing = useStore(stores.clock, (s) => s.playing);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const selection = useStore(stores.selection, (s) => s);
  const reveal = useStore(stores.prefs, (s) => s.revealWrongful);
  const role = useStore(stores.role, (s) => s);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const town = useTownFrame(stores, playing);
  const m = messages.townDescription;

  const snapshot = town.snapshot;
  const day = snapshot?.day ?? 0;
  const hidden = truthHidden(role, day, lastDay);
  const view: TownView =
    role.playing.kind === 'citizen' && hidden ? 'own' : hidden || !reveal ? 'system' : 'truth';
  const { selected, dossier } = selection;
  const text: TownDescriptionText | null =
    snapshot === null
      ? null
      : describeTown(
          withGradeNames(
            townFacts({
              day,
              view,
              personTruth: !hidden,
              snapshot,
              gradeIds: scenario?.ruleset.scoring.grades.map((g) => g.id) ?? [],
              ratesBusinesses: scenario?.town.businesses.rated ?? false,
              metrics: town.metrics,
              selection:
                selected === null
                  ? null
                  : {
                      id: selected,
                      name: agentName(town, selected),
                      lens: selection.lens,
                      scoreDisclosed:
                        scenario === null || scoreIsDisclosed(scenario.ruleset.opacity.disclosure),
                      dossier: dossier?.id === selected ? dossier : null,
                    },
            }),
            (id) => gradeName(scenario, id),
          ),
          m,
          messages.lenses.names,
        );

  // What the live region says: the text as it was when the town last came to rest.
  const [spoken, setSpoken] = useState(text);
  const key = JSON.stringify(text);
  useEffect(() => {
    if (playing) return;
    const timer = setTimeout(
      () => setSpoken((previous) => (JSON.stringify(previous) === key ? previous : text)),
      SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [key, playing]);

  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Escape here closes the card, not the dossier (useShortcuts.ts).
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <div
        id="town-description-live"
        class="visually-hidden"
        aria-live="polite"
        aria-atomic="false"
      >
        {spoken && <Sentences text={spoken} />}
      </div>
      {text && (
        <div class="town-description" onKeyDown={close}>
          <section
            id="town-description-card"
            class="town-description-card"
            aria-labelledby="town-description-heading"
            hidden={!open}
          >
            <h2 id="town-description-heading" class="town-description-heading">
              {m.heading(day)}
            </h2>
            <Sentences text={text} />
          </section>
          <button
            ref={toggle}
            type="button"
            class="button town-description-toggle"
            aria-expanded={open}
            aria-controls="town-description-card"
            onClick={() => setOpen(!open)}
          >
            {m.toggle}
          </button>
        </div>
      )}
    </>
  );
}

function Sentences(props: { text: TownDescriptionText }) {
  const { town, today, selected } = props.text;
  return (
    <>
      <p>{town}</p>
      {today && <p>{today}</p>}
      {selected && <p>{selected}</p>}
    </>
  );
}

/**
 * The town store, re-read when it changes: at once when the town is at rest, at most every
 * PLAYING_REFRESH_MS while it runs (a frame can arrive every animation frame).
 */
function useTownFrame(stores: TownStores, playing: boolean): TownState {
  const [, setTick] = useState(0);
  const running = useRef(playing);
  running.current = playing;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = stores.town.subscribe(() => {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          setTick((t) => t + 1);
        },
        running.current ? PLAYING_REFRESH_MS : 0,
      );
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [stores]);
  return stores.town.getState();
}
