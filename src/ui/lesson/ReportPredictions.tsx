/**
 * The report's predictions and explanations: each question the lesson asks, the student's
 * prediction, this run's figure, the figure across seeds and the "why?", printed as text.
 */
import { localizedScenarioText } from '../../scenario/localizedText';
import { predictionQuestions } from '../../export/lesson/questions';
import { questionsOn } from '../../store/predictionActions';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { outcomeText, predictionText, rankingScore, spreadText } from './PredictionQuestion';

export function ReportPredictions() {
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const answers = useStore(stores.predictions, (s) => s.answers);
  const off = useStore(stores.teacher, (s) => s.settings.questionsOff);
  const m = messages.lesson;
  if (scenario === null || answers === null) return null;
  const questions = questionsOn(predictionQuestions(localizedScenarioText(scenario, locale)), off);
  if (questions.length === 0) return null;
  return (
    <section class="report-predictions" aria-labelledby="report-predictions-title">
      <h2 id="report-predictions-title">{m.reportTitle}</h2>
      <ol>
        {questions.map((question) => {
          const answer = answers.answers.find((a) => a.question === question.id);
          if (answer === undefined) return null;
          const score = rankingScore(question, answer);
          return (
            <li key={question.id} data-question={question.id}>
              <p class="report-prediction-question">{question.text}</p>
              <dl>
                <dt>{m.prediction}</dt>
                <dd>{predictionText(question, answer)}</dd>
                <dt>
                  {answer.outcome
                    ? m.thisRun(answer.outcome.seed, answer.outcome.day)
                    : m.thisRunPending(question.answer.day)}
                </dt>
                <dd>
                  {answer.outcome ? outcomeText(question, answer.outcome.values) : '—'}
                  {score !== null && <> ({score})</>}
                </dd>
                <dt>{m.acrossSeeds(answer.spread?.[0]?.seeds.length ?? 20)}</dt>
                <dd>{answer.spread ? spreadText(question, answer.spread) : '—'}</dd>
                <dt>{m.why}</dt>
                <dd class="report-prediction-why">{answer.explanation || '—'}</dd>
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
