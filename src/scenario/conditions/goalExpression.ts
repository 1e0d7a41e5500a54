/**
 * Goal conditions in CEL: the same interpreter as rule conditions, with one variable, `person`, the
 * protagonist as rules see them plus what happened to them in this run (GoalVars). Kept apart from
 * src/engine/roles/goals.ts so the scenario loader can check goals without the rest of the engine.
 */
import { Environment } from '@marcbachmann/cel-js';
import {
  checkBoolean,
  compileBoolean,
  withMixedArithmetic,
  type ExpressionProblem,
} from './celBoolean';
import { PERSON_FIELDS, PersonVars } from './expression';

/** What a goal condition sees as `person`: what rules see, plus this run's counts. */
export class GoalVars extends PersonVars {
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
  ...PERSON_FIELDS,
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
  goalEnvironment ??= withMixedArithmetic(
    new Environment()
      .registerType('Protagonist', { ctor: GoalVars, fields: GOAL_FIELDS })
      .registerVariable('person', 'Protagonist'),
  );
  return goalEnvironment;
}

/** Check a goal condition: null when valid and true/false, else the problem and where it starts. */
export function checkGoalExpression(text: string): ExpressionProblem | null {
  return checkBoolean(environment(), text, 'a goal');
}

/** A compiled goal condition. */
export type GoalCondition = (vars: GoalVars) => boolean;

/** Compile a goal condition once; throws an Error naming the problem when it is invalid. */
export function compileGoal(text: string, where: string): GoalCondition {
  const met = compileBoolean(environment(), text, 'a goal', where);
  return (vars) => met({ person: vars });
}
