/**
 * Reads a rule's CEL condition into a phrase the locale can put into words ("they have at least 2
 * such records in the last 365 days"). Only the shapes scenario authors write are read: comparisons
 * of a condition variable with a literal, `in` a list, a yes/no variable, and/or/not. Anything else
 * stays as its code, shown as code.
 */
import { parse, type ASTNode } from '@marcbachmann/cel-js';

/** A condition variable: `person.age`, `record.count365`, `event.source`. */
export interface ConditionSubject {
  scope: 'person' | 'record' | 'event';
  field: string;
}

export type CompareOp = '>=' | '>' | '<=' | '<' | '==' | '!=' | 'in';
export type Literal = string | number | boolean;

export type ConditionPhrase =
  | { kind: 'all' | 'any'; parts: ConditionPhrase[] }
  | { kind: 'not'; part: ConditionPhrase }
  | { kind: 'compare'; subject: ConditionSubject; op: CompareOp; value: Literal | Literal[] }
  /** A yes/no variable on its own (`person.listed`). */
  | { kind: 'flag'; subject: ConditionSubject }
  /** Not a shape read here: the expression as written. */
  | { kind: 'code'; code: string };

const SCOPES = new Set(['person', 'record', 'event']);
const COMPARE_OPS = new Set<string>(['>=', '>', '<=', '<', '==', '!=', 'in']);
/** `2 < x` reads as `x > 2`. */
const MIRRORED: Record<string, CompareOp> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };

/** The phrase for a condition; malformed text comes back as code. */
export function readCondition(expression: string): ConditionPhrase {
  let ast: ASTNode;
  try {
    ast = parse(expression).ast;
  } catch {
    return { kind: 'code', code: expression };
  }
  return read(ast) ?? { kind: 'code', code: expression };
}

function read(node: ASTNode): ConditionPhrase | null {
  switch (node.op) {
    case '&&':
    case '||': {
      const kind = node.op === '&&' ? 'all' : 'any';
      const parts: ConditionPhrase[] = [];
      for (const arg of node.args) {
        const part = read(arg);
        if (part === null) return null;
        // a && (b && c) is one list of three.
        if (part.kind === kind) parts.push(...part.parts);
        else parts.push(part);
      }
      return { kind, parts };
    }
    case '!_': {
      const part = read(node.args);
      return part && { kind: 'not', part };
    }
    case '.': {
      const subject = subjectOf(node);
      return subject && { kind: 'flag', subject };
    }
    default:
      return COMPARE_OPS.has(node.op) ? readComparison(node) : null;
  }
}

function readComparison(node: ASTNode): ConditionPhrase | null {
  const [left, right] = node.args as [ASTNode, ASTNode];
  const op = node.op as CompareOp;
  const subject = subjectOf(left);
  if (subject !== null) {
    const value = op === 'in' ? literalList(right) : literal(right);
    return value === null ? null : { kind: 'compare', subject, op, value };
  }
  const mirrored = MIRRORED[op] ?? (op === '==' || op === '!=' ? op : undefined);
  const flipped = subjectOf(right);
  const value = literal(left);
  if (mirrored === undefined || flipped === null || value === null) return null;
  return { kind: 'compare', subject: flipped, op: mirrored, value };
}

function subjectOf(node: ASTNode): ConditionSubject | null {
  if (node.op !== '.') return null;
  const [target, field] = node.args;
  if (target.op !== 'id' || !SCOPES.has(target.args)) return null;
  return { scope: target.args as ConditionSubject['scope'], field };
}

function literal(node: ASTNode): Literal | null {
  if (node.op === '-_') {
    const inner = literal(node.args);
    return typeof inner === 'number' ? -inner : null;
  }
  if (node.op !== 'value') return null;
  const value = node.args;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return null;
}

function literalList(node: ASTNode): Literal[] | null {
  if (node.op !== 'list') return null;
  const values: Literal[] = [];
  for (const item of node.args) {
    const value = literal(item);
    if (value === null) return null;
    values.push(value);
  }
  return values;
}
