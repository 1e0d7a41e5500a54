/**
 * A student's hand-in: what one student did in one run, small enough to send as a file or paste as
 * a code (src/export/handInCode.ts), and read back by the teacher's class screen. It holds the name
 * as typed, the predictions and explanations, the role's choices and ending, the run's key figures
 * and the comparison if one was run, stamped with Ledgertown's version, the scenario (id, title,
 * content hash), the seed, the role and the lesson link's settings. Nothing else about the student.
 *
 * A seal (FNV-1a over the canonical JSON of everything else) is stamped last: a hand-in edited
 * after it was made no longer matches its seal and is refused as tampered. It is a check against
 * accidents and casual edits, not a signature.
 */
import { z } from 'zod';
import { canonicalJson, fnv1a64 } from '../scenario/hash';
import { TeacherSettingsSchema } from '../share/teacherSettings';

export const HAND_IN_FORMAT = 'ledgertown-hand-in';
export const HAND_IN_VERSION = 1;

export const HAND_IN_LIMITS = {
  /** A hand-in file: far above any real one (a year of daily choices and 20 long answers). */
  fileBytes: 256_000,
  /** A pasted code, in characters. */
  codeChars: 200_000,
  nameChars: 120,
  /** Students in one class screen. */
  students: 200,
  choices: 1_000,
  explanationChars: 4_000,
} as const;

const Id = z.string().min(1).max(80);
const Label = z.string().max(400);
const Day = z.number().int().min(0).max(100_000);
const Num = z.number().finite();

/** A choice of the role on one day: a citizen's action id ('' for none), an officer's grant/deny. */
const Choice = z.strictObject({
  day: Day,
  /** Week of the run, 1 for days 0–6. */
  week: z.number().int().min(1),
  choice: z.string().max(80),
});

const Ending = z.strictObject({
  /** win | lose | timeout for a citizen; achieved | missed for a planner; finished for an officer. */
  kind: z.enum(['win', 'lose', 'timeout', 'achieved', 'missed', 'finished']),
  day: Day.nullable(),
});

/** A prediction as it was asked (texts in the student's language), so the class reads without the scenario. */
const Question = z.strictObject({
  id: Id,
  text: z.string().max(2_000),
  kind: z.enum(['number', 'choice', 'ranking']),
  /** The choices (with the figure each goes up to) or the ranked items, id and label. */
  options: z.array(z.strictObject({ id: Id, label: Label, upTo: z.number().nullable() })).max(20),
  unit: z.string().max(40).nullable(),
});

const Spread = z.strictObject({
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  seeds: z.array(z.number().int().min(0)).max(1_000),
});

/** One answer: the prediction, the run's figure on the reveal day, its spread, the explanation. */
const Answer = z.strictObject({
  question: Id,
  kind: z.enum(['number', 'choice', 'ranking']),
  prediction: z.union([Num, z.string().max(80), z.array(z.string().max(80)).max(20)]).nullable(),
  /** What this run gave on the reveal day (one value, or one per ranked item), null before it. */
  observed: z.array(z.number().nullable()).max(20).nullable(),
  /** The same across seeds, when computed (one per value). */
  spread: z.array(Spread).max(20).nullable(),
  explanation: z.string().max(HAND_IN_LIMITS.explanationChars),
});

const Comparison = z.strictObject({
  a: Label,
  b: Label,
  seed: z.number().int().min(0),
  days: Day,
  figures: z
    .array(
      z.strictObject({
        name: Id,
        a: z.number().nullable(),
        b: z.number().nullable(),
        diff: z.number().nullable(),
      }),
    )
    .max(200),
});

const Body = z.strictObject({
  format: z.literal(HAND_IN_FORMAT),
  version: z.literal(HAND_IN_VERSION),
  /** Ledgertown's version. */
  ledgertown: z.string().max(40),
  scenario: z.strictObject({
    id: z.string().max(80),
    title: z.string().max(400),
    hash: z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits'),
    file: z.string().max(120),
  }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  day: Day,
  lastDay: Day,
  /** The lesson link's settings when the run came from one, else null. */
  lesson: z.strictObject({ settings: TeacherSettingsSchema }).nullable(),
  /** As typed (shown as text, never markup). */
  name: z.string().max(HAND_IN_LIMITS.nameChars),
  role: z.strictObject({
    kind: z.enum(['observer', 'citizen', 'planner', 'appealsOfficer']),
    /** The citizen's protagonist id, else null. */
    protagonist: z.string().max(80).nullable(),
    /** The role's name as the student saw it. */
    label: Label,
  }),
  choices: z.array(Choice).max(HAND_IN_LIMITS.choices),
  /** Labels of the choice ids, as the student saw them. */
  choiceLabels: z.record(z.string().max(80), Label),
  ending: Ending.nullable(),
  /** The run's key figures on the hand-in day (src/export/keyFigures.ts keys). */
  figures: z.record(Id, Num),
  questions: z.array(Question).max(20),
  answers: z.array(Answer).max(20),
  comparison: Comparison.nullable(),
});

export const HandInSchema = Body.extend({ seal: z.string().regex(/^[0-9a-f]{16}$/) });

export type HandInBody = z.infer<typeof Body>;
export type HandIn = z.infer<typeof HandInSchema>;
export type HandInChoice = z.infer<typeof Choice>;
export type HandInAnswer = z.infer<typeof Answer>;
export type HandInQuestion = z.infer<typeof Question>;
export type HandInEnding = z.infer<typeof Ending>;
export type HandInComparison = z.infer<typeof Comparison>;

/** The seal of a hand-in's body. */
export function handInSeal(body: HandInBody): string {
  return fnv1a64(canonicalJson(body));
}

/** A body with its seal. */
export function sealHandIn(body: HandInBody): HandIn {
  return { ...body, seal: handInSeal(body) };
}

/** The hand-in as a file's text: one line of JSON per top-level field would be prettier; compact is smaller. */
export function handInJson(handIn: HandIn): string {
  return `${JSON.stringify(handIn, null, 1)}\n`;
}

/** `ledgertown-journalist-seed7-ana-hand-in.json`: what, whose, which run. */
export function handInFileName(handIn: HandIn): string {
  const id = handIn.scenario.id.replace(/[^a-z0-9_]/g, '') || 'scenario';
  const name = handIn.name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return `ledgertown-${id}-seed${handIn.seed}${name ? `-${name}` : ''}-hand-in.json`;
}

/** Why a hand-in was not taken, as data (the interface words it). */
export type HandInProblem =
  | { kind: 'tooLarge'; bytes: number; max: number }
  | { kind: 'notJson' }
  | { kind: 'notHandIn' }
  | { kind: 'unknownVersion'; version: string }
  | { kind: 'badShape'; where: string; detail: string }
  | { kind: 'tampered' }
  | { kind: 'codeCut' }
  | { kind: 'codeBroken'; detail: string };

export type HandInRead = { ok: true; handIn: HandIn } | { ok: false; problem: HandInProblem };

/** Reads parsed JSON as a hand-in: shape, version, then the seal. Never throws. */
export function readHandInData(data: unknown): HandInRead {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problem: { kind: 'notHandIn' } };
  const record = data as Record<string, unknown>;
  if (record.format !== HAND_IN_FORMAT) return { ok: false, problem: { kind: 'notHandIn' } };
  if (record.version !== HAND_IN_VERSION)
    return {
      ok: false,
      problem: { kind: 'unknownVersion', version: String(record.version).slice(0, 20) },
    };
  const parsed = HandInSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: {
        kind: 'badShape',
        where: issue?.path.map(String).join('.') || 'hand-in',
        detail: issue?.message ?? 'unreadable',
      },
    };
  }
  const { seal, ...body } = parsed.data;
  if (handInSeal(body) !== seal) return { ok: false, problem: { kind: 'tampered' } };
  return { ok: true, handIn: parsed.data };
}

/** Reads a hand-in file's text (size first, then JSON, then the hand-in). Never throws. */
export function readHandInText(text: string): HandInRead {
  const bytes = utf8Length(text);
  if (bytes > HAND_IN_LIMITS.fileBytes)
    return { ok: false, problem: { kind: 'tooLarge', bytes, max: HAND_IN_LIMITS.fileBytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  return readHandInData(data);
}

/** UTF-8 byte length without encoding the whole text twice. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
