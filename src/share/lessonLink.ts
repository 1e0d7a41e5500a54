/**
 * A lesson in a link: the whole scenario text (edits included), seed, day, role and teacher
 * settings, compressed with lz-string into the URL hash as `#v1=<data>`. The data is one line of
 * JSON (file name, seed, day, role, settings), a newline, then the scenario text as written.
 *
 * Opening a link from anyone must never freeze the tab, so limits apply in order, each before the
 * costlier step: the link's length, then the decompressed size (checked while decompressing, see
 * boundedInflate.ts), then the header's size and shape; the scenario text then goes through the
 * scenario loader and its own limits (file size, nesting, aliases) like any file.
 */
import * as lzString from 'lz-string';
import { z } from 'zod';
import { LIMITS } from '../scenario/limits';
import { inflateUriSafe, type InflateProblem } from './boundedInflate';
import { ROLES, TeacherSettingsSchema, type Role, type TeacherSettings } from './teacherSettings';

// lz-string is CommonJS: bundlers expose its functions by name, Node's own ESM loader (tsx, a
// future command) only under `default`.
const { compressToEncodedURIComponent } =
  (lzString as { default?: typeof lzString }).default ?? lzString;

/** The link format this version writes and reads. */
export const LINK_VERSION = 1;

export const LINK_LIMITS = {
  /** Characters in the hash: about ten times the longest shipped scenario's link (zh-CN included). */
  linkChars: 200_000,
  /** The header line (JSON) before the scenario text. */
  headerChars: 4_096,
  /** Decompressed characters: the header and the largest scenario file the loader accepts. */
  payloadChars: 4_096 + 1 + LIMITS.fileBytes,
} as const;

/** Everything a link carries. */
export interface Lesson {
  /** Name shown in error messages and the saved progress (`welcome.yaml`). */
  fileName: string;
  /** The scenario as YAML or JSON text. */
  text: string;
  seed: number;
  /** Day the run opens at (0: before the first day). */
  day: number;
  role: Role;
  settings: TeacherSettings;
}

/** Why a link could not be opened, as data (the UI words it). */
export type LinkProblem =
  | { kind: 'tooLong'; length: number; max: number }
  | { kind: 'unknownVersion'; version: string }
  | { kind: 'badCharacter'; at: number; char: string }
  | { kind: 'truncated' }
  | { kind: 'corrupt' }
  | { kind: 'tooLarge'; max: number }
  | { kind: 'badHeader'; detail: string };

export type LinkRead =
  { kind: 'none' } | { kind: 'lesson'; lesson: Lesson } | { kind: 'broken'; problem: LinkProblem };

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.()-]{0,79}$/;

const HeaderSchema = z.strictObject({
  file: z.string().regex(FILE_NAME, 'a file name of letters, digits, spaces and _ . ( ) -'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  day: z.number().int().min(0).max(LIMITS.days),
  role: z.enum(ROLES).default('observer'),
  settings: TeacherSettingsSchema.default(TeacherSettingsSchema.parse({})),
});

/** The hash (`#v1=…`) for a lesson. */
export function lessonHash(lesson: Lesson): string {
  const header = JSON.stringify({
    file: lesson.fileName,
    seed: lesson.seed,
    day: lesson.day,
    role: lesson.role,
    settings: lesson.settings,
  });
  return `#v${LINK_VERSION}=${compressToEncodedURIComponent(`${header}\n${lesson.text}`)}`;
}

/** A full link: the page address without its hash, plus the lesson's hash. */
export function lessonUrl(pageUrl: string, lesson: Lesson): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt)}${lessonHash(lesson)}`;
}

/** Reads a location hash: no lesson, a lesson, or what is wrong with it. Never throws. */
export function readLessonHash(hash: string): LinkRead {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const versioned = /^v(\d{1,6})=/.exec(body);
  // Other hashes (a skip link's #main) are not lessons.
  if (versioned === null) return { kind: 'none' };
  if (hash.length > LINK_LIMITS.linkChars) {
    return broken({ kind: 'tooLong', length: hash.length, max: LINK_LIMITS.linkChars });
  }
  if (versioned[1] !== String(LINK_VERSION)) {
    return broken({ kind: 'unknownVersion', version: versioned[1] });
  }
  let data = body.slice(versioned[0].length);
  // Some mail and chat programs percent-encode `$` and `+`; undo that, but nothing else.
  if (data.includes('%')) {
    try {
      data = decodeURIComponent(data);
    } catch {
      return broken({ kind: 'badCharacter', at: data.indexOf('%'), char: '%' });
    }
  }
  const inflated = inflateUriSafe(data, LINK_LIMITS.payloadChars);
  if (!inflated.ok) return broken(fromInflate(inflated.problem));
  const payload = inflated.text;

  const newline = payload.indexOf('\n');
  if (newline < 0 || newline > LINK_LIMITS.headerChars) {
    return broken({ kind: 'badHeader', detail: 'the first line is not a lesson header' });
  }
  let header: unknown;
  try {
    header = JSON.parse(payload.slice(0, newline));
  } catch {
    return broken({ kind: 'badHeader', detail: 'the first line is not JSON' });
  }
  const parsed = HeaderSchema.safeParse(header);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map(String).join('.') || 'header';
    return broken({ kind: 'badHeader', detail: `${where}: ${issue.message}` });
  }
  const { file, seed, day, role, settings } = parsed.data;
  return {
    kind: 'lesson',
    lesson: { fileName: file, text: payload.slice(newline + 1), seed, day, role, settings },
  };
}

function broken(problem: LinkProblem): LinkRead {
  return { kind: 'broken', problem };
}

function fromInflate(problem: InflateProblem): LinkProblem {
  switch (problem.kind) {
    case 'badCharacter':
      return problem;
    case 'truncated':
      return { kind: 'truncated' };
    case 'corrupt':
      return { kind: 'corrupt' };
    case 'tooLarge':
      return { kind: 'tooLarge', max: problem.maxChars };
  }
}
