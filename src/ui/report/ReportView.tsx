/**
 * The printable one-page report of a run, for handing in: the scenario and its question, the
 * stamp (seed, scenario hash, day, version), the key figures, the charts as images, the student's
 * name and answer; above it (not printed) the downloads of the run's data. Print it from the
 * browser or save it as PDF; report.css holds the print stylesheet.
 */
import { SourceList } from '../story/SourceList';
import { useState } from 'preact/hooks';
import { usePageDialog } from '../components/usePageDialog';
import { version } from '../../../package.json';
import { reportFigures } from '../../export/runSummary';
import { useApp } from '../appContext';
import { intlLocale, messages } from '../strings';
import { useStore } from '../useStore';
import { buildExport, type ExportKind } from './exportRun';
import { ReportCharts } from './ReportCharts';
import { ReportComparison } from './ReportComparison';
import { ReportPredictions } from '../lesson/ReportPredictions';
import { saveFile } from './saveFile';
import './report.css';

const fmt = (value: number, digits = 1) =>
  value.toLocaleString(intlLocale, { maximumFractionDigits: digits });

export function ReportView() {
  const { stores, controller } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const hash = useStore(stores.session, (s) => s.hash);
  const seed = useStore(stores.session, (s) => s.seed);
  const day = useStore(stores.clock, (s) => s.day);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [student, setStudent] = useState('');
  const [notes, setNotes] = useState('');
  const m = messages.classroom.reportView;

  const close = () => stores.teacher.setState({ dialog: null });
  const closeButton = usePageDialog(close, { onOpen: () => controller.pause() });

  const download = async (kind: ExportKind) => {
    setBusy(kind);
    setFailure(null);
    try {
      const file = await buildExport(kind, stores, controller);
      saveFile(file.fileName, file.text, file.type);
    } catch (error) {
      setFailure(m.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(null);
    }
  };

  const town = stores.town.getState();
  const figures =
    scenario === null
      ? []
      : reportFigures(town.metrics, day, town.peopleNames.length, town.businessNames.length)
          .map((figure) => ({ ...figure, label: m.figureLabel(figure.key) }))
          .filter((figure) => figure.label !== undefined);

  return (
    <div class="report" role="dialog" aria-modal="true" aria-labelledby="report-title">
      <div class="report-toolbar">
        <h2 id="report-title">{m.title}</h2>
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {m.print}
        </button>
        <button ref={closeButton} type="button" class="button" onClick={close}>
          {m.close}
        </button>
      </div>
      {scenario === null ? (
        <p class="report-empty">{m.noRun}</p>
      ) : (
        <>
          <section class="report-downloads" aria-labelledby="report-downloads-title">
            <h3 id="report-downloads-title">{m.downloads}</h3>
            <div class="report-download-buttons">
              {(['metrics', 'people', 'json'] as const).map((kind) => (
                <button
                  key={kind}
                  type="button"
                  class="button"
                  data-export={kind}
                  disabled={busy !== null}
                  onClick={() => void download(kind)}
                >
                  {kind === 'metrics' ? m.metricsCsv : kind === 'people' ? m.peopleCsv : m.json}
                </button>
              ))}
            </div>
            <p class="muted small">{m.downloadsHelp}</p>
            <p class="report-status" role="status">
              {busy !== null ? m.preparing : (failure ?? '')}
            </p>
          </section>

          <article class="report-page">
            <header class="report-head">
              <p class="report-app">{messages.appName}</p>
              <h1>{scenario.title}</h1>
              {scenario.question && (
                <p class="report-question">
                  <span class="eyebrow">{m.question}</span> {scenario.question}
                </p>
              )}
            </header>
            <dl class="report-facts" aria-label={m.facts}>
              <div>
                <dt>{m.fact.scenario}</dt>
                <dd>{scenario.id}</dd>
              </div>
              <div>
                <dt>{m.fact.seed}</dt>
                <dd>{seed}</dd>
              </div>
              <div>
                <dt>{m.fact.hash}</dt>
                <dd>
                  <code>{hash}</code>
                </dd>
              </div>
              <div>
                <dt>{m.fact.day}</dt>
                <dd>{m.dayOf(day, lastDay)}</dd>
              </div>
              <div>
                <dt>{m.fact.people}</dt>
                <dd>{fmt(town.peopleNames.length)}</dd>
              </div>
              <div>
                <dt>{m.fact.version}</dt>
                <dd>{version}</dd>
              </div>
              <div>
                <dt>{m.fact.printed}</dt>
                <dd>{new Date().toLocaleDateString(intlLocale)}</dd>
              </div>
            </dl>

            <section class="report-figures" aria-labelledby="report-figures-title">
              <h2 id="report-figures-title">{m.figures}</h2>
              <table>
                {/* Two columns, filled top to bottom, so each before/after pair sits together. */}
                <tbody
                  style={{ gridTemplateRows: `repeat(${Math.ceil(figures.length / 2)}, auto)` }}
                >
                  {figures.map((figure) => (
                    <tr key={figure.key}>
                      <th scope="row">{figure.label}</th>
                      <td>
                        {figure.percent ? `${fmt(figure.value * 100)} %` : fmt(figure.value)}
                        {figure.change !== undefined && (
                          <span class="muted"> ({m.change(figure.change)})</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            {day > 0 && <ReportCharts />}
            <ReportComparison />
            <ReportPredictions />

            {scenario.sources.length > 0 && (
              <section class="report-sources" aria-labelledby="report-sources-title">
                <h2 id="report-sources-title">{messages.story.sources}</h2>
                <SourceList sources={scenario.sources} />
              </section>
            )}

            <section class="report-answer">
              <label class="field">
                <span>{m.student}</span>
                <input
                  type="text"
                  value={student}
                  onInput={(event) => setStudent(event.currentTarget.value)}
                />
              </label>
              <label class="field">
                <span>{m.notes}</span>
                <textarea
                  rows={4}
                  value={notes}
                  aria-describedby="report-notes-help"
                  onInput={(event) => setNotes(event.currentTarget.value)}
                />
              </label>
              <p id="report-notes-help" class="muted small report-screen-only">
                {m.notesHelp}
              </p>
              {/* A textarea prints clipped to its box; the print shows the whole answer. */}
              <p class="report-print-only report-answer-text">{notes}</p>
            </section>
          </article>
        </>
      )}
    </div>
  );
}
