/**
 * What rule/list conditions (expression.ts) and goal conditions (goalExpression.ts) share: the same
 * CEL interpreter (@marcbachmann/cel-js, no eval), the same mixed number arithmetic, and the same way
 * of checking, reporting and compiling an expression that must be true or false. Only the variables
 * differ, so each caller builds its own Environment and hands it here.
 */
import type { Context, Environment } from '@marcbachmann/cel-js';
import { conditionCost, type ConditionMeter } from './conditionCost';

/** A problem in a condition, with the character offset it starts at. */
export interface ExpressionProblem {
  message: string;
  offset: number;
  /** 'cost': a valid condition over the cost bound (conditionCost.ts). */
  kind?: 'cost';
}

/** env with mixed double/int arithmetic added, so `person.age + 1` works as a reader expects. */
export function withMixedArithmetic(env: Environment): Environment {
  let mixed = env;
  for (const op of ['+', '-', '*', '/'] as const) {
    const apply = (a: number, b: number): number =>
      op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
    mixed = mixed
      .registerOperator(`double ${op} int`, (a: number, b: bigint) => apply(a, Number(b)))
      .registerOperator(`int ${op} double`, (a: bigint, b: number) => apply(Number(a), b));
  }
  return mixed;
}

interface CelError {
  message?: string;
  summary?: string;
  range?: { start: number; end: number };
}

function problemOf(error: unknown): ExpressionProblem {
  const e = error as CelError;
  const message = e.summary ?? (e.message ?? String(error)).split('\n')[0];
  return { message, offset: e.range?.start ?? 0 };
}

/** Check `text` in env: null when it is valid and yields true/false, else the problem and where it starts; `what` names it ("a condition", "a goal"). */
export function checkBoolean(
  env: Environment,
  text: string,
  what: string,
): ExpressionProblem | null {
  try {
    env.parse(text);
  } catch (error) {
    return problemOf(error);
  }
  const checked = env.check(text);
  if (!checked.valid) return problemOf(checked.error);
  if (checked.type !== 'bool') {
    return {
      message: `${what} must be true or false, but this gives a ${String(checked.type)}`,
      offset: 0,
    };
  }
  const cost = conditionCost(env.parse(text).ast);
  if ('message' in cost) return { ...cost, kind: 'cost' };
  return null;
}

/**
 * Compile `text` once; throws an Error at `where` naming the problem when it is invalid. With a
 * `meter`, every evaluation is charged its worst-case steps first (the engine's day budget).
 */
export function compileBoolean(
  env: Environment,
  text: string,
  what: string,
  where: string,
  meter?: ConditionMeter,
): (context: Context) => boolean {
  const problem = checkBoolean(env, text, what);
  if (problem)
    throw new Error(
      `${where}: ${problem.message} (at character ${problem.offset + 1} of "${text}")`,
    );
  const evaluate = env.parse(text);
  const cost = conditionCost(evaluate.ast);
  const steps = 'steps' in cost ? cost.steps : 0;
  // An expression that fails at run time (a missing value, a misspelt service key) counts as not met
  // rather than stopping the run; only the day budget stops it.
  return (context) => {
    meter?.charge(steps, where);
    try {
      return evaluate(context) === true;
    } catch {
      return false;
    }
  };
}
