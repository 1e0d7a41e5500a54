/**
 * One person's or business's dossier, read through a lens: what they are told, what the system
 * recorded, what really happened. The header, the score and the timeline all follow the lens, and
 * the truth lens counts and marks every mismatch.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgentId, Dossier } from '../../engine/types';
import { cssColour, gradeColours } from '../../game/palette';
import { localizedScenarioText } from '../../scenario/localizedText';
import type { Scenario } from '../../scenario/schema';
import { LENSES, type Lens } from '../../store/selectionStore';
import { agentName } from '../../store/townStore';
import { useApp } from '../appContext';
import { describeEntry, scenarioLabels, type ScenarioLabels } from '../dossier/describeEntry';
import { dossierGaps, entriesForLens, scoreIsDisclosed, type LensEntry } from '../dossier/lenses';
import { intlLocale, locale, messages } from '../strings';
import { useStore } from '../useStore';
import { AgentLink } from './AgentLink';
import { MetricChart } from './MetricChart';

const PAGE = 120;

export function DossierView(props: { id: AgentId }) {
  const { stores, controller } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the side panel (a name, a family link, an event), focus follows to the dossier:
  // the button pressed has just gone. Opened from the map, focus stays where it was.
  useEffect(() => {
    if (document.activeElement?.closest('.side-pane')) heading.current?.focus();
  }, [props.id]);
  const dossier = useStore(stores.selection, (s) => s.dossier);
  const missing = useStore(stores.selection, (s) => s.dossierMissing);
  const dossierDay = useStore(stores.selection, (s) => s.dossierDay);
  const lens = useStore(stores.selection, (s) => s.lens);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const m = messages.person;
  const name = agentName(stores.town.getState(), props.id);

  return (
    <article class="dossier" aria-labelledby="dossier-name">
      <header class="dossier-header">
        <h2 id="dossier-name" class="panel-title" tabIndex={-1} ref={heading}>
          {name}
        </h2>
        <button type="button" class="button button-quiet" onClick={() => controller.select(null)}>
          {m.close}
        </button>
      </header>
      {missing && <p class="callout">{m.notRecorded}</p>}
      {!missing && (dossier === null || dossier.id !== props.id || scenario === null) && (
        <p class="muted">{m.loading}</p>
      )}
      {dossier !== null && dossier.id === props.id && scenario !== null && (
        <DossierBody dossier={dossier} lens={lens} scenario={scenario} day={dossierDay} />
      )}
    </article>
  );
}

/** The dossier's body; `idPrefix` keeps ids unique when several are shown at once (Compare A/B). */
export function DossierBody(props: {
  dossier: Dossier;
  lens: Lens;
  scenario: Scenario;
  day: number;
  idPrefix?: string;
}) {
  const prefix = props.idPrefix ?? '';
  const { dossier, lens, scenario } = props;
  const { controller } = useApp();
  const m = messages.person;
  const disclosure = scenario.ruleset.opacity.disclosure;
  const labels = useMemo(() => scenarioLabels(scenario), [scenario]);
  const text = useMemo(() => localizedScenarioText(scenario, locale), [scenario]);
  const grades = scenario.ruleset.scoring.grades;
  const gradeIndex = grades.findIndex((g) => g.id === dossier.grade);
  const colour = gradeColours(grades.length)[Math.max(0, gradeIndex)];
  const told = lens === 'told';
  const showScore = !told || scoreIsDisclosed(disclosure);
  const showListing = !told || dossier.knowsListed;
  const currentScore = lastFinite(dossier.scoreHistory);

  return (
    <>
      <p class="muted">
        {dossier.person &&
          m.facts(
            dossier.person.age,
            text.label(
              'occupations',
              dossier.person.occupation,
              nameOf(scenario.town.occupations, dossier.person.occupation),
            ),
            text.label(
              'districts',
              dossier.person.district,
              nameOf(scenario.town.districts, dossier.person.district),
            ),
          )}
        {dossier.business &&
          m.business(
            text.label(
              'sectors',
              dossier.business.sector,
              nameOf(scenario.town.businesses.sectors, dossier.business.sector),
            ),
            dossier.business.size,
            text.label(
              'districts',
              dossier.business.district,
              nameOf(scenario.town.districts, dossier.business.district),
            ),
          )}
        <span class="small"> · {m.readAt(props.day)}</span>
      </p>

      <fieldset class="segmented lens-switch">
        <legend>{messages.lenses.label}</legend>
        {LENSES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${prefix}lens`}
              value={option}
              checked={lens === option}
              onChange={() => controller.setLens(option)}
            />
            <span>{messages.lenses.names[option]}</span>
          </label>
        ))}
      </fieldset>
      <p class="lens-explain small">{messages.lenses.explain[lens]}</p>

      <dl class="facts">
        <div>
          <dt>{m.grade}</dt>
          <dd>
            {showScore ? (
              <span class="grade-badge">
                <span
                  class="swatch square"
                  style={{ background: cssColour(colour) }}
                  aria-hidden="true"
                />
                {labels.grade(dossier.grade)}
              </span>
            ) : (
              <span class="muted">{m.notKnown}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{m.score}</dt>
          <dd>
            {showScore && currentScore !== undefined ? (
              Math.round(currentScore).toLocaleString(intlLocale)
            ) : (
              <span class="muted">{m.notKnown}</span>
            )}
          </dd>
        </div>
        <div class="wide">
          <dt>{m.lists}</dt>
          <dd>
            {showListing ? (
              chips(dossier.lists.map(labels.list), m.none)
            ) : (
              <span class="muted">{m.notKnown}</span>
            )}
          </dd>
        </div>
        <div class="wide">
          <dt>{m.sanctions}</dt>
          <dd>
            {showListing ? (
              chips(dossier.sanctions.map(labels.consequence), m.none)
            ) : (
              <span class="muted">{m.notKnown}</span>
            )}
          </dd>
        </div>
        <div class="wide">
          <dt>{m.rewards}</dt>
          <dd>{chips(dossier.rewards.map(labels.consequence), m.none)}</dd>
        </div>
      </dl>
      {dossier.lists.length > 0 && lens !== 'told' && (
        <p class="small muted">{m.knowsListed(dossier.knowsListed)}</p>
      )}

      {showScore ? (
        dossier.scoreHistory.length > 1 && (
          <MetricChart
            id={`${prefix}dossier-score`}
            title={m.scoreChart}
            unit={messages.charts.score.unit}
            days={dossier.scoreHistory.length}
            height={120}
            lines={[{ label: m.score, colour: '#0072b2', values: dossier.scoreHistory }]}
          />
        )
      ) : (
        <p class="callout small">{m.scoreHidden}</p>
      )}

      <Relations dossier={dossier} />
      {lens === 'truth' && <GapSummary dossier={dossier} prefix={prefix} />}
      <Timeline
        entries={entriesForLens(dossier, lens, disclosure)}
        labels={labels}
        truth={lens === 'truth'}
        prefix={prefix}
        key={`${dossier.id}-${lens}`}
      />
    </>
  );
}

function Relations(props: { dossier: Dossier }) {
  const m = messages.person;
  const { person, business } = props.dossier;
  const groups: [string, AgentId[]][] = [];
  if (person) {
    groups.push([m.family, person.family], [m.friends, person.friends]);
    if (person.owns.length > 0) groups.push([m.owns, person.owns]);
  }
  if (business) groups.push([m.owner, [business.owner]]);
  return (
    <dl class="relations">
      {groups.map(([title, ids]) => (
        <div key={title}>
          <dt>{title}</dt>
          <dd>
            {ids.length === 0 ? (
              <span class="muted">{m.none}</span>
            ) : (
              <ul class="inline-list">
                {ids.map((id) => (
                  <li key={id}>
                    <AgentLink id={id} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function GapSummary(props: { dossier: Dossier; prefix: string }) {
  const gaps = dossierGaps(props.dossier);
  const g = messages.lenses.gaps;
  const lines = [
    gaps.misattributed > 0 && g.misattributed(gaps.misattributed),
    gaps.falseReports > 0 && g.falseReports(gaps.falseReports),
    gaps.wrongful > 0 && g.wrongful(gaps.wrongful),
    gaps.unseen > 0 && g.unseen(gaps.unseen),
    gaps.untold > 0 && g.untold(gaps.untold),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <section
      class={`gaps ${lines.length > 0 ? 'gaps-found' : ''}`}
      aria-labelledby={`${props.prefix}gaps-heading`}
    >
      <h3 id={`${props.prefix}gaps-heading`} class="small-heading">
        {g.heading}
      </h3>
      {lines.length === 0 ? (
        <p>{g.none}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Timeline(props: {
  entries: LensEntry[];
  labels: ScenarioLabels;
  truth: boolean;
  prefix: string;
}) {
  const [shown, setShown] = useState(PAGE);
  const m = messages.person;
  const newestFirst = props.entries.slice().reverse();
  const visible = newestFirst.slice(0, shown);
  return (
    <section class="timeline" aria-labelledby={`${props.prefix}timeline-heading`}>
      <h3 id={`${props.prefix}timeline-heading`} class="small-heading">
        {m.timeline}
      </h3>
      {visible.length === 0 && <p class="muted">{m.timelineEmpty}</p>}
      <ol class="entries">
        {visible.map(({ entry, flags }, index) => {
          const text = describeEntry(entry, props.labels, props.truth);
          const flagged = flags.length > 0;
          return (
            <li key={index} class={`entry entry-${entry.type}${flagged ? ' entry-flagged' : ''}`}>
              <span class="entry-day">{messages.entry.dayLabel(entry.day)}</span>
              <span class="entry-kind">{text.kind}</span>
              <div class="entry-text">
                <p>
                  {flagged && (
                    <span
                      class="flag"
                      aria-label={flags.map((f) => messages.lenses.flags[f]).join(', ')}
                    >
                      ⚠
                    </span>
                  )}
                  {text.text}
                </p>
                {text.notes.map((note) => (
                  <p class="entry-note" key={note.text}>
                    {note.text}
                    {note.agent !== undefined && (
                      <>
                        {' '}
                        <AgentLink id={note.agent} />
                      </>
                    )}
                  </p>
                ))}
                {flags.includes('unseen') && <p class="entry-note">{messages.entry.unseen}</p>}
              </div>
            </li>
          );
        })}
      </ol>
      {newestFirst.length > shown && (
        <button type="button" class="button" onClick={() => setShown(shown + PAGE)}>
          {m.showMore(Math.min(PAGE, newestFirst.length - shown))}
        </button>
      )}
    </section>
  );
}

function chips(items: string[], none: string) {
  if (items.length === 0) return <span class="muted">{none}</span>;
  return (
    <ul class="chips">
      {items.map((item) => (
        <li key={item} class="chip">
          {item}
        </li>
      ))}
    </ul>
  );
}

function lastFinite(values: number[]): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i];
  return undefined;
}

/** The display name of a scenario id (occupation, district, sector). */
function nameOf(items: { id: string; name: string }[], id: string): string {
  return items.find((item) => item.id === id)?.name ?? id;
}
