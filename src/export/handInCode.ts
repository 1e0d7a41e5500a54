/**
 * A hand-in as a short code to paste into a learning platform or a chat: `LTH1.` and the hand-in's
 * JSON compressed exactly as lesson links are (lz-string's `compressToEncodedURIComponent`, read
 * back with the bounded decoder of boundedInflate.ts, so a crafted code cannot expand without end).
 * The prefix lets a teacher paste many codes at once, separated by anything: spaces, line breaks,
 * a chat's names and times.
 */
import * as lzString from 'lz-string';
import { HAND_IN_LIMITS, readHandInData, type HandIn, type HandInRead } from './handIn';
import { inflateUriSafe, URI_SAFE_ALPHABET } from '../share/boundedInflate';

// lz-string is CommonJS: bundlers expose its functions by name, Node's ESM loader under `default`.
const { compressToEncodedURIComponent } =
  (lzString as { default?: typeof lzString }).default ?? lzString;

export const HAND_IN_CODE_PREFIX = 'LTH1.';

/** The code of a hand-in. */
export function handInCode(handIn: HandIn): string {
  return HAND_IN_CODE_PREFIX + compressToEncodedURIComponent(JSON.stringify(handIn));
}

/** Reads one code (with or without its prefix). Never throws. */
export function readHandInCode(code: string): HandInRead {
  const body = code.startsWith(HAND_IN_CODE_PREFIX) ? code.slice(HAND_IN_CODE_PREFIX.length) : code;
  if (body.length > HAND_IN_LIMITS.codeChars)
    return {
      ok: false,
      problem: { kind: 'tooLarge', bytes: body.length, max: HAND_IN_LIMITS.codeChars },
    };
  const inflated = inflateUriSafe(body, HAND_IN_LIMITS.fileBytes);
  if (!inflated.ok) {
    const problem = inflated.problem;
    if (problem.kind === 'truncated') return { ok: false, problem: { kind: 'codeCut' } };
    if (problem.kind === 'tooLarge')
      return {
        ok: false,
        problem: { kind: 'tooLarge', bytes: problem.maxChars + 1, max: HAND_IN_LIMITS.fileBytes },
      };
    return {
      ok: false,
      problem: {
        kind: 'codeBroken',
        detail: problem.kind === 'badCharacter' ? `character ${problem.at + 1}` : 'corrupt',
      },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(inflated.text);
  } catch {
    // A cut that still ends on a whole code decodes to the start of the JSON.
    return { ok: false, problem: { kind: 'codeCut' } };
  }
  return readHandInData(data);
}

const CODE_CHAR = new Set(URI_SAFE_ALPHABET);

/**
 * The codes in a pasted text: each runs from its prefix to the first character outside the code
 * alphabet. Text between codes (names, times, greetings) is ignored; `limit` codes at most.
 */
export function findHandInCodes(text: string, limit: number): { codes: string[]; more: boolean } {
  const codes: string[] = [];
  let at = text.indexOf(HAND_IN_CODE_PREFIX);
  while (at >= 0) {
    if (codes.length >= limit) return { codes, more: true };
    let end = at + HAND_IN_CODE_PREFIX.length;
    while (end < text.length && CODE_CHAR.has(text[end])) end++;
    codes.push(text.slice(at, end));
    at = text.indexOf(HAND_IN_CODE_PREFIX, end);
  }
  return { codes, more: false };
}
