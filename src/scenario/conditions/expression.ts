/**
 * Conditions in CEL (Common Expression Language) via @marcbachmann/cel-js: a safe, non-Turing-complete
 * interpreter (no eval). Numbers are doubles so scenario authors never meet BigInt; `int` literals mix
 * freely with them through the operators celBoolean.ts registers.
 *
 * Variables: `person` {age, income, score, grade, occupation, district, listed, children, debts, fear},
 * `record` {count30, count365, total} (records of the triggering behaviour for a rule, of the list's
 * behaviours for a list), and for rules only `event` {behaviour, source}.
 */
import { Environment, type ASTNode } from '@marcbachmann/cel-js';
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

/**
 * What a condition reads of its variables, found in its parsed form: the fields of each variable it
 * names (`person.age`), or null when it uses the variable otherwise (whole, or by index) and so may
 * read any field. The engine fills only what is read.
 */
export interface ConditionReads {
  person: ReadonlySet<string> | null;
  record: ReadonlySet<string> | null;
  event: ReadonlySet<string> | null;
}

/** A compiled condition, with what it reads. */
export type Condition = ((ctx: ConditionContext) => boolean) & { readonly reads: ConditionReads };

const VARIABLES = ['person', 'record', 'event'] as const;

/** Every node under `node` (itself included), any shape of args. */
function walk(node: ASTNode, visit: (node: ASTNode) => void): void {
  visit(node);
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object' && 'op' in value)
      walk(value as ASTNode, visit);
  };
  add(node.args);
}

/**
 * The fields of person, record and event that an expression can read. Sound by construction: any
 * mention of a variable that is not a plain field access (`person.age`) counts as reading all of
 * it; a comprehension variable that shadows a name only adds fields.
 */
export function conditionReads(ast: ASTNode): ConditionReads {
  const fields: Record<(typeof VARIABLES)[number], Set<string> | null> = {
    person: new Set(),
    record: new Set(),
    event: new Set(),
  };
  const selected = new Set<ASTNode>();
  walk(ast, (node) => {
    if (node.op !== '.') return;
    const [object, field] = node.args as [ASTNode, unknown];
    if (object.op !== 'id' || typeof field !== 'string') return;
    const name = object.args as unknown as string;
    if (!(VARIABLES as readonly string[]).includes(name)) return;
    selected.add(object);
    fields[name as (typeof VARIABLES)[number]]?.add(field);
  });
  walk(ast, (node) => {
    if (node.op !== 'id' || selected.has(node)) return;
    const name = node.args as unknown as string;
    if ((VARIABLES as readonly string[]).includes(name))
      fields[name as (typeof VARIABLES)[number]] = null;
  });
  return fields;
}

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
  const env = environment(kind);
  const evaluate = compileBoolean(env, text, 'a condition', where, meter);
  return Object.assign(evaluate, { reads: conditionReads(env.parse(text).ast) });
}
