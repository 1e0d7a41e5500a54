/**
 * The predictions part of a hand-in: the scenario's questions as the student read them (texts in
 * the page's language) and the student's answers from the prediction store (predictionStore.ts),
 * each with what their run gave on the reveal day and the spread across seeds they were shown.
 */
import type { HandInAnswer, HandInQuestion } from '../../export/handIn';
import { predictionQuestions } from '../../export/lesson/questions';
import { localizedScenarioText } from '../../scenario/localizedText';
import type { TownStores } from '../../store/townStores';
import { locale } from '../strings';

export function lessonPredictions(stores: TownStores): {
  questions: HandInQuestion[];
  answers: HandInAnswer[];
} {
  const scenario = stores.session.getState().scenario;
  const saved = stores.predictions.getState().answers;
  if (scenario === null) return { questions: [], answers: [] };
  const asked = predictionQuestions(localizedScenarioText(scenario, locale));
  const questions: HandInQuestion[] = asked.map((q) => ({
    id: q.id,
    text: q.text.slice(0, 2_000),
    kind: q.kind,
    options:
      q.kind === 'choice'
        ? (q.answer.choices ?? []).map((c) => ({ id: c.id, label: c.label, upTo: c.upTo ?? null }))
        : q.kind === 'ranking'
          ? (q.answer.rank ?? []).map((r) => ({ id: r.id, label: r.label, upTo: null }))
          : [],
    unit: q.answer.unit ? q.answer.unit.slice(0, 40) : null,
  }));
  const answers: HandInAnswer[] =
    saved === null || saved.scenario.hash !== stores.session.getState().hash
      ? []
      : saved.answers
          .filter((a) => questions.some((q) => q.id === a.question))
          .map((a) => ({
            question: a.question,
            kind: a.kind,
            prediction: a.prediction,
            observed: a.outcome?.values ?? null,
            spread: a.spread,
            explanation: a.explanation,
          }));
  return { questions, answers };
}
