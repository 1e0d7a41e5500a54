/**
 * Conditions in CEL (Common Expression Language) via @marcbachmann/cel-js: a safe, non-Turing-complete
 * interpreter (no eval). Numbers are doubles so scenario authors never meet BigInt; `int` literals mix
 * freely with them through the operators celBoolean.ts registers.
 *
 * Variables: `person` {age, income, score, grade, occupation, district, listed, children, debts, fear},
 * `record` {count30, count365, total} (records of the triggering behaviour for a rule, of the list's
 * behaviours for a list), and for rules only `event` {behaviour, source}.
 */
import { Environment } from '@marcbachmann/cel-js';
import {
  checkBoolean,
  compileBoolean,
  withMixedArithmetic,
  type ExpressionProblem,
} from './celBoolean';
import type { ConditionMeter } from './conditionCost';

export type { ExpressionProblem } from './celBoolean';

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

/** The CEL type of each PersonVars field (goal conditions extend it). */
export const PERSON_FIELDS = {
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

function baseEnvironment(): Environment {
  return withMixedArithmetic(
    new Environment()
      .registerType('Person', { ctor: PersonVars, fields: PERSON_FIELDS })
      .registerType('Record', { ctor: RecordVars, fields: RECORD_FIELDS })
      .registerType('Event', { ctor: EventVars, fields: EVENT_FIELDS })
      .registerVariable('person', 'Person')
      .registerVariable('record', 'Record'),
  );
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

/** Check a condition: null when it is valid and yields true/false, else the problem and where it starts. */
export function checkExpression(text: string, kind: ConditionKind): ExpressionProblem | null {
  return checkBoolean(environment(kind), text, 'a condition');
}

/** Compile a condition once; throws an Error naming the problem when it is invalid. `meter`: the run's day budget. */
export function compileCondition(
  text: string,
  kind: ConditionKind,
  where: string,
  meter?: ConditionMeter,
): Condition {
  return compileBoolean(environment(kind), text, 'a condition', where, meter);
}
