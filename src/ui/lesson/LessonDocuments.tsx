/**
 * The teacher's guide and the student worksheet of the open scenario, each a printable page in a
 * dialog (the report's page and print styles). The guide's answer key is the figures across the
 * same 20 seeds the reveal shows, computed once in the answer-key worker; the command line writes
 * the same guide (`npm run sim -- guide`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { usePageDialog } from '../components/usePageDialog';
import { version } from '../../../package.json';
import { buildGuide, type Guide } from '../../export/lesson/guide';
import { guideWords } from '../../export/lesson/guideText';
import { predictionQuestions } from '../../export/lesson/questions';
import { claimSeeds } from '../../scenario/claims/claimStats';
import { localizedScenarioText } from '../../scenario/localizedText';
import { questionsOn } from '../../store/predictionActions';
import { ANSWER_KEY_SEEDS } from '../../store/predictionStore';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { formatFigure } from './formatFigure';
import '../report/report.css';
import './lesson.css';

/** The dialog frame both documents share: title, print and close, Escape closes. */
function DocumentDialog(props: { id: string; title: string; children: ComponentChildren }) {
  const { stores, controller } = useApp();
  const close = () => stores.teacher.setState({ dialog: null });
  const closeButton = usePageDialog(close, { onOpen: () => controller.pause() });
  const m = messages.classroom.reportView;
  return (
    <div class="report lesson-document" role="dialog" aria-modal="true" aria-labelledby={props.id}>
      <div class="report-toolbar">
        <h2 id={props.id}>{props.title}</h2>
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {m.print}
        </button>
        <button ref={closeButton} type="button" class="button" onClick={close}>
          {messages.lesson.close}
        </button>
      </div>
      {props.children}
    </div>
  );
}

export function GuideView() {
  const { stores, predictions } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const hash = useStore(stores.session, (s) => s.hash);
  const spread = useStore(stores.predictions, (s) => s.spread);
  const m = messages.lesson;
  useEffect(() => {
    void predictions.computeSpread();
  }, [scenario]);
  if (scenario === null) return null;
  const seeds = claimSeeds(scenario.seed, ANSWER_KEY_SEEDS);
  const figures = spread.status === 'done' && spread.hash === hash ? spread.figures : null;
  const guide = buildGuide(scenario, locale, figures, seeds, { version, hash });
  return (
    <DocumentDialog id="guide-title" title={m.guide}>
      <p class="report-status report-screen-only" role="status">
        {spread.status === 'running'
          ? m.computing(spread.done, spread.total)
          : spread.status === 'failed'
            ? m.spreadFailed(spread.message)
            : ''}
      </p>
      <GuidePage guide={guide} />
    </DocumentDialog>
  );
}

function GuidePage(props: { guide: Guide }) {
  const { guide } = props;
  const w = guide.words;
  const list = (title: string, items: readonly string[], numbered = false) =>
    items.length === 0 ? null : (
      <section>
        <h2>{title}</h2>
        {numbered ? (
          <ol>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        ) : (
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </section>
    );
  return (
    <article class="report-page lesson-page" data-document="guide">
      <header class="report-head">
        <p class="report-app">{messages.appName}</p>
        <h1>{guide.title}</h1>
        {guide.question && (
          <p class="report-question">
            <span class="eyebrow">{w.question}</span> {guide.question}
          </p>
        )}
      </header>
      <section>
        <h2>{w.level}</h2>
        <p>{guide.level}</p>
      </section>
      {list(w.prerequisites, guide.prerequisites)}
      {list(w.objectives, guide.objectives)}
      {list(w.fullLesson, guide.fullLesson)}
      {list(w.shortLesson, guide.shortLesson)}
      <section class="guide-questions">
        <h2>{w.questions}</h2>
        <p>{guide.answerKeyIntro}</p>
        <ol>
          {guide.questions.map((q) => (
            <li key={q.id} data-question={q.id}>
              <p class="report-prediction-question">{q.text}</p>
              <p class="small">
                {q.kind}. {q.reveal} {q.plausible ?? ''}
              </p>
              {q.choices.length > 0 && <p class="small">{q.choices.join(' · ')}</p>}
              {q.key.length > 0 ? (
                <ul class="guide-key">
                  {q.key.map((line) => (
                    <li key={line}>
                      <strong>{line}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted small report-screen-only">…</p>
              )}
              {q.because && (
                <p class="small">
                  <em>{w.because}:</em> {q.because}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {list(w.rubric, guide.rubric)}
      {guide.misconceptions.length > 0 && (
        <section>
          <h2>{w.misconceptions}</h2>
          <dl class="guide-misconceptions">
            {guide.misconceptions.map((item) => (
              <div key={item.belief}>
                <dt>
                  {w.belief}: {item.belief}
                </dt>
                <dd>
                  {w.confront}: {item.confront}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {list(w.notice, guide.notice)}
      {list(w.discussion, guide.discussion)}
      <section>
        <h2>{w.glossary}</h2>
        <dl class="guide-glossary">
          {guide.glossary.map(([term, meaning]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p class="muted small">{guide.stamp}</p>
    </article>
  );
}

export function WorksheetView() {
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const off = useStore(stores.teacher, (s) => s.settings.questionsOff);
  if (scenario === null) return null;
  const text = localizedScenarioText(scenario, locale);
  const questions = questionsOn(predictionQuestions(text), off);
  const w = guideWords(locale).worksheet;
  const lines = (count: number) =>
    Array.from({ length: count }, (_, i) => <div key={i} class="worksheet-line" />);
  return (
    <DocumentDialog id="worksheet-title" title={messages.lesson.worksheet}>
      <article class="report-page lesson-page worksheet" data-document="worksheet">
        <header class="report-head">
          <p class="report-app">{messages.appName}</p>
          <h1>{w.title(text.title)}</h1>
          <p class="worksheet-names">
            <span>{w.name}: ____________________</span> <span>{w.class}: ________</span>{' '}
            <span>{w.date}: ________</span>
          </p>
        </header>
        <section>
          <h2>{w.before}</h2>
          <ol>
            {questions.map((q) => (
              <li key={q.id} class="worksheet-question" data-question={q.id}>
                <p class="report-prediction-question">{q.text}</p>
                {q.kind === 'number' && (
                  <p>
                    {w.myPrediction}: ______________{' '}
                    {w.range(
                      formatFigure(q.answer.min ?? 0, q.answer.digits),
                      formatFigure(q.answer.max ?? 0, q.answer.digits),
                      q.answer.unit,
                    )}
                  </p>
                )}
                {q.kind === 'choice' && (
                  <p>
                    {w.myPrediction}:{' '}
                    {(q.answer.choices ?? []).map((c) => (
                      <span key={c.id} class="worksheet-box">
                        ☐ {c.label}
                      </span>
                    ))}
                  </p>
                )}
                {q.kind === 'ranking' && (
                  <p>
                    {w.myPrediction}: {(q.answer.rank ?? []).map((r) => r.label).join(' · ')}
                    <br />
                    {(q.answer.rank ?? []).map((_, i) => `${i + 1} __________ `).join(' ')}
                  </p>
                )}
                <p class="small">
                  <strong>{w.afterReveal(q.answer.day)}</strong> {w.thisRun} {w.acrossSeeds}
                </p>
                <p class="small">{w.why}</p>
                {lines(2)}
              </li>
            ))}
          </ol>
        </section>
        <section>
          <h2>{w.figures}</h2>
          <table class="worksheet-figures">
            <thead>
              <tr>
                <th scope="col">{w.figure}</th>
                <th scope="col">{w.value}</th>
              </tr>
            </thead>
            <tbody>
              {w.figureNames.map((name) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>{w.scenarioQuestion}</h2>
          <p class="report-prediction-question">{text.question}</p>
          <p class="small">{w.answer}</p>
          {lines(4)}
        </section>
      </article>
    </DocumentDialog>
  );
}
