/**
 * The start screen: every shipped scenario with its question, summary and story steps; a seed;
 * Start. A scenario file from the player's computer goes through the same checks, and a file that
 * fails them shows its positioned errors here.
 */
import { useState } from 'preact/hooks';
import { localizedScenarioText } from '../../scenario/localizedText';
import type { CatalogEntry } from '../../worker/protocol';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { IntroStepText, QuestionAndSummary } from './ScenarioStory';
import { openScenarioFile } from '../share/openScenarioFile';
import { LocalePicker } from '../locale/LocalePicker';
import { IssueList } from './IssueList';
import { roleToStart } from '../../store/roleStore';
import { RolePicker } from '../roles/RolePicker';

export function StartScreen() {
  const { stores, controller, defaultFileName } = useApp();
  const catalog = useStore(stores.session, (s) => s.catalog);
  const invalid = useStore(stores.session, (s) => s.invalid);
  const status = useStore(stores.session, (s) => s.status);
  const current = useStore(stores.session, (s) => s.source?.fileName);
  const hasTown = useStore(stores.session, (s) => s.scenario !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const m = messages.start;

  const selectedName = chosen ?? current ?? defaultFileName;
  const entry = catalog?.find((e) => e.fileName === selectedName) ?? catalog?.[0];

  const openFile = (file: File) => openScenarioFile(file, controller, stores);

  return (
    <main class="start" id="main">
      <header class="start-header">
        <div>
          <h1>
            <span aria-hidden="true" class="brand-mark large" />
            {messages.appName}
          </h1>
          <p class="tagline">{messages.tagline}</p>
        </div>
        <div class="start-header-actions">
          <LocalePicker />
          <button
            type="button"
            class="button"
            title={messages.classResults.openHint}
            onClick={() => stores.teacher.setState({ dialog: 'class' })}
          >
            {messages.classResults.open}
          </button>
          {hasTown && (
            <button type="button" class="button" onClick={() => controller.showTown()}>
              {m.resumeButton}
            </button>
          )}
        </div>
      </header>
      {invalid && (
        <IssueList
          fileName={invalid.fileName}
          errors={invalid.errors}
          onDismiss={() => stores.session.setState({ invalid: null })}
        />
      )}
      <p class="start-intro">{m.intro}</p>
      {catalog === null ? (
        <p class="muted" role="status">
          {m.loadingCatalog}
        </p>
      ) : (
        <div class="start-grid">
          <nav class="scenario-list" aria-label={m.list}>
            <h2 class="small-heading">{m.heading}</h2>
            <ul>
              {catalog.map((item) => (
                <li key={item.fileName}>
                  <button
                    type="button"
                    class="scenario-item"
                    aria-pressed={item.fileName === entry?.fileName}
                    onClick={() => setChosen(item.fileName)}
                  >
                    <span class="scenario-item-title">
                      {item.ok ? localizedScenarioText(item.meta, locale).title : item.fileName}
                    </span>
                    <span class="scenario-item-sub">
                      {item.ok ? localizedScenarioText(item.meta, locale).question : m.invalidEntry}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <label class="file-open">
              <span class="button">{m.openFile}</span>
              <input
                type="file"
                accept=".yaml,.yml,.json,application/json,text/yaml"
                class="visually-hidden"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  if (file) void openFile(file);
                  event.currentTarget.value = '';
                }}
              />
            </label>
            <p class="muted small">{m.openFileHelp}</p>
          </nav>
          {entry && (
            <ScenarioDetail entry={entry} busy={status === 'loading'} key={entry.fileName} />
          )}
        </div>
      )}
    </main>
  );
}

function ScenarioDetail(props: { entry: CatalogEntry; busy: boolean }) {
  const { controller, stores } = useApp();
  const { entry } = props;
  const [seed, setSeed] = useState(entry.ok ? String(entry.meta.seed) : '1');
  const m = messages.start;
  if (!entry.ok) return <IssueList fileName={entry.fileName} errors={entry.errors} />;
  const meta = entry.meta;
  const text = localizedScenarioText(meta, locale);
  const seedNumber = Number(seed);
  const seedValid =
    seed !== '' && Number.isInteger(seedNumber) && seedNumber >= 0 && seedNumber < 2 ** 31;
  return (
    <section class="scenario-detail" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{text.title}</h2>
      <p class="muted">{m.townFacts(meta.population, meta.days)}</p>
      <QuestionAndSummary text={text} questionLabel={m.question} />
      <RolePicker fileName={entry.fileName} offer={meta.roles} texts={text.roles} />
      <form
        class="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!seedValid) return;
          const role = roleToStart(stores.role, stores.teacher, entry.fileName);
          void controller.openScenario(entry.fileName, { seed: seedNumber, role });
        }}
      >
        <label class="field seed-field">
          <span>{m.seedLabel}</span>
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            aria-describedby="seed-help"
            aria-invalid={!seedValid}
            onInput={(event) => setSeed(event.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          class="button button-primary button-large"
          disabled={props.busy || !seedValid}
        >
          {props.busy ? m.starting : m.startButton}
        </button>
        <p id="seed-help" class="muted small">
          {m.seedHelp}
        </p>
      </form>
      {text.intro.length > 0 && (
        <>
          <h3>{m.steps}</h3>
          <ol class="steps">
            {text.intro.map((step) => (
              <li key={step.title}>
                <IntroStepText step={step} predictLabel={m.predict} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
