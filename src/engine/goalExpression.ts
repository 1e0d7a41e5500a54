/**
 * Goal conditions in CEL: the same interpreter as rule conditions, with one variable, `person`, the
 * protagonist as rules see them plus what happened to them in this run (GoalVars). Kept apart from
 * goals.ts so the scenario loader can check goals without the rest of the engine.
 */
import { Environment } from '@marcbachmann/cel-js';
import type { ExpressionProblem } from './expression';

/** What a goal condition sees as `person`. */
export class GoalVars {
  age = 0;
  income = 0;
  score = 0;
  grade = '';
  occupation = '';
  district = '';
  listed = false;
  children = 0;
  debts = 0;
  fear = 0;
  day = 0;
  /** True acts in this run, by behaviour id. */
  acts = new Map<string, number>();
  /** Services used (not refused), by service. */
  used = new Map<string, number>();
  /** Services refused, by service. */
  refused = new Map<string, number>();
  tripsTaken = 0;
  refusals = 0;
  everListed = false;
  knowsListed = false;
  appealsFiled = 0;
  appealsGranted = 0;
  appealsDenied = 0;
  debtsSettled = 0;
  apologiesAccepted = 0;
  apologiesRejected = 0;
}

const GOAL_FIELDS = {
  age: 'double',
  income: 'double',
  score: 'double',
  grade: 'string',
  occupation: 'string',
  district: 'string',
  listed: 'bool',
  children: 'double',
  debts: 'double',
  fear: 'double',
  day: 'double',
  acts: 'map<string, double>',
  used: 'map<string, double>',
  refused: 'map<string, double>',
  tripsTaken: 'double',
  refusals: 'double',
  everListed: 'bool',
  knowsListed: 'bool',
  appealsFiled: 'double',
  appealsGranted: 'double',
  appealsDenied: 'double',
  debtsSettled: 'double',
  apologiesAccepted: 'double',
  apologiesRejected: 'double',
} as const;

let goalEnvironment: Environment | undefined;

function environment(): Environment {
  if (!goalEnvironment) {
    let env = new Environment()
      .registerType('Protagonist', { ctor: GoalVars, fields: GOAL_FIELDS })
      .registerVariable('person', 'Protagonist');
    // Mixed double/int arithmetic, as in rule conditions.
    for (const op of ['+', '-', '*', '/'] as const) {
      const apply = (a: number, b: number): number =>
        op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
      env = env
        .registerOperator(`double ${op} int`, (a: number, b: bigint) => apply(a, Number(b)))
        .registerOperator(`int ${op} double`, (a: bigint, b: number) => apply(Number(a), b));
    }
    goalEnvironment = env;
  }
  return goalEnvironment;
}

interface CelError {
  message?: string;
  summary?: string;
  range?: { start: number; end: number };
}

const problemOf = (error: unknown): ExpressionProblem => {
  const e = error as CelError;
  return {
    message: e.summary ?? (e.message ?? String(error)).split('\n')[0],
    offset: e.range?.start ?? 0,
  };
};

/** Check a goal condition: null when valid and true/false, else the problem and where it starts. */
export function checkGoalExpression(text: string): ExpressionProblem | null {
  const env = environment();
  try {
    env.parse(text);
  } catch (error) {
    return problemOf(error);
  }
  const checked = env.check(text);
  if (!checked.valid) return problemOf(checked.error);
  if (checked.type !== 'bool')
    return {
      message: `a goal must be true or false, but this gives a ${String(checked.type)}`,
      offset: 0,
    };
  return null;
}

/** A compiled goal condition. */
export type GoalCondition = (vars: GoalVars) => boolean;

/** Compile a goal condition once; throws an Error naming the problem when it is invalid. */
export function compileGoal(text: string, where: string): GoalCondition {
  const problem = checkGoalExpression(text);
  if (problem)
    throw new Error(
      `${where}: ${problem.message} (at character ${problem.offset + 1} of "${text}")`,
    );
  const evaluate = environment().parse(text);
  // A key the condition names that does not exist (a misspelt service) counts as not met.
  return (vars) => {
    try {
      return evaluate({ person: vars }) === true;
    } catch {
      return false;
    }
  };
}
