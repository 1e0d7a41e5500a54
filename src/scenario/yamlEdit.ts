/**
 * Edits a scenario's YAML text the way a person would: only the edited field's text changes, and
 * comments, anchors, blank lines and the author's layout everywhere else stay as they were.
 *
 * Each edit is made on the parsed `yaml` Document (setIn, deleteIn, item splices), never by
 * re-stringifying plain data, so comments attached to edited nodes are kept too. The new Document
 * is then written out and only the edited part of that output is spliced into the old text; the
 * result is parsed again and must hold exactly the Document's data, else a wider part is spliced,
 * up to the whole file.
 *
 * Anchors: an edit changes the active rule set only. Where the edited node is shared through an
 * alias (a variant reusing `*traffic_ticket`), the alias is first replaced by a copy of the node as
 * it was, so the variant keeps its rules.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type ParsedNode,
} from 'yaml';

/** A place in the data: keys of maps and indices of lists. */
export type DataPath = readonly (string | number)[];

/** One change to the scenario's data. */
export type DraftEdit =
  /** Sets a field, creating missing parents. */
  | { op: 'set'; path: DataPath; value: unknown }
  /** Removes a field so its default applies. */
  | { op: 'unset'; path: DataPath }
  /** Inserts a row into the list at `path` (the list is created when missing). */
  | { op: 'insert'; path: DataPath; index: number; value: unknown }
  /** Removes row `index` of the list at `path`. */
  | { op: 'remove'; path: DataPath; index: number }
  /** Moves row `from` of the list at `path` to position `to`. */
  | { op: 'move'; path: DataPath; from: number; to: number };

export type EditResult = { ok: true; text: string } | { ok: false; reason: EditFailure };

/** Why an edit could not be made (worded by the UI). */
export type EditFailure = 'unparsable' | 'notAList' | 'outOfRange';

/** Written-out YAML matches the shipped files: lines up to 100 characters. */
const WRITE_OPTIONS = { lineWidth: 100 } as const;

type Doc = Document.Parsed;

/** Applies one edit to scenario text, changing as little of the text as the edit allows. */
export function applyEdit(text: string, edit: DraftEdit): EditResult {
  const before = parse(text);
  if (before === null) return { ok: false, reason: 'unparsable' };
  const doc = before.clone() as Doc;

  const changed: DataPath[] = [];
  const touched = touchedPath(edit);
  for (const aliasPath of unshareAlong(doc, touched)) changed.push(aliasPath);

  const failure = edit.op === 'set' || edit.op === 'unset' ? null : checkList(doc, edit);
  if (failure !== null) return { ok: false, reason: failure };
  changed.push(performEdit(doc, edit));

  const written = doc.toString(WRITE_OPTIONS);
  const after = parse(written);
  if (after === null) return { ok: false, reason: 'unparsable' };
  return { ok: true, text: spliceRegions(text, before, written, after, changed) };
}

function parse(text: string): Doc | null {
  const doc = parseDocument(text, { keepSourceTokens: false });
  return doc.errors.length > 0 ? null : doc;
}

/** The deepest node an edit changes (for rows: the row itself, which may be shared). */
function touchedPath(edit: DraftEdit): DataPath {
  switch (edit.op) {
    case 'set':
    case 'unset':
    case 'insert':
      return edit.path;
    case 'remove':
      return [...edit.path, edit.index];
    case 'move':
      return [...edit.path, edit.from];
  }
}

/**
 * Makes every node along `path` private to it: an alias on the way becomes a copy of its target,
 * and every alias elsewhere that points at a node on the way becomes a copy of that node as it is
 * now. Returns the paths of the replaced aliases (their text changes).
 */
function unshareAlong(doc: Doc, path: DataPath): DataPath[] {
  const replaced: DataPath[] = [];
  let node: unknown = doc.contents;
  const onPath: Node[] = [];
  for (let depth = 0; depth <= path.length; depth++) {
    if (isAlias(node)) {
      const copy = copyWithoutAnchors(node.resolve(doc) as Node | undefined);
      const here = path.slice(0, depth);
      if (copy !== undefined) {
        doc.setIn(here, copy);
        replaced.push(here);
        node = copy;
      }
    }
    if (!isNode(node)) break;
    onPath.push(node);
    if (depth === path.length || !isCollection(node)) break;
    node = node.get(path[depth], true);
  }

  const shared = onPath.filter((n) => typeof n.anchor === 'string' && n.anchor !== '');
  if (shared.length === 0) return replaced;
  const aliasPaths: { path: DataPath; target: Node }[] = [];
  visit(doc, {
    Alias(_key, alias, ancestors) {
      const target = alias.resolve(doc) as Node | undefined;
      if (target !== undefined && shared.includes(target)) {
        aliasPaths.push({ path: dataPathOf(ancestors, alias), target });
      }
    },
  });
  for (const { path: at, target } of aliasPaths) {
    const copy = copyWithoutAnchors(target);
    if (copy === undefined) continue;
    if (at.length === 0) doc.contents = copy as ParsedNode;
    else doc.setIn(at, copy);
    replaced.push(at);
  }
  return replaced;
}

/** The data path of `node` from the ancestors `visit` reports (document, collections, pairs). */
function dataPathOf(ancestors: readonly unknown[], node: unknown): DataPath {
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isMap(parent)) {
      const pair = child as { key: unknown };
      const key = isNode(pair.key) ? (pair.key as { value?: unknown }).value : pair.key;
      path.push(String(key));
    }
  }
  return path;
}

/** A deep copy with every anchor removed, so later aliases keep pointing at the originals. */
function copyWithoutAnchors(node: Node | undefined): Node | undefined {
  if (node === undefined) return undefined;
  const copy = node.clone() as Node;
  visit(copy, (_key, n) => {
    if (isNode(n)) delete n.anchor;
  });
  delete copy.anchor;
  return copy;
}

function checkList(
  doc: Doc,
  edit: Extract<DraftEdit, { op: 'insert' | 'remove' | 'move' }>,
): EditFailure | null {
  const list = doc.getIn(edit.path, true);
  if (list === undefined && edit.op === 'insert') return null;
  if (!isSeq(list)) return 'notAList';
  const size = list.items.length;
  if (edit.op === 'insert') return edit.index >= 0 && edit.index <= size ? null : 'outOfRange';
  if (edit.op === 'remove') return edit.index >= 0 && edit.index < size ? null : 'outOfRange';
  return edit.from >= 0 && edit.from < size && edit.to >= 0 && edit.to < size ? null : 'outOfRange';
}

/** Makes the edit on the Document; returns the path whose text changed. */
function performEdit(doc: Doc, edit: DraftEdit): DataPath {
  switch (edit.op) {
    case 'set': {
      const existing = deepestExisting(doc, edit.path);
      // A plain value updates a scalar in place, keeping its comment and quoting.
      const plain = edit.value === null || typeof edit.value !== 'object';
      doc.setIn(edit.path, plain ? edit.value : doc.createNode(edit.value));
      return existing.length === edit.path.length ? edit.path : existing;
    }
    case 'unset':
      if (doc.hasIn(edit.path)) doc.deleteIn(edit.path);
      return edit.path.slice(0, -1);
    case 'insert': {
      const list = doc.getIn(edit.path, true);
      const row = doc.createNode(edit.value);
      if (!isSeq(list)) {
        const existing = deepestExisting(doc, edit.path);
        doc.setIn(edit.path, doc.createNode([edit.value]));
        return existing;
      }
      // Rows of fields read best as a block list even where the list was written `[]`.
      if (list.flow && isCollection(row) && !row.flow) list.flow = false;
      list.items.splice(edit.index, 0, row as never);
      return edit.path;
    }
    case 'remove': {
      const list = doc.getIn(edit.path, true);
      if (isSeq(list)) list.items.splice(edit.index, 1);
      return edit.path;
    }
    case 'move': {
      const list = doc.getIn(edit.path, true);
      if (isSeq(list)) {
        const [row] = list.items.splice(edit.from, 1);
        list.items.splice(edit.to, 0, row);
      }
      return edit.path;
    }
  }
}

/** The longest prefix of `path` that exists in the document. */
function deepestExisting(doc: Doc, path: DataPath): DataPath {
  for (let n = path.length; n > 0; n--) {
    if (doc.hasIn(path.slice(0, n))) return path.slice(0, n);
  }
  return [];
}

/**
 * Puts the new text of each changed region into the old text. A region whose splice does not
 * read back as the new data is widened to its parent; failing everything, the whole new text.
 */
function spliceRegions(
  oldText: string,
  oldDoc: Doc,
  newText: string,
  newDoc: Doc,
  regions: DataPath[],
): string {
  const expected = newDoc.toJS({ maxAliasCount: -1 }) as unknown;
  let text = oldText;
  let doc = oldDoc;
  for (const region of regions) {
    let path = region;
    for (;;) {
      const spliced = spliceOne(text, doc, newText, newDoc, path);
      if (spliced !== null) {
        text = spliced.text;
        doc = spliced.doc;
        break;
      }
      if (path.length === 0) return newText;
      path = path.slice(0, -1);
    }
  }
  return deepEqual(doc.toJS({ maxAliasCount: -1 }), expected) ? text : newText;
}

function spliceOne(
  text: string,
  doc: Doc,
  newText: string,
  newDoc: Doc,
  path: DataPath,
): { text: string; doc: Doc } | null {
  if (path.length === 0) {
    const whole = parse(newText);
    return whole && { text: newText, doc: whole };
  }
  const oldNode = doc.getIn(path, true);
  const newNode = newDoc.getIn(path, true);
  if (!isNode(oldNode) || !isNode(newNode) || !oldNode.range || !newNode.range) return null;
  let insert = newText.slice(newNode.range[0], newNode.range[1]);
  const removed = text.slice(oldNode.range[0], oldNode.range[1]);
  // A block collection's text ends its last line; keep the line break when a flow one replaces it.
  if (removed.endsWith('\n') && !insert.endsWith('\n')) insert += '\n';
  const candidate = text.slice(0, oldNode.range[0]) + insert + text.slice(oldNode.range[1]);
  const candidateDoc = parse(candidate);
  if (candidateDoc === null) return null;
  const placed = candidateDoc.getIn(path, true);
  if (!isNode(placed)) return null;
  const same = deepEqual(placed.toJS(candidateDoc), newNode.toJS(newDoc));
  return same ? { text: candidate, doc: candidateDoc } : null;
}

/** Structural equality of plain data (objects, arrays, primitives). */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
