/**
 * The people whose fate differs between A and B, grouped (listed under A and not B and the
 * reverse, refused travel, children refused a school), each with the rule or setting that made
 * the difference, and both of their dossiers side by side on request.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Divergence, PersonDifference } from '../../engine/compare/compare';
import type { DossierEntry } from '../../engine/types';
import type { Scenario } from '../../scenario/schema';
import type { CompareResult } from '../../store/compareStore';
import { useApp } from '../appContext';
import { DossierBody } from '../components/DossierView';
import { describeEntry, scenarioLabels } from '../dossier/describeEntry';
import { useWorkbench } from '../editor/workbenchContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

/** Rows shown per group before "show all". */
const PAGE = 25;

type Labels = { a: string; b: string };

export function ComparePeople(props: { result: CompareResult; labels: Labels }) {
  const { differences } = props.result.comparison;
  const m = messages.compare.people;
  const groups = groupDifferences(differences);
  return (
    <section aria-labelledby="compare-people-heading">
      <h3 class="small-heading" id="compare-people-heading">
        {m.heading}
      </h3>
      {groups.length === 0 ? (
        <p class="empty">{m.none}</p>
      ) : (
        groups.map((group) => (
          <PeopleGroup key={group.key} group={group} result={props.result} labels={props.labels} />
        ))
      )}
      <PersonPairView result={props.result} labels={props.labels} />
    </section>
  );
}

interface Group {
  key: string;
  what: PersonDifference['what'];
  detail: string;
  only: 'a' | 'b';
  rows: PersonDifference[];
}

/** Differences keep the engine's order (kind, list or service, run, agent); groups follow it. */
function groupDifferences(differences: PersonDifference[]): Group[] {
  const groups: Group[] = [];
  for (const d of differences) {
    const key = `${d.what}|${d.detail}|${d.only}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.rows.push(d);
    else groups.push({ key, what: d.what, detail: d.detail, only: d.only, rows: [d] });
  }
  return groups;
}

function PeopleGroup(props: { group: Group; result: CompareResult; labels: Labels }) {
  const { group, result } = props;
  const workbench = useWorkbench();
  const [shown, setShown] = useState(PAGE);
  const m = messages.compare.people;
  const scenario = result.scenarios[group.only];
  const labels = scenarioLabels(scenario);
  const title =
    group.what === 'listed'
      ? m.listedOnly(labels.list(group.detail), group.only)
      : m.refusedOnly(group.detail, group.only);
  return (
    <details class="people-group" open={group.rows.length <= 6}>
      <summary>
        <span>{title}</span> <span class="count">{group.rows.length}</span>
      </summary>
      <ul class="difference-list">
        {group.rows.slice(0, shown).map((d) => (
          <li key={`${d.agent}-${d.detail}`} class="difference">
            <button type="button" class="link" onClick={() => void workbench.compare.openPerson(d)}>
              {d.name}
            </button>
            <span class="small muted">
              {' '}
              {m.counts(d.what, d.countA, d.countB)}
              {d.wrongful && <span class="tag tag-wrongful">{m.wrongful}</span>}
            </span>
            <p class="cause">{causeWords(d.cause, result.scenarios)}</p>
          </li>
        ))}
      </ul>
      {group.rows.length > shown && (
        <button
          type="button"
          class="button button-small"
          onClick={() => setShown(group.rows.length)}
        >
          {m.showAll(group.rows.length)}
        </button>
      )}
    </details>
  );
}

/** The deciding cause in words: what happened under one run and not the other, and when. */
function causeWords(cause: Divergence | null, scenarios: { a: Scenario; b: Scenario }): string {
  const m = messages.compare.cause;
  if (cause === null) return m.unknown;
  const say = (entry: DossierEntry | null, side: 'a' | 'b') =>
    entry === null ? '' : describeEntry(entry, scenarioLabels(scenarios[side]), true).text;
  const { a, b } = cause;
  let text: string;
  if (a !== null && b !== null) text = m.both(cause.day, say(a, 'a'), say(b, 'b'));
  else if (a !== null) text = m.only(cause.day, 'A', say(a, 'a'));
  else if (b !== null) text = m.only(cause.day, 'B', say(b, 'b'));
  else text = m.scores(cause.day, cause.kind);
  return cause.through ? `${text} ${m.through}` : text;
}

/** Both dossiers of the chosen person, from the two kept runs, side by side. */
function PersonPairView(props: { result: CompareResult; labels: Labels }) {
  const workbench = useWorkbench();
  const { stores, controller } = useApp();
  const person = useStore(workbench.compareStore, (s) => s.person);
  const lens = useStore(stores.selection, (s) => s.lens);
  const heading = useRef<HTMLHeadingElement>(null);
  const m = messages.compare.people;

  useEffect(() => {
    if (person !== null) heading.current?.focus();
  }, [person?.difference]);

  if (person === null) return null;
  const { difference } = person;
  const close = () => workbench.compare.closePerson();
  return (
    <div
      class="person-pair"
      role="dialog"
      aria-modal="false"
      aria-labelledby="person-pair-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header class="person-pair-header">
        <h3 id="person-pair-heading" tabIndex={-1} ref={heading}>
          {m.pairHeading(difference.name)}
        </h3>
        <div class="wb-actions">
          <button
            type="button"
            class="button"
            onClick={() => controller.select(difference.agent)}
            title={m.inTownHint}
          >
            {m.inTown}
          </button>
          <button type="button" class="button" onClick={close}>
            {m.close}
          </button>
        </div>
      </header>
      <p class="cause">{causeWords(difference.cause, props.result.scenarios)}</p>
      {person.status === 'loading' && <p class="muted">{m.loading}</p>}
      {person.status === 'unavailable' && <p class="callout">{m.unavailable}</p>}
      {person.status === 'ready' && (
        <div class="pair-columns">
          {(['a', 'b'] as const).map((side) => {
            const dossier = person[side];
            return (
              <section
                key={side}
                class={`pair-side pair-${side}`}
                aria-label={m.sideHeading(side.toUpperCase(), props.labels[side])}
              >
                <h4 class="pair-title">
                  <span class={`side-mark side-${side}`} aria-hidden="true" />
                  {m.sideHeading(side.toUpperCase(), props.labels[side])}
                </h4>
                {dossier === null ? (
                  <p class="muted">{m.notRecorded}</p>
                ) : (
                  <DossierBody
                    idPrefix={`pair-${side}-`}
                    dossier={dossier}
                    lens={lens}
                    scenario={props.result.scenarios[side]}
                    day={props.result.comparison.days}
                  />
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
