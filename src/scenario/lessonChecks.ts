/**
 * Checks on the story's prediction questions (`intro[].answer`): each has a question to answer,
 * one way to be answered (a number, a choice or a ranking), a reveal day within the run, a
 * plausible range that is a range, choices that go up, and an id no other question has.
 */
import { parseMetricExpression } from './claims/metricExpression';
import type { Finding } from './finding';
import type { Scenario } from './schema';

type Path = PropertyKey[];

/** The kind of answer a question takes, read from its fields. */
export type AnswerKind = 'number' | 'choice' | 'ranking';

/** A question's kind: a ranking when it ranks items, a choice when it has choices, else a number. */
export function answerKind(answer: { rank?: unknown; choices?: unknown }): AnswerKind {
  if (answer.rank !== undefined) return 'ranking';
  if (answer.choices !== undefined) return 'choice';
  return 'number';
}

/** Every problem with the prediction questions of `scenario`. */
export function lessonFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const error = (path: Path, message: string, offset?: number) =>
    findings.push({ path, message, severity: 'error', offset });
  // Whether the names exist is checked when the figures run (the engine knows them), as for claims.
  const metric = (path: Path, text: string | undefined) => {
    if (text === undefined) return;
    const parsed = parseMetricExpression(text);
    if (!parsed.ok)
      error(
        path,
        `expected a metric expression, found ${parsed.problem.message}`,
        parsed.problem.offset,
      );
  };
  const seen = new Map<string, number>();
  scenario.intro.forEach((step, i) => {
    const answer = step.answer;
    if (answer === undefined) return;
    const at: Path = ['intro', i, 'answer'];
    if (step.predict === undefined)
      error(at, 'expected a `predict` question on the same step, found an answer without one');
    const first = seen.get(answer.id);
    if (first !== undefined)
      error(
        [...at, 'id'],
        `expected an id no other question has, found "${answer.id}" again (intro ${first})`,
      );
    else seen.set(answer.id, i);
    if (answer.day > scenario.days)
      error(
        [...at, 'day'],
        `expected a reveal day within the run (1 to ${scenario.days}), found ${answer.day}`,
      );
    const kind = answerKind(answer);
    metric([...at, 'metric'], answer.metric);
    answer.rank?.forEach((item, r) => metric([...at, 'rank', r, 'metric'], item.metric));
    if (answer.rank !== undefined && answer.choices !== undefined)
      error([...at, 'choices'], 'expected either `choices` or `rank`, found both');
    if (kind === 'ranking') {
      if (answer.metric !== undefined)
        error([...at, 'metric'], 'expected no `metric` on a ranking (each item has its own)');
      uniqueItemIds([...at, 'rank'], answer.rank ?? [], error);
    } else if (answer.metric === undefined) {
      error(at, `expected a \`metric\` that answers the ${kind} question, found none`);
    }
    if (kind === 'number') {
      if (answer.min === undefined || answer.max === undefined)
        error(at, 'expected a plausible range `min` and `max` for a number answer, found none');
      else if (!(answer.min < answer.max))
        error([...at, 'max'], `expected max above min (${answer.min}), found ${answer.max}`);
    }
    if (kind === 'choice') {
      const choices = answer.choices ?? [];
      uniqueItemIds([...at, 'choices'], choices, error);
      choices.forEach((choice, c) => {
        const last = c === choices.length - 1;
        const here = [...at, 'choices', c];
        if (last && choice.upTo !== undefined)
          error([...here, 'upTo'], 'expected no `upTo` on the last choice (it takes the rest)');
        if (!last && choice.upTo === undefined)
          error(here, 'expected `upTo`, the largest value this choice stands for, found none');
        const before = choices[c - 1]?.upTo;
        if (choice.upTo !== undefined && before !== undefined && !(choice.upTo > before))
          error(
            [...here, 'upTo'],
            `expected a value above the choice before (${before}), found ${choice.upTo}`,
          );
      });
    }
  });
  return findings;
}

function uniqueItemIds(
  at: Path,
  items: readonly { id: string }[],
  error: (path: Path, message: string) => void,
): void {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) error([...at, i, 'id'], `expected a unique id, found "${item.id}" again`);
    ids.add(item.id);
  });
}
