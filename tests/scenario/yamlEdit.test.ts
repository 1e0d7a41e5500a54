import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, type DataPath, type DraftEdit } from '../../src/scenario/yamlEdit';

const SCENARIOS = join(__dirname, '../../scenarios');
const welcome = readFileSync(join(SCENARIOS, 'welcome.yaml'), 'utf8');

/** What an edit should do to plain data: the oracle the text edits are checked against. */
function editData(data: unknown, edit: DraftEdit): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const parentOf = (path: DataPath, create: boolean) => {
    let node = copy as Record<string | number, unknown>;
    for (const key of path) {
      if (node[key] === undefined && create) node[key] = {};
      node = node[key] as Record<string | number, unknown>;
    }
    return node;
  };
  switch (edit.op) {
    case 'set':
      parentOf(edit.path.slice(0, -1), true)[edit.path[edit.path.length - 1]] = edit.value;
      break;
    case 'unset':
      delete parentOf(edit.path.slice(0, -1), false)[edit.path[edit.path.length - 1]];
      break;
    case 'insert': {
      const parent = parentOf(edit.path.slice(0, -1), true);
      const key = edit.path[edit.path.length - 1];
      const list = (parent[key] ??= []) as unknown[];
      list.splice(edit.index, 0, edit.value);
      break;
    }
    case 'remove':
      (parentOf(edit.path, false) as unknown as unknown[]).splice(edit.index, 1);
      break;
    case 'move': {
      const list = parentOf(edit.path, false) as unknown as unknown[];
      const [row] = list.splice(edit.from, 1);
      list.splice(edit.to, 0, row);
      break;
    }
  }
  return copy;
}

function edited(text: string, edit: DraftEdit): string {
  const result = applyEdit(text, edit);
  if (!result.ok) throw new Error(`edit failed: ${result.reason}`);
  return result.text;
}

/** Lines of `before` missing from `after` (order kept), ignoring lines inside `except`. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

const ruleEdits: DraftEdit[] = [
  { op: 'set', path: ['ruleset', 'rules', 1, 'points'], value: -12 },
  { op: 'set', path: ['ruleset', 'rules', 1, 'reason'], value: 'Smoking: where it is banned' },
  { op: 'set', path: ['ruleset', 'rules', 0, 'told'], value: false },
  { op: 'set', path: ['ruleset', 'rules', 0, 'when'], value: 'record.count365 >= 2' },
  { op: 'unset', path: ['ruleset', 'lists', 0, 'published'] },
  { op: 'set', path: ['ruleset', 'scoring', 'grades', 1, 'min'], value: 900 },
  { op: 'set', path: ['ruleset', 'opacity', 'disclosure'], value: 'nothing' },
  {
    op: 'insert',
    path: ['ruleset', 'rules'],
    index: 2,
    value: { id: 'new_rule', on: 'bad_driving', points: -1, area: 'societal', reason: 'New' },
  },
  { op: 'remove', path: ['ruleset', 'rules'], index: 0 },
  { op: 'move', path: ['ruleset', 'rules'], from: 0, to: 3 },
  { op: 'insert', path: ['ruleset', 'lists', 0, 'entry', 'on'], index: 1, value: 'bad_driving' },
];

describe('applyEdit', () => {
  it('changes one number in place and keeps its comment', () => {
    const after = edited(welcome, { op: 'set', path: ['ruleset', 'rules', 5, 'points'], value: 3 });
    expect(changedLines(welcome, after)).toEqual({
      removed: ['      points: 2 # village ledger: +2 for eight hours of community work'],
      added: ['      points: 3 # village ledger: +2 for eight hours of community work'],
    });
  });

  it('changes a value inside a flow map without touching the rest of the line', () => {
    const after = edited(welcome, {
      op: 'set',
      path: ['ruleset', 'scoring', 'grades', 1, 'min'],
      value: 900,
    });
    const { removed, added } = changedLines(welcome, after);
    const rest = `, evidence: { min: { mark: secondary, source: npr_871, note: "Rongcheng's grade B: 850–959." } } }`;
    expect(removed[0]).toBe(`      - { id: B, min: 850, label: Fairly trustworthy${rest}`);
    expect(added[0]).toBe(`      - { id: B, min: 900, label: Fairly trustworthy${rest}`);
  });

  it('edits the active rule set only: a variant sharing the rule through an alias keeps it', () => {
    const before = parse(welcome);
    const after = parse(
      edited(welcome, { op: 'set', path: ['ruleset', 'rules', 0, 'points'], value: -40 }),
    );
    expect(after.ruleset.rules[0].points).toBe(-40);
    expect(after.variants[0].ruleset.rules[0]).toEqual(before.variants[0].ruleset.rules[0]);
    expect(after.variants).toEqual(before.variants);
  });

  it.each(ruleEdits.map((edit) => [JSON.stringify(edit), edit] as const))(
    'gives exactly the edited data: %s',
    (_name, edit) => {
      const expected = editData(parse(welcome), edit) as Record<string, unknown>;
      // The variants keep their shipped rules whatever the main rule set shares with them.
      expected.variants = parse(welcome).variants;
      expect(parse(edited(welcome, edit))).toEqual(expected);
    },
  );

  it('keeps every comment of the file through row inserts, removals and moves', () => {
    const comments = (text: string) =>
      text
        .split('\n')
        .map((line) => line.slice(line.indexOf('#')).trim())
        .filter((c) => c.startsWith('# '))
        .sort();
    let text = welcome;
    text = edited(text, { op: 'move', path: ['ruleset', 'rules'], from: 5, to: 6 });
    text = edited(text, {
      op: 'insert',
      path: ['ruleset', 'consequences'],
      index: 0,
      value: { id: 'extra', label: 'Extra', kind: 'sanction', effect: 'name' },
    });
    text = edited(text, { op: 'remove', path: ['ruleset', 'consequences'], index: 0 });
    expect(comments(text)).toEqual(comments(welcome));
  });

  it('creates missing parents and rows in an empty list', () => {
    const text = 'id: x\nruleset:\n  rules: [] # none yet\n';
    const after = edited(text, {
      op: 'insert',
      path: ['ruleset', 'rules'],
      index: 0,
      value: { id: 'r', on: 'b', points: 1 },
    });
    expect(parse(after).ruleset.rules).toEqual([{ id: 'r', on: 'b', points: 1 }]);
    const nested = edited(text, {
      op: 'set',
      path: ['ruleset', 'opacity', 'noticeDays'],
      value: 5,
    });
    expect(parse(nested).ruleset.opacity).toEqual({ noticeDays: 5 });
    expect(nested.startsWith('id: x\n')).toBe(true);
  });

  it('refuses edits to text that does not parse, and rows that do not exist', () => {
    expect(applyEdit('a: [1,', { op: 'set', path: ['a'], value: 1 })).toEqual({
      ok: false,
      reason: 'unparsable',
    });
    expect(applyEdit('a: [1]\n', { op: 'remove', path: ['a'], index: 3 })).toEqual({
      ok: false,
      reason: 'outOfRange',
    });
    expect(applyEdit('a: 1\n', { op: 'remove', path: ['a'], index: 0 })).toEqual({
      ok: false,
      reason: 'notAList',
    });
  });

  it('gives the edited data for every shipped scenario', { timeout: 60_000 }, () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(join(SCENARIOS, file), 'utf8');
      const data = parse(text);
      const edits: DraftEdit[] = [
        { op: 'set', path: ['ruleset', 'appeals', 'capacityPerDay'], value: 9 },
        { op: 'set', path: ['ruleset', 'jointPunishment'], value: false },
      ];
      if (data.ruleset?.rules?.length > 1)
        edits.push({ op: 'move', path: ['ruleset', 'rules'], from: 0, to: 1 });
      for (const edit of edits) {
        const expected = editData(data, edit) as Record<string, unknown>;
        expected.variants = data.variants;
        expect(parse(edited(text, edit)), `${file} ${JSON.stringify(edit)}`).toEqual(expected);
      }
    }
  });
});
