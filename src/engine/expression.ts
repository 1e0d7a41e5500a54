/**
 * Conditions in CEL (Common Expression Language) via @marcbachmann/cel-js: a safe, non-Turing-complete
 * interpreter (no eval). Numbers are doubles so scenario authors never meet BigInt; `int` literals mix
 * freely with them through the operators registered below.
 *
 * Variables: `person` {age, income, score, grade, occupation, district, listed, children, debts, fear},
 * `record` {count30, count365, total} (records of the triggering behaviour for a rule, of the list's
 * behaviours for a list), and for rules only `event` {behaviour, source}.
 */
import { Environment } from '@marcbachmann/cel-js';

/** Where a condition is used: rules see the triggering event, list conditions do not. */
export type ConditionKind = 'rule' | 'list';

/** The person a condition is evaluated for (a business's owner, with the business's score). */
export class PersonVars {
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
}

/** Counts of (retained) records of the relevant behaviour(s). */
export class RecordVars {
  count30 = 0;
  count365 = 0;
  total = 0;
}

/** The event that triggered a rule. */
export class EventVars {
  behaviour = '';
  source = '';
}

/** The variables of one evaluation; the engine reuses one instance and refills it. */
export interface ConditionContext {
  person: PersonVars;
  record: RecordVars;
  event: EventVars;
}

/** A compiled condition. */
export type Condition = (ctx: ConditionContext) => boolean;

/** A problem in a condition, with the character offset it starts at. */
export interface ExpressionProblem {
  message: string;
  offset: number;
}

const PERSON_FIELDS = {
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
} as const;
const RECORD_FIELDS = { count30: 'double', count365: 'double', total: 'double' } as const;
const EVENT_FIELDS = { behaviour: 'string', source: 'string' } as const;

const toNumber = (v: number | bigint): number => Number(v);

function baseEnvironment(): Environment {
  let env = new Environment()
    .registerType('Person', { ctor: PersonVars, fields: PERSON_FIELDS })
    .registerType('Record', { ctor: RecordVars, fields: RECORD_FIELDS })
    .registerType('Event', { ctor: EventVars, fields: EVENT_FIELDS })
    .registerVariable('person', 'Person')
    .registerVariable('record', 'Record');
  // Mixed double/int arithmetic, so `person.age + 1` works as a reader expects.
  for (const op of ['+', '-', '*', '/'] as const) {
    const apply = (a: number, b: number): number =>
      op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
    env = env
      .registerOperator(`double ${op} int`, (a: number, b: bigint) => apply(a, toNumber(b)))
      .registerOperator(`int ${op} double`, (a: bigint, b: number) => apply(toNumber(a), b));
  }
  return env;
}

let environments: Record<ConditionKind, Environment> | undefined;

function environment(kind: ConditionKind): Environment {
  if (!environments) {
    const list = baseEnvironment();
    const rule = list.clone().registerVariable('event', 'Event');
    environments = { rule, list };
  }
  return environments[kind];
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

/** Check a condition: null when it is valid and yields true/false, else the problem and where it starts. */
export function checkExpression(text: string, kind: ConditionKind): ExpressionProblem | null {
  const env = environment(kind);
  try {
    env.parse(text);
  } catch (error) {
    return problemOf(error);
  }
  const checked = env.check(text);
  if (!checked.valid) return problemOf(checked.error);
  if (checked.type !== 'bool') {
    return {
      message: `a condition must be true or false, but this gives a ${String(checked.type)}`,
      offset: 0,
    };
  }
  return null;
}

/** Compile a condition once; throws an Error naming the problem when it is invalid. */
export function compileCondition(text: string, kind: ConditionKind, where: string): Condition {
  const problem = checkExpression(text, kind);
  if (problem)
    throw new Error(
      `${where}: ${problem.message} (at character ${problem.offset + 1} of "${text}")`,
    );
  const evaluate = environment(kind).parse(text);
  // A condition that fails at run time (e.g. a missing value) counts as not met rather than stopping the run.
  return (ctx) => {
    try {
      return evaluate(ctx) === true;
    } catch {
      return false;
    }
  };
}
