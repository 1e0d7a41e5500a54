/**
 * One prediction question under its story step: the answer field (a number, a choice or a
 * ranking) until the run reaches the question's day; then the prediction locked beside this run's
 * figure and the same figure across seeds, and a "why?" field. Everything typed is plain text.
 */
import { useState } from 'preact/hooks';
import type { FigureSpread, PredictionAnswer } from '../../export/lesson/answers';
import {
  choiceFor,
  rankingFor,
  rankingMatches,
  type PredictionQuestion as Question,
} from '../../export/lesson/questions';
import type { PredictionRefusal } from '../../store/predictionActions';
import { isLocked } from '../../store/predictionActions';
import type { SpreadRun } from '../../store/predictionStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { formatFigure } from './formatFigure';
import './lesson.css';

export function PredictionQuestion(props: { question: Question }) {
  const { stores, predictions } = useApp();
  const { question } = props;
  const answer = useStore(stores.predictions, (s) =>
    s.answers?.answers.find((a) => a.question === question.id),
  );
  const spread = useStore(stores.predictions, (s) => s.spread);
  const day = useStore(stores.clock, (s) => s.day);
  const [problem, setProblem] = useState<string | null>(null);
  const m = messages.lesson;
  if (answer === undefined) return null;
  const locked = isLocked(answer) || day >= question.answer.day;
  const id = `prediction-${question.id}`;

  const take = (value: unknown) => {
    const result = predictions.predict(question.id, value);
    setProblem(result.ok ? null : refusalText(result.refusal));
  };

  return (
    <div class="prediction" data-question={question.id}>
      {locked ? (
        <Reveal question={question} answer={answer} spread={spread} />
      ) : (
        <fieldset class="prediction-answer">
          <legend class="visually-hidden">{m.prediction}</legend>
          {question.kind === 'number' && (
            <NumberAnswer id={id} question={question} answer={answer} onAnswer={take} />
          )}
          {question.kind === 'choice' && (
            <ChoiceAnswer id={id} question={question} answer={answer} onAnswer={take} />
          )}
          {question.kind === 'ranking' && (
            <RankingAnswer question={question} answer={answer} onAnswer={take} />
          )}
          <p class="muted small">{m.locksOn(question.answer.day)}</p>
          <p class="prediction-problem small" role="alert">
            {problem ?? ''}
          </p>
        </fieldset>
      )}
      {locked && (
        <label class="field prediction-why">
          <span>{m.why}</span>
          <textarea
            rows={3}
            maxLength={4000}
            value={answer.explanation}
            aria-describedby={`${id}-why-help`}
            onInput={(event) => {
              const result = predictions.explain(question.id, event.currentTarget.value);
              setProblem(result.ok ? null : refusalText(result.refusal));
            }}
          />
          <span id={`${id}-why-help`} class="muted small">
            {m.whyHelp}
          </span>
        </label>
      )}
    </div>
  );
}

function NumberAnswer(props: {
  id: string;
  question: Question;
  answer: PredictionAnswer;
  onAnswer: (value: unknown) => void;
}) {
  const { answer: def } = props.question;
  const m = messages.lesson;
  const min = formatFigure(def.min ?? 0, def.digits);
  const max = formatFigure(def.max ?? 0, def.digits);
  const saved = typeof props.answer.prediction === 'number' ? String(props.answer.prediction) : '';
  const [text, setText] = useState(saved);
  return (
    <div class="field">
      <label for={props.id}>{m.numberLabel(def.unit)}</label>
      <input
        id={props.id}
        type="number"
        inputMode="decimal"
        min={def.min}
        max={def.max}
        step={def.digits > 0 ? 10 ** -def.digits : 1}
        value={text}
        aria-describedby={`${props.id}-range`}
        onChange={(event) => {
          const raw = event.currentTarget.value.trim();
          setText(raw);
          props.onAnswer(raw === '' ? NaN : Number(raw));
        }}
      />
      <span id={`${props.id}-range`} class="muted small">
        {m.range(min, max)}
      </span>
    </div>
  );
}

function ChoiceAnswer(props: {
  id: string;
  question: Question;
  answer: PredictionAnswer;
  onAnswer: (value: unknown) => void;
}) {
  return (
    <div class="prediction-choices" role="radiogroup" aria-label={messages.lesson.prediction}>
      {(props.question.answer.choices ?? []).map((choice) => (
        <label key={choice.id} class="prediction-choice">
          <input
            type="radio"
            name={props.id}
            value={choice.id}
            checked={props.answer.prediction === choice.id}
            onChange={() => props.onAnswer(choice.id)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </div>
  );
}

function RankingAnswer(props: {
  question: Question;
  answer: PredictionAnswer;
  onAnswer: (value: unknown) => void;
}) {
  const m = messages.lesson;
  const items = props.question.answer.rank ?? [];
  const order = Array.isArray(props.answer.prediction)
    ? props.answer.prediction
    : items.map((item) => item.id);
  const label = (id: string) => items.find((item) => item.id === id)?.label ?? id;
  const move = (index: number, by: number) => {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    props.onAnswer(next);
  };
  return (
    <div>
      <p class="small">{m.rankHelp}</p>
      <ol class="prediction-ranking">
        {order.map((id, index) => (
          <li key={id}>
            <span>{label(id)}</span>
            <button
              type="button"
              class="button button-small"
              disabled={index === 0}
              aria-label={m.moveUp(label(id))}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="button button-small"
              disabled={index === order.length - 1}
              aria-label={m.moveDown(label(id))}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The prediction beside this run's figure and the figure across seeds. */
export function Reveal(props: { question: Question; answer: PredictionAnswer; spread: SpreadRun }) {
  const { question, answer } = props;
  const m = messages.lesson;
  const def = question.answer;
  const values = answer.outcome?.values ?? [];
  const saved = answer.spread;
  return (
    <div class="prediction-reveal">
      <p class="small muted">
        {answer.lockedDay !== null ? m.lockedOn(answer.lockedDay) : m.locksOn(def.day)}
      </p>
      <dl class="prediction-figures">
        <div>
          <dt>{m.prediction}</dt>
          <dd>{predictionText(question, answer)}</dd>
        </div>
        {answer.outcome !== null && (
          <div>
            <dt>{m.thisRun(answer.outcome.seed, answer.outcome.day)}</dt>
            <dd>{outcomeText(question, values)}</dd>
          </div>
        )}
        <div>
          <dt>{m.acrossSeeds(saved?.[0]?.seeds.length ?? 20)}</dt>
          <dd>
            {saved !== null ? (
              spreadText(question, saved)
            ) : props.spread.status === 'running' ? (
              <span role="status">
                <progress
                  max={props.spread.total}
                  value={props.spread.done}
                  aria-label={m.computing(props.spread.done, props.spread.total)}
                />{' '}
                {m.computing(props.spread.done, props.spread.total)}
              </span>
            ) : props.spread.status === 'failed' ? (
              <span role="alert">{m.spreadFailed(props.spread.message)}</span>
            ) : (
              '…'
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** The student's prediction in words. */
export function predictionText(question: Question, answer: PredictionAnswer): string {
  const p = answer.prediction;
  const m = messages.lesson;
  if (p === null) return m.notAnswered;
  if (typeof p === 'number') return withUnit(formatFigure(p, question.answer.digits), question);
  if (typeof p === 'string') return question.answer.choices?.find((c) => c.id === p)?.label ?? p;
  const items = question.answer.rank ?? [];
  return p.map((id, i) => `${i + 1}. ${items.find((x) => x.id === id)?.label ?? id}`).join('\n');
}

/** This run's figure in words: a number, the choice it falls in, or the items' order. */
export function outcomeText(question: Question, values: readonly (number | null)[]): string {
  const m = messages.lesson;
  const numbers = values.map((v) => v ?? NaN);
  if (question.kind === 'ranking') {
    const items = question.answer.rank ?? [];
    const { order, rank } = rankingFor(question, numbers);
    return order
      .map((id) => {
        const v = numbers[items.findIndex((x) => x.id === id)];
        return `${rank[id]}. ${items.find((x) => x.id === id)?.label ?? id} (${figure(v, 0)})`;
      })
      .join('\n');
  }
  const v = numbers[0] ?? NaN;
  const text = withUnit(figure(v, question.answer.digits), question);
  if (question.kind !== 'choice') return text;
  const choice = choiceFor(question, v);
  const label = question.answer.choices?.find((c) => c.id === choice)?.label;
  return label === undefined ? text : `${text}: ${m.inChoice(label)}`;
}

/** The figure across seeds: median and range (per item for a ranking). */
export function spreadText(question: Question, spread: readonly FigureSpread[]): string {
  const m = messages.lesson;
  const one = (s: FigureSpread, digits: number) =>
    m.spread(figure(s.median, digits), figure(s.min, digits), figure(s.max, digits));
  if (question.kind === 'ranking') {
    const items = question.answer.rank ?? [];
    return spread.map((s, i) => `${items[i]?.label ?? ''}: ${one(s, 0)}`).join('\n');
  }
  const s = spread[0];
  return s === undefined ? '' : withUnit(one(s, question.answer.digits), question);
}

/** How many ranked items the student put where this run put them. */
export function rankingScore(question: Question, answer: PredictionAnswer): string | null {
  if (question.kind !== 'ranking' || !Array.isArray(answer.prediction) || answer.outcome === null)
    return null;
  const values = answer.outcome.values.map((v) => v ?? NaN);
  const count = rankingMatches(question, answer.prediction, values);
  return messages.lesson.rankMatches(count, question.answer.rank?.length ?? 0);
}

const figure = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? messages.lesson.noValue
    : formatFigure(value, digits);

const withUnit = (text: string, question: Question) =>
  question.answer.unit ? `${text} ${question.answer.unit}` : text;

/** A refusal in the page's language. */
export function refusalText(refusal: PredictionRefusal): string {
  const r = messages.lesson.refusal;
  switch (refusal.kind) {
    case 'noScenario':
      return r.noScenario;
    case 'unknownQuestion':
      return r.unknownQuestion(refusal.id);
    case 'switchedOff':
      return r.switchedOff(refusal.id);
    case 'locked':
      return r.locked(refusal.day);
    case 'notRevealed':
      return r.notRevealed(refusal.day);
    case 'tooLong':
      return r.tooLong(refusal.max);
    case 'notText':
      return r.notText;
    case 'invalid': {
      const p = refusal.problem;
      if (p.kind === 'notANumber') return r.notANumber;
      if (p.kind === 'outOfRange')
        return r.outOfRange(formatFigure(p.min, 3), formatFigure(p.max, 3));
      if (p.kind === 'unknownChoice') return r.unknownChoice;
      return r.notARanking;
    }
  }
}
