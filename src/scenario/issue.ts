/** A problem found in a scenario file, with the place it points at (1-based line and column). */
export interface Issue {
  file: string;
  line: number;
  column: number;
  /** The field, e.g. `ruleset.rules[2].points`; empty for the whole document. */
  path: string;
  /** Plain language: `expected …, found …`. */
  message: string;
}

/** `file:line:column: field.path: message`, the form editors and terminals link to. */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path === ''
    ? `${where}: ${issue.message}`
    : `${where}: ${issue.path}: ${issue.message}`;
}

/** Orders issues by place in the file, then by field and message, so output is stable. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.path, b.path) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes a data path the way a teacher reads it: `ruleset.rules[2].points`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
