/**
 * Find a person without the mouse: search by name, or pick from the people on a list now and the
 * people the story names. Each result opens the dossier.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useRoleText } from '../roles/useRoleText';
import { useStore } from '../useStore';
import { AgentLink } from './AgentLink';

const MAX_RESULTS = 40;

export function PeopleFinder() {
  const { stores } = useApp();
  const names = useStore(stores.town, (s) => s.peopleNames);
  const snapshot = useStore(stores.town, (s) => s.snapshot);
  const named = useStore(stores.town, (s) => s.namedPeople);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const roleText = useRoleText();
  const [query, setQuery] = useState('');
  const m = messages.person;

  // The town names a protagonist by its English label; its translation is found by that label.
  const roleLabel = (english: string) => {
    const p = scenario?.roles.citizen?.protagonists.find((x) => x.label === english);
    return p ? roleText.protagonist(p.id).label(english) : english;
  };

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    const found: number[] = [];
    for (let i = 0; i < names.length && found.length < MAX_RESULTS; i++) {
      if (names[i].toLowerCase().includes(q)) found.push(i);
    }
    return found;
  }, [names, query]);

  const listed = useMemo(() => {
    const out: number[] = [];
    if (snapshot === null) return out;
    for (let i = 0; i < snapshot.listed.length; i++) if (snapshot.listed[i] !== 0) out.push(i);
    return out;
  }, [snapshot]);

  return (
    <div class="finder">
      <h2 class="panel-title">{m.findHeading}</h2>
      <label class="field">
        <span>{m.findLabel}</span>
        <input
          type="search"
          value={query}
          placeholder={m.findPlaceholder}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-describedby="finder-help"
        />
      </label>
      <p id="finder-help" class="muted small">
        {m.findHelp}
      </p>
      {query.trim().length >= 2 && (
        <section aria-live="polite">
          <h3 class="small-heading">
            {matches.length > 0 ? m.results(matches.length) : m.noResults}
          </h3>
          <ul class="people-list">
            {matches.map((i) => (
              <li key={i}>
                <AgentLink id={`p${i}`} label={names[i]} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {named.length > 0 && (
        <section>
          <h3 class="small-heading">{m.named}</h3>
          <ul class="people-list">
            {named.map((person) => (
              <li key={person.id}>
                <AgentLink id={person.id} />
                <span class="muted small"> · {roleLabel(person.role)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 class="small-heading">{m.listedNow(listed.length)}</h3>
        {listed.length === 0 ? (
          <p class="muted">{m.noneListed}</p>
        ) : (
          <ul class="people-list">
            {listed.slice(0, 200).map((i) => (
              <li key={i}>
                <AgentLink id={`p${i}`} label={names[i]} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
