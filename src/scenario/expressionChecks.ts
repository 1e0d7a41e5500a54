/**
 * Checks every condition (`rules[].when`, `lists[].entry.when`) with the engine's own expression
 * environment, so what loads is exactly what runs. A problem points at the offending character.
 */
import {
  checkExpression,
  EventVars,
  PersonVars,
  RecordVars,
  type ConditionKind,
} from './conditions/expression';
import { checkGoalExpression, GoalVars } from './conditions/goalExpression';
import type { Finding } from './finding';
import type { RuleSet, Scenario } from './schema';
import { closestMatch } from './suggest';

/** Problems in the conditions of the scenario's rule set and of each variant. */
export function expressionFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const check = (path: PropertyKey[], text: string | undefined, kind: ConditionKind) => {
    if (text === undefined) return;
    const problem = checkExpression(text, kind);
    if (problem) {
      findings.push({
        path,
        message:
          problem.kind === 'cost'
            ? `expected a condition within the cost limit, found ${problem.message}`
            : `expected a condition that is true or false, found ${explain(problem.message, kind)}`,
        severity: 'error',
        offset: problem.offset,
      });
    }
  };
  const checkRuleSet = (at: PropertyKey[], ruleset: RuleSet) => {
    ruleset.rules.forEach((rule, i) => check([...at, 'rules', i, 'when'], rule.when, 'rule'));
    ruleset.lists.forEach((list, i) =>
      check([...at, 'lists', i, 'entry', 'when'], list.entry.when, 'list'),
    );
  };
  checkRuleSet(['ruleset'], scenario.ruleset);
  scenario.variants.forEach((variant, i) =>
    checkRuleSet(['variants', i, 'ruleset'], variant.ruleset),
  );
  (scenario.roles.citizen?.protagonists ?? []).forEach((p, i) =>
    p.goals.forEach((goal, j) => {
      const problem = checkGoalExpression(goal.when);
      if (problem)
        findings.push({
          path: ['roles', 'citizen', 'protagonists', i, 'goals', j, 'when'],
          message:
            problem.kind === 'cost'
              ? `expected a goal condition within the cost limit, found ${problem.message}`
              : `expected a goal condition that is true or false, found ${explainGoal(problem.message)}`,
          severity: 'error',
          offset: problem.offset,
        });
    }),
  );
  return findings;
}

const FIELDS = [
  ...Object.keys(new PersonVars()),
  ...Object.keys(new RecordVars()),
  ...Object.keys(new EventVars()),
];

/** The interpreter's message in plain words, with a suggestion for a misspelt name. */
function explain(message: string, kind: ConditionKind): string {
  const variables = kind === 'rule' ? ['person', 'record', 'event'] : ['person', 'record'];
  const unknownKey = /^No such key: (\w+)/.exec(message);
  if (unknownKey) return `an unknown field "${unknownKey[1]}"${suggestion(unknownKey[1], FIELDS)}`;
  const unknownVariable = /^Unknown variable: (\w+)/.exec(message);
  if (unknownVariable) {
    const name = unknownVariable[1];
    const hint =
      name === 'event' && kind === 'list'
        ? ' (list conditions have no triggering event; use person and record)'
        : suggestion(name, variables) || ` (variables here: ${variables.join(', ')})`;
    return `an unknown variable "${name}"${hint}`;
  }
  if (message.startsWith('Unexpected token: EOF')) {
    return 'a condition that ends too early (something is missing at the end)';
  }
  return `an error: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const guess = closestMatch(word, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

const GOAL_FIELDS = Object.keys(new GoalVars());

/** A goal interpreter message in plain words (goals see only `person`, with the run's counts). */
function explainGoal(message: string): string {
  const unknownKey = /^No such key: (\w+)/.exec(message);
  if (unknownKey)
    return `an unknown field "${unknownKey[1]}"${suggestion(unknownKey[1], GOAL_FIELDS)}`;
  const unknownVariable = /^Unknown variable: (\w+)/.exec(message);
  if (unknownVariable)
    return `an unknown variable "${unknownVariable[1]}" (a goal sees only person)`;
  return explain(message, 'list');
}
