/**
 * Reads scenario text (YAML, or JSON, which is YAML) into plain data while keeping the source
 * positions, so every later check can point at `file:line:column`. Hostile input is refused by
 * size, nesting and alias limits before it can cost time or memory.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Issue } from './issue';
import { LIMITS } from './schema';

/** A parsed scenario file: its data, and a way back from a data path to the text. */
export interface ScenarioSource {
  data: unknown;
  /** Where the value at `path` starts; for a missing field, its nearest existing parent. */
  locate(path: readonly PropertyKey[]): Position;
  /** Where the key of the field at `path` is written (for unknown fields). */
  locateKey(path: readonly PropertyKey[]): Position;
  /** Where character `offset` of the string value at `path` is written (points into expressions). */
  locateInString(path: readonly PropertyKey[], offset: number): Position;
}

export interface Position {
  line: number;
  column: number;
}

type Parsed = { ok: true; source: ScenarioSource } | { ok: false; errors: Issue[] };

const START: Position = { line: 1, column: 1 };

/** Parses scenario text, refusing oversized, over-nested and alias-bomb input with a message. */
export function parseScenarioSource(text: string, file: string): Parsed {
  const issue = (at: Position, message: string): Issue => ({ file, ...at, path: '', message });

  const tooLarge = fileSizeIssue(byteLength(text), file);
  if (tooLarge) return { ok: false, errors: [tooLarge] };

  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  const tooDeep = firstOverNestedOffset(text, LIMITS.nestingDepth);
  if (tooDeep >= 0) {
    lineCounter.addNewLine(0);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineCounter.addNewLine(i + 1);
    return {
      ok: false,
      errors: [
        issue(
          at(tooDeep),
          `expected brackets nested at most ${LIMITS.nestingDepth} deep, found deeper nesting`,
        ),
      ],
    };
  }

  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    stringKeys: true,
  });
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => issue(at(e.pos[0]), yamlErrorMessage(e))) };
  }

  const aliasOffsets: number[] = [];
  visit(doc, {
    Alias(_key, node) {
      aliasOffsets.push(node.range?.[0] ?? 0);
    },
  });
  if (aliasOffsets.length > LIMITS.yamlAliases) {
    return {
      ok: false,
      errors: [
        issue(
          at(aliasOffsets[LIMITS.yamlAliases]),
          `expected at most ${LIMITS.yamlAliases} aliases (*name), found ${aliasOffsets.length}`,
        ),
      ],
    };
  }

  let data: unknown;
  try {
    // yaml counts the anchored node itself as one copy, so the limit's aliases make limit + 1.
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases + 1 });
  } catch {
    // yaml throws only when aliases of aliases would expand past the limit (a "billion laughs").
    return {
      ok: false,
      errors: [
        issue(
          at(aliasOffsets[0] ?? 0),
          `expected aliases that expand to at most ${LIMITS.yamlAliases} copies, found aliases nested so they expand to more`,
        ),
      ],
    };
  }

  return { ok: true, source: sourceOf(doc, text, data, at) };
}

function sourceOf(
  doc: Document.Parsed,
  text: string,
  data: unknown,
  at: (offset: number) => Position,
): ScenarioSource {
  /** Walks the YAML tree along a data path; returns the deepest node reached and the key node. */
  const walk = (path: readonly PropertyKey[]) => {
    let node: Node | null = doc.contents;
    let keyNode: Node | null = null;
    let reached = 0;
    for (const segment of path) {
      const current = resolved(doc, node);
      let next: Node | null | undefined;
      let nextKey: Node | null = null;
      if (isMap(current)) {
        const pair = current.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        next = pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : undefined;
        nextKey = pair ? (pair.key as Node) : null;
      } else if (isSeq(current) && typeof segment === 'number') {
        next = current.items[segment] as Node | undefined;
      }
      if (!next) break;
      node = next;
      keyNode = nextKey;
      reached++;
    }
    return { node, keyNode, complete: reached === path.length };
  };
  const startOf = (node: Node | null) => at(node?.range?.[0] ?? 0);

  return {
    data,
    locate: (path) => startOf(walk(path).node),
    locateKey: (path) => {
      const found = walk(path);
      return startOf(found.complete && found.keyNode ? found.keyNode : found.node);
    },
    locateInString: (path, offset) => {
      const found = walk(path);
      const node = resolved(doc, found.node);
      if (!found.complete || !isScalar(node) || typeof node.value !== 'string' || !node.range) {
        return startOf(found.node);
      }
      const written = writtenOffset(text, node.range[0], node.range[1], node.value, offset);
      return at(written);
    },
  };
}

function resolved(doc: Document.Parsed, node: Node | null): Node | null {
  return isAlias(node) ? (node.resolve(doc) ?? null) : node;
}

/**
 * Maps a character of a scalar's value back to where it is written, for plain, quoted and block
 * scalars alike: walk the value and the written text together, skipping what YAML removed
 * (quotes, escapes, indentation, folded line breaks, the block header line).
 */
function writtenOffset(
  text: string,
  start: number,
  end: number,
  value: string,
  offset: number,
): number {
  let j = start;
  if (text[start] === '|' || text[start] === '>') {
    const headerEnd = text.indexOf('\n', start);
    j = headerEnd < 0 ? end : headerEnd + 1;
  }
  // An offset at the very end (a missing operand) points just after the last character.
  const target = Math.min(offset, value.length - 1);
  const past = offset >= value.length ? 1 : 0;
  for (let i = 0; i <= target && j < end; i++) {
    while (j < end && text[j] !== value[i]) j++;
    if (i === target) return Math.min(j + past, end);
    j++;
  }
  return start;
}

/** Offset where bracket nesting first exceeds `limit`, or -1; runs before parsing so it stays linear. */
function firstOverNestedOffset(text: string, limit: number): number {
  let depth = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inComment) {
      if (c === 10) inComment = false;
    } else if (c === 35 /* # */) {
      inComment = i === 0 || text.charCodeAt(i - 1) <= 32;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/**
 * The issue for a file over the size limit, or undefined; callers with the size in hand check early.
 * `cut`: reading stopped at the limit, so the file is at least `bytes` long.
 */
export function fileSizeIssue(bytes: number, file: string, cut = false): Issue | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  const found = cut ? 'found more' : `found ${formatBytes(bytes)}`;
  const message = `expected a file of at most ${formatBytes(LIMITS.fileBytes)}, ${found}`;
  return { file, ...START, path: '', message };
}

function yamlErrorMessage(error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'expected each field once, found a field written twice';
    case 'TAB_AS_INDENT':
      return 'expected spaces for indentation, found a tab';
    case 'MULTIPLE_DOCS':
      return 'expected one scenario per file, found several documents (---)';
    default:
      return `expected valid YAML or JSON, found a syntax error: ${firstSentence(error.message)}`;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.charAt(0).toLowerCase() + line.slice(1);
}

function byteLength(text: string): number {
  // Every UTF-16 unit is at least one byte and at most three; only count exactly near the limit.
  if (text.length > LIMITS.fileBytes) return text.length;
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
