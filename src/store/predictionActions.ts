/**
 * What the student does with predictions: the scenario's questions (`intro[].answer`) answered before the run
 * reaches their reveal day, locked from that day on, revealed beside this run's figures and the
 * same figures across seeds, then explained. Everything is kept as one LessonAnswers (the type
 * the report prints, the JSON export carries and a student hands in), saved in this browser per
 * scenario file so a reload keeps it. A lesson link can switch questions off.
 */
import {
  ANSWER_LIMITS,
  LESSON_ANSWERS_VERSION,
  readLessonAnswers,
  type FigureSpread,
  type LessonAnswers,
  type PredictionAnswer,
} from '../export/lesson/answers';
import {
  answerProblem,
  predictionQuestions,
  type AnswerProblem,
  type PredictionQuestion,
} from '../export/lesson/questions';
import type { FigureStats } from '../scenario/claims/claimStats';
import { claimSeeds } from '../scenario/claims/claimStats';
import { evaluateMetric } from '../scenario/claims/metricExpression';
import type { Scenario } from '../scenario/schema';
import type { KeyValueStorage } from './progressStorage';
import { pushNotice } from './sessionStore';
import { readStored, setAside } from './storageGuard';
import { ANSWER_KEY_SEEDS, PREDICTIONS_KEY } from './predictionStore';
import type { TownStores } from './townStores';

/** Why a prediction or explanation was not taken, as data (the interface words it). */
export type PredictionRefusal =
  | { kind: 'noScenario' }
  | { kind: 'unknownQuestion'; id: string }
  | { kind: 'switchedOff'; id: string }
  | { kind: 'locked'; id: string; day: number }
  | { kind: 'notRevealed'; id: string; day: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'notText' }
  | { kind: 'invalid'; problem: AnswerProblem };

export type PredictionResult = { ok: true } | { ok: false; refusal: PredictionRefusal };

/** Computes figures across seeds off the page's thread (a worker in the app, in-process in tests). */
export type SpreadRunner = (
  scenario: Scenario,
  requests: { id: string; metric: string; day: number }[],
  seeds: number[],
  onProgress: (done: number, total: number) => void,
) => Promise<Record<string, FigureStats>>;

export interface PredictionActions {
  /** Records a prediction; refused once its question is locked, off, or the value does not fit. */
  predict(questionId: string, value: unknown): PredictionResult;
  /** Records the "why?" of a revealed question (plain text). */
  explain(questionId: string, text: string): PredictionResult;
  /** Starts computing the figures across seeds, if not done for this scenario. */
  computeSpread(): Promise<void>;
  /** The questions of the open scenario in English (ids, kinds, days; texts for the API). */
  questions(): PredictionQuestion[];
  dispose(): void;
}

/** The questions of a scenario that a lesson has not switched off. */
export function questionsOn(questions: PredictionQuestion[], off: readonly string[]) {
  return questions.filter((q) => !off.includes(q.id));
}

/** True when the question's prediction can no longer change. */
export function isLocked(answer: PredictionAnswer | undefined): boolean {
  return answer?.lockedDay !== null && answer?.lockedDay !== undefined;
}

/** A question's spread as saved with the answers: one per figure, from the stats. */
export function spreadOf(
  question: PredictionQuestion,
  figures: Record<string, FigureStats>,
): FigureSpread[] | null {
  const stats = question.figures.map((f) => figures[f.id]);
  if (stats.some((s) => s === undefined)) return null;
  return stats.map((s) => ({
    median: finite(s.median),
    min: finite(s.min),
    max: finite(s.max),
    seeds: s.seeds,
  }));
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/** The requests for every figure of every question, each read on its question's reveal day. */
export function spreadRequests(questions: PredictionQuestion[]) {
  return questions.flatMap((q) => q.figures.map((f) => ({ ...f, day: q.answer.day })));
}

/**
 * The prediction actions over the stores: reads the open scenario from the session, locks and
 * reveals as the clock passes each question's day, saves to `storage`.
 */
export function createPredictionActions(
  stores: TownStores,
  deps: { storage: KeyValueStorage | null; runSpread: SpreadRunner; now?: () => number },
): PredictionActions {
  const store = stores.predictions;
  let questionsCache: { scenario: Scenario; questions: PredictionQuestion[] } | null = null;
  const questions = (): PredictionQuestion[] => {
    const scenario = stores.session.getState().scenario;
    if (scenario === null) return [];
    if (questionsCache?.scenario !== scenario)
      questionsCache = { scenario, questions: predictionQuestions(scenario) };
    return questionsCache.questions;
  };
  const off = () => stores.teacher.getState().settings.questionsOff;

  const save = () => {
    const { answers, fileName } = store.getState();
    if (deps.storage === null || answers === null || fileName === null) return;
    try {
      deps.storage.setItem(`${PREDICTIONS_KEY}.${fileName}`, JSON.stringify(answers));
    } catch {
      pushNotice(stores.session, { kind: 'saveFailed' });
    }
  };

  const update = (id: string, change: (answer: PredictionAnswer) => PredictionAnswer) => {
    const answers = store.getState().answers;
    if (answers === null) return;
    store.setState({
      answers: {
        ...answers,
        answers: answers.answers.map((a) => (a.question === id ? change(a) : a)),
      },
    });
    save();
  };

  /** A fresh answer sheet for the scenario, or the saved one when it is for the same scenario. */
  const open = () => {
    const { scenario, source, hash, seed } = stores.session.getState();
    if (scenario === null || source === null) return;
    const fileName = source.fileName;
    const current = store.getState();
    if (current.fileName === fileName && current.answers?.scenario.id === scenario.id) {
      if (current.answers.scenario.hash !== hash || current.answers.seed !== seed)
        store.setState({
          answers: { ...current.answers, scenario: { ...current.answers.scenario, hash }, seed },
        });
      sync();
      return;
    }
    const saved = readSaved(fileName);
    const sheet = freshSheet(scenario, hash, seed, questions());
    const answers = {
      ...(saved !== null && saved.scenario.id === scenario.id ? merge(sheet, saved) : sheet),
      questionsOff: [...off()],
    };
    store.setState({ answers, fileName, spread: { status: 'idle' } });
    sync();
  };

  const readSaved = (fileName: string): LessonAnswers | null => {
    if (deps.storage === null) return null;
    const key = `${PREDICTIONS_KEY}.${fileName}`;
    const raw = readStored(deps.storage, key);
    if (raw === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      data = undefined;
    }
    const read = readLessonAnswers(data);
    if (read.ok) return read.answers;
    // Guarded: with storage full the entry stays in place (and the notice says so).
    const aside = setAside(deps.storage, key, raw, deps.now?.() ?? 0);
    pushNotice(stores.session, {
      kind: 'progressSetAside',
      reason: `predictions: ${data === undefined ? 'it is not valid JSON' : read.reason}`,
      key: aside.key,
      moved: aside.moved,
    });
    return null;
  };

  /** Locks every question whose day the run has reached, with this run's figures. */
  const sync = () => {
    const answers = store.getState().answers;
    if (answers === null) return;
    const day = stores.clock.getState().day;
    const town = stores.town.getState();
    const { seed } = stores.session.getState();
    // Days the town's series cover: a question is revealed once its day has arrived in them.
    const lengths = Object.values(town.metrics).map((v) => v.length);
    const covered = lengths.length === 0 ? 0 : Math.min(day, ...lengths);
    let changed = false;
    const next = answers.answers.map((answer) => {
      const question = questions().find((q) => q.id === answer.question);
      if (question === undefined || isLocked(answer) || covered < question.answer.day)
        return answer;
      changed = true;
      const values = question.figures.map((f) => {
        try {
          const value = evaluateMetric(f.metric, town.metrics, question.answer.day, {
            people: town.peopleNames.length,
            businesses: town.businessNames.length,
          });
          return Number.isFinite(value) ? value : null;
        } catch {
          return null;
        }
      });
      return {
        ...answer,
        lockedDay: day,
        outcome: { seed, day: question.answer.day, values },
      };
    });
    if (!changed) return;
    store.setState({ answers: { ...answers, answers: next } });
    save();
    void computeSpread();
  };

  const computeSpread = async () => {
    const { scenario, hash } = stores.session.getState();
    const spread = store.getState().spread;
    if (scenario === null || spread.status === 'running') return;
    if (spread.status === 'done' && spread.hash === hash) return;
    const all = questions();
    if (all.length === 0) return;
    const seeds = claimSeeds(scenario.seed, ANSWER_KEY_SEEDS);
    store.setState({ spread: { status: 'running', done: 0, total: seeds.length } });
    try {
      const figures = await deps.runSpread(scenario, spreadRequests(all), seeds, (done, total) =>
        store.setState({ spread: { status: 'running', done, total } }),
      );
      if (stores.session.getState().hash !== hash) {
        store.setState({ spread: { status: 'idle' } });
        return;
      }
      store.setState({ spread: { status: 'done', hash, figures } });
      const answers = store.getState().answers;
      if (answers !== null) {
        store.setState({
          answers: {
            ...answers,
            answers: answers.answers.map((a) => {
              const q = all.find((x) => x.id === a.question);
              return q === undefined ? a : { ...a, spread: spreadOf(q, figures) };
            }),
          },
        });
        save();
      }
    } catch (error) {
      store.setState({
        spread: {
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        },
      });
    }
  };

  const unsubscribers = [
    stores.session.subscribe((s, prev) => {
      if (s.scenario !== prev.scenario || s.hash !== prev.hash || s.seed !== prev.seed) open();
    }),
    stores.clock.subscribe((s, prev) => {
      if (s.day !== prev.day) sync();
    }),
    stores.town.subscribe((s, prev) => {
      if (s.metricsVersion !== prev.metricsVersion) sync();
    }),
    stores.teacher.subscribe((s, prev) => {
      if (s.settings.questionsOff !== prev.settings.questionsOff) {
        const answers = store.getState().answers;
        if (answers !== null)
          store.setState({ answers: { ...answers, questionsOff: [...s.settings.questionsOff] } });
      }
    }),
  ];
  open();

  /** The question, or why it cannot be answered now. */
  const find = (
    id: string,
  ): { question: PredictionQuestion; answer: PredictionAnswer | undefined } | PredictionRefusal => {
    const answers = store.getState().answers;
    if (answers === null) return { kind: 'noScenario' };
    const question = questions().find((q) => q.id === id);
    if (question === undefined) return { kind: 'unknownQuestion', id };
    if (off().includes(id)) return { kind: 'switchedOff', id };
    return { question, answer: answers.answers.find((a) => a.question === id) };
  };

  return {
    predict(questionId, value) {
      const found = find(questionId);
      if ('kind' in found) return { ok: false, refusal: found };
      const { question: q, answer } = found;
      const day = stores.clock.getState().day;
      if (isLocked(answer) || day >= q.answer.day)
        return { ok: false, refusal: { kind: 'locked', id: q.id, day: q.answer.day } };
      const problem = answerProblem(q, value);
      if (problem !== null) return { ok: false, refusal: { kind: 'invalid', problem } };
      update(q.id, (a) => ({
        ...a,
        prediction: Array.isArray(value) ? [...(value as string[])] : (value as number | string),
        answeredDay: day,
      }));
      return { ok: true };
    },

    explain(questionId, text) {
      const found = find(questionId);
      if ('kind' in found) return { ok: false, refusal: found };
      const { question: q, answer } = found;
      if (!isLocked(answer))
        return { ok: false, refusal: { kind: 'notRevealed', id: q.id, day: q.answer.day } };
      if (typeof text !== 'string') return { ok: false, refusal: { kind: 'notText' } };
      if (text.length > ANSWER_LIMITS.explanationChars)
        return { ok: false, refusal: { kind: 'tooLong', max: ANSWER_LIMITS.explanationChars } };
      update(q.id, (a) => ({ ...a, explanation: text }));
      return { ok: true };
    },

    computeSpread,
    questions,
    dispose() {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

function freshSheet(
  scenario: Scenario,
  hash: string,
  seed: number,
  questions: PredictionQuestion[],
): LessonAnswers {
  return {
    version: LESSON_ANSWERS_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash },
    seed,
    questionsOff: [],
    answers: questions.map((q) => ({
      question: q.id,
      kind: q.kind,
      prediction: null,
      answeredDay: null,
      lockedDay: null,
      explanation: '',
      outcome: null,
      spread: null,
    })),
  };
}

/** The saved answers laid over a fresh sheet: questions the scenario no longer asks are dropped. */
function merge(sheet: LessonAnswers, saved: LessonAnswers): LessonAnswers {
  return {
    ...sheet,
    answers: sheet.answers.map((fresh) => {
      const old = saved.answers.find((a) => a.question === fresh.question);
      return old !== undefined && old.kind === fresh.kind ? old : fresh;
    }),
  };
}
