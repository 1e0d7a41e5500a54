/**
 * The cost bound on a condition, checked on the parsed expression (cel-js's own AST) before anything
 * runs. CEL has no loops, but comprehensions (`exists`, `all`, `exists_one`, `map`, `filter`) over
 * list literals nest multiplicatively — twelve nested `exists` over ten items is 10^12 steps — and
 * `matches` runs a backtracking regular expression that can take exponential time. So:
 *
 * - `matches` and `cel.bind` are refused (a binding can double a string at each level);
 * - a comprehension's list must have a size known from the text (a list or map literal, or `map`,
 *   `filter` or `+` of such lists) of at most CONDITION_LIMITS.listSize items;
 * - comprehensions nest at most CONDITION_LIMITS.nesting deep;
 * - the steps one evaluation can take (each node evaluated once, a comprehension's body once per
 *   item) are at most CONDITION_LIMITS.steps.
 *
 * The estimate is an upper bound on the work of one evaluation; the engine also counts it per day
 * (ConditionMeter), so many cheap evaluations cannot hang a run either.
 */
import type { ASTNode } from '@marcbachmann/cel-js';

export const CONDITION_LIMITS = {
  /** Comprehensions inside comprehensions. */
  nesting: 2,
  /** Items of a list a comprehension walks. */
  listSize: 100,
  /** Steps of one evaluation, at worst. */
  steps: 1_000,
  /** Steps of every condition evaluated on one day of a run, added up. */
  dayBudget: 10_000_000,
} as const;

/** A condition over the bound: what and where (character offset in the condition). */
export interface CostProblem {
  message: string;
  offset: number;
}

const COMPREHENSIONS = new Set(['exists', 'all', 'exists_one', 'map', 'filter']);

class Refused extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Cost {
  /** Worst-case steps of one evaluation. */
  steps: number;
  /** Items, when this is a list (or map) whose size the text fixes; undefined otherwise. */
  size?: number;
}

/** Child nodes of any node, in order. */
function children(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object' && 'op' in value)
      out.push(value as ASTNode);
  };
  add(node.args);
  return out;
}

/** 10000 as "10,000" (no Intl: the engine's messages must not depend on the locale). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The worst-case steps of one evaluation, or the first part of the condition over the bound.
 * `ast` comes from `Environment.parse(text).ast`.
 */
export function conditionCost(ast: ASTNode): { steps: number } | CostProblem {
  try {
    return { steps: cost(ast, 0).steps };
  } catch (error) {
    if (error instanceof Refused) return { message: error.message, offset: error.offset };
    throw error;
  }
}

function cost(node: ASTNode, depth: number): Cost {
  if (node.op === 'rcall' || node.op === 'call') {
    const name = node.args[0];
    if (name === 'matches')
      throw new Refused(
        'matches(), which is not allowed in a condition (a regular expression can take exponential time); use ==, startsWith, endsWith or contains',
        node.start,
      );
  }
  if (node.op === 'rcall') {
    const [name, receiver, args] = node.args;
    if (receiver.op === 'id' && receiver.args === 'cel')
      throw new Refused(`cel.${name}(), which is not allowed in a condition`, node.start);
    if (COMPREHENSIONS.has(name)) return comprehension(node, name, receiver, args, depth);
  }
  const parts = children(node).map((child) => cost(child, depth));
  const steps = parts.reduce((sum, part) => sum + part.steps, 1);
  checkSteps(steps, node);
  if (node.op === 'list') return { steps, size: parts.length };
  if (node.op === 'map') return { steps, size: parts.length / 2 };
  if (node.op === '+' && parts[0].size !== undefined && parts[1].size !== undefined)
    return { steps, size: parts[0].size + parts[1].size };
  return { steps };
}

function comprehension(
  node: ASTNode,
  name: string,
  receiver: ASTNode,
  args: ASTNode[],
  depth: number,
): Cost {
  const nesting = depth + 1;
  if (nesting > CONDITION_LIMITS.nesting)
    throw new Refused(
      `${name}() inside ${depth} other comprehensions: comprehensions (exists, all, exists_one, map, filter) may nest at most ${CONDITION_LIMITS.nesting} deep`,
      node.start,
    );
  const range = cost(receiver, depth);
  if (range.size === undefined)
    throw new Refused(
      `${name}() over a list whose size is not written in the condition: a comprehension must walk a list written out (at most ${CONDITION_LIMITS.listSize} items)`,
      receiver.start,
    );
  if (range.size > CONDITION_LIMITS.listSize)
    throw new Refused(
      `${name}() over ${grouped(range.size)} items: a comprehension may walk at most ${CONDITION_LIMITS.listSize}`,
      receiver.start,
    );
  // args: the variable, then the predicate (map: an optional filter, then the transform).
  const body = args.slice(1).reduce((sum, arg) => sum + cost(arg, nesting).steps, 1);
  const steps = 1 + range.steps + range.size * body;
  checkSteps(steps, node);
  return name === 'map' || name === 'filter' ? { steps, size: range.size } : { steps };
}

function checkSteps(steps: number, node: ASTNode): void {
  if (steps > CONDITION_LIMITS.steps)
    throw new Refused(
      `a condition that may take ${grouped(steps)} steps to evaluate: at most ${grouped(CONDITION_LIMITS.steps)}`,
      node.start,
    );
}

/** Raised by the engine when one day's conditions pass CONDITION_LIMITS.dayBudget steps. */
export class ConditionBudgetError extends Error {
  constructor(
    readonly day: number,
    readonly where: string,
    readonly budget: number = CONDITION_LIMITS.dayBudget,
  ) {
    super(
      `day ${day}: the conditions evaluated on this day took more than ${grouped(budget)} steps (last: ${where}); the run was stopped. Make the condition cheaper or the town smaller`,
    );
  }
}

/**
 * Counts the steps of the conditions one run evaluates, day by day; the engine calls `startDay`
 * before each day. `budget` is CONDITION_LIMITS.dayBudget except in tests.
 */
export class ConditionMeter {
  steps = 0;
  day = 0;
  constructor(public budget: number = CONDITION_LIMITS.dayBudget) {}

  startDay(day: number): void {
    this.day = day;
    this.steps = 0;
  }

  /** Adds one evaluation's worst-case steps; throws ConditionBudgetError past the budget. */
  charge(steps: number, where: string): void {
    this.steps += steps;
    if (this.steps > this.budget) throw new ConditionBudgetError(this.day, where, this.budget);
  }
}
