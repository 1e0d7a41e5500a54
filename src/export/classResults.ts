/**
 * A class's hand-ins read together: each input checked like any other (size, JSON, shape,
 * version, seal), duplicates set aside, the rest grouped by scenario hash (different scenarios,
 * or one scenario under different rule sets, are never mixed), and each group's figures: how the
 * class predicted against what the runs gave, which endings each role reached and from which first
 * move, the runs' key figures side by side. Pure: the class screen, its CSV and the tests compute
 * the same numbers from the same files.
 */
import { csvField, csvTable, csvText } from './csv';
import {
  HAND_IN_LIMITS,
  readHandInText,
  type HandIn,
  type HandInProblem,
  type HandInQuestion,
} from './handIn';
import { STAMP_COLUMNS, stampFields } from './stamp';

/** One thing the teacher gave: a file's text (or why it was not read) or a pasted code's reading. */
export type ClassInput =
  | { source: string; text: string }
  /** Read elsewhere (a code) or refused before reading (a file too large to read). */
  | { source: string; read: { ok: true; handIn: HandIn } | { ok: false; problem: HandInProblem } };

export type ClassProblem =
  HandInProblem | { kind: 'duplicate'; of: string } | { kind: 'tooMany'; max: number };

export interface ClassStudent {
  /** The seal: unique within a class. */
  id: string;
  source: string;
  handIn: HandIn;
}

export interface Rejected {
  source: string;
  problem: ClassProblem;
}

export interface ClassGroup {
  /** The scenario hash. */
  key: string;
  scenario: { id: string; title: string; hash: string };
  students: ClassStudent[];
}

export interface ClassBook {
  groups: ClassGroup[];
  rejected: Rejected[];
  /** Scenario ids that appear under more than one hash (edited or other rule sets). */
  splitScenarios: string[];
}

/** Reads every input; what cannot be taken is listed with its reason, the rest kept and grouped. */
export function readClass(
  inputs: readonly ClassInput[],
  kept: readonly ClassStudent[] = [],
): ClassBook {
  const students = [...kept];
  const seen = new Map(kept.map((s) => [s.id, s.source]));
  const rejected: Rejected[] = [];
  for (const input of inputs) {
    const read = 'text' in input ? readHandInText(input.text) : input.read;
    if (!read.ok) {
      rejected.push({ source: input.source, problem: read.problem });
      continue;
    }
    const of = seen.get(read.handIn.seal);
    if (of !== undefined) {
      rejected.push({ source: input.source, problem: { kind: 'duplicate', of } });
      continue;
    }
    if (students.length >= HAND_IN_LIMITS.students) {
      rejected.push({
        source: input.source,
        problem: { kind: 'tooMany', max: HAND_IN_LIMITS.students },
      });
      continue;
    }
    seen.set(read.handIn.seal, input.source);
    students.push({ id: read.handIn.seal, source: input.source, handIn: read.handIn });
  }
  return { ...groupStudents(students), rejected };
}

/** Groups students by scenario hash, largest group first (ties: by title, then hash). */
export function groupStudents(students: readonly ClassStudent[]): Omit<ClassBook, 'rejected'> {
  const byHash = new Map<string, ClassGroup>();
  for (const student of students) {
    const { id, title, hash } = student.handIn.scenario;
    let group = byHash.get(hash);
    if (group === undefined) {
      group = { key: hash, scenario: { id, title, hash }, students: [] };
      byHash.set(hash, group);
    }
    group.students.push(student);
  }
  const groups = [...byHash.values()].sort(
    (a, b) =>
      b.students.length - a.students.length ||
      cmp(a.scenario.title, b.scenario.title) ||
      cmp(a.key, b.key),
  );
  const hashesById = new Map<string, number>();
  for (const group of groups)
    hashesById.set(group.scenario.id, (hashesById.get(group.scenario.id) ?? 0) + 1);
  const splitScenarios = [...hashesById].filter(([, n]) => n > 1).map(([id]) => id);
  return { groups, splitScenarios };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// -------------------------------------------------------------------------------------------
// Figures of a group
// -------------------------------------------------------------------------------------------

/** Median (mean of the middle two), min and max of the finite values; nulls when there are none. */
export interface Summary {
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const finite = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = finite.length;
  if (n === 0) return { n, median: null, min: null, max: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
  return { n, median, min: finite[0], max: finite[n - 1] };
}

/** One prediction question across the class. */
export interface QuestionFigures {
  question: HandInQuestion;
  /** Students who answered it (a prediction given). */
  answered: number;
  /** Number questions: the predictions; choice and ranking: null. */
  predictions: Summary | null;
  /** Each student's prediction as a number (number questions), for the chart. */
  predictionValues: number[];
  /** Choice questions: students per option; ranking: students who put each item first. */
  counts: Record<string, number>;
  /** What the students' runs gave on the reveal day (first value of each run). */
  observed: Summary;
  /** Choice questions: runs whose figure fell in each option; ranking: runs with each item first. */
  observedCounts: Record<string, number>;
  /** The spread across seeds the students were shown: median of medians, lowest min, highest max. */
  spread: Summary | null;
  /** Choice: students who chose the option their own run gave; number: whose prediction lies in the seeds' range. */
  matched: number;
  explanations: { student: string; name: string; text: string }[];
}

/** A role's endings: how many reached each, and the flow from first choice to ending. */
export interface RoleFigures {
  /** `citizen:journalist`, `appealsOfficer`, `planner`, `observer`. */
  key: string;
  label: string;
  students: number;
  endings: Record<string, number>;
  /** First choice → ending → students (first choice '' when none was made). */
  flows: { first: string; ending: string; students: number }[];
  choiceLabels: Record<string, string>;
}

export interface GroupFigures {
  questions: QuestionFigures[];
  roles: RoleFigures[];
  /** Each key figure across the students' runs (different seeds). */
  figures: { key: string; values: Summary; byStudent: (number | null)[] }[];
  seeds: Summary;
}

/** The ending a hand-in reached, as a key: its kind, or 'none' while the role goes on. */
export const endingKey = (handIn: HandIn) => handIn.ending?.kind ?? 'none';

/** The role a hand-in played, as a key. */
export const roleKey = (handIn: HandIn) =>
  handIn.role.kind === 'citizen' ? `citizen:${handIn.role.protagonist ?? ''}` : handIn.role.kind;

/** The first choice a hand-in made ('' when none). */
export const firstChoice = (handIn: HandIn) => handIn.choices[0]?.choice ?? '';

/** The choice a number falls in: the first option whose `upTo` it does not pass (the last takes the rest). */
export function optionFor(question: HandInQuestion, value: number | null): string | undefined {
  if (value === null || Number.isNaN(value)) return undefined;
  const options = question.options;
  return (options.find((o) => o.upTo === null || value <= o.upTo) ?? options.at(-1))?.id;
}

/** The ranked item with the largest figure (ties: the first in the question's order). */
export function topItem(
  question: HandInQuestion,
  values: readonly (number | null)[],
): string | undefined {
  let best: string | undefined;
  let bestValue = -Infinity;
  question.options.forEach((option, i) => {
    const v = values[i];
    if (typeof v === 'number' && v > bestValue) {
      best = option.id;
      bestValue = v;
    }
  });
  return best;
}

export function groupFigures(group: ClassGroup): GroupFigures {
  const handIns = group.students.map((s) => s.handIn);
  return {
    questions: questionFigures(group),
    roles: roleFigures(handIns),
    figures: runFigures(handIns),
    seeds: summarize(handIns.map((h) => h.seed)),
  };
}

function questionFigures(group: ClassGroup): QuestionFigures[] {
  const questions = new Map<string, HandInQuestion>();
  for (const { handIn } of group.students)
    for (const q of handIn.questions) if (!questions.has(q.id)) questions.set(q.id, q);
  return [...questions.values()].map((question) => {
    const rows = group.students.flatMap((student) => {
      const answer = student.handIn.answers.find((a) => a.question === question.id);
      return answer === undefined ? [] : [{ student, answer }];
    });
    const given = rows.filter((r) => r.answer.prediction !== null);
    const counts: Record<string, number> = {};
    const observedCounts: Record<string, number> = {};
    for (const option of question.options) {
      counts[option.id] = 0;
      observedCounts[option.id] = 0;
    }
    let matched = 0;
    const predictionValues: number[] = [];
    for (const { answer } of rows) {
      const p = answer.prediction;
      const observed = answer.observed ?? [];
      if (question.kind === 'number') {
        if (typeof p === 'number') {
          predictionValues.push(p);
          const s = answer.spread?.[0];
          if (s && s.min !== null && s.max !== null && p >= s.min && p <= s.max) matched++;
        }
      } else if (question.kind === 'choice') {
        const run = optionFor(question, observed[0] ?? null);
        if (run !== undefined) observedCounts[run] = (observedCounts[run] ?? 0) + 1;
        if (typeof p === 'string') {
          counts[p] = (counts[p] ?? 0) + 1;
          if (p === run) matched++;
        }
      } else {
        const run = topItem(question, observed);
        if (run !== undefined) observedCounts[run] = (observedCounts[run] ?? 0) + 1;
        if (Array.isArray(p) && p.length > 0) {
          counts[p[0]] = (counts[p[0]] ?? 0) + 1;
          if (p[0] === run) matched++;
        }
      }
    }
    const spreads = rows.flatMap((r) => (r.answer.spread?.[0] ? [r.answer.spread[0]] : []));
    return {
      question,
      answered: given.length,
      predictions: question.kind === 'number' ? summarize(predictionValues) : null,
      predictionValues,
      counts,
      observed: summarize(rows.map((r) => r.answer.observed?.[0] ?? null)),
      observedCounts,
      spread:
        spreads.length === 0
          ? null
          : {
              n: spreads.length,
              median: summarize(spreads.map((s) => s.median)).median,
              min: summarize(spreads.map((s) => s.min)).min,
              max: summarize(spreads.map((s) => s.max)).max,
            },
      matched,
      explanations: rows
        .filter((r) => r.answer.explanation.trim() !== '')
        .map((r) => ({
          student: r.student.id,
          name: r.student.handIn.name,
          text: r.answer.explanation,
        })),
    };
  });
}

function roleFigures(handIns: readonly HandIn[]): RoleFigures[] {
  const roles = new Map<string, RoleFigures>();
  const flows = new Map<string, Map<string, number>>();
  for (const handIn of handIns) {
    const key = roleKey(handIn);
    let role = roles.get(key);
    if (role === undefined) {
      role = {
        key,
        label: handIn.role.label,
        students: 0,
        endings: {},
        flows: [],
        choiceLabels: {},
      };
      roles.set(key, role);
      flows.set(key, new Map());
    }
    role.students++;
    const ending = endingKey(handIn);
    role.endings[ending] = (role.endings[ending] ?? 0) + 1;
    const flow = `${firstChoice(handIn)}\u0000${ending}`;
    const roleFlows = flows.get(key)!;
    roleFlows.set(flow, (roleFlows.get(flow) ?? 0) + 1);
    for (const [id, label] of Object.entries(handIn.choiceLabels))
      if (!(id in role.choiceLabels)) role.choiceLabels[id] = label;
  }
  for (const [key, role] of roles) {
    role.flows = [...flows.get(key)!]
      .map(([flow, students]) => {
        const [first, ending] = flow.split('\u0000');
        return { first, ending, students };
      })
      .sort((a, b) => b.students - a.students || cmp(a.first, b.first) || cmp(a.ending, b.ending));
  }
  return [...roles.values()].sort((a, b) => b.students - a.students || cmp(a.key, b.key));
}

function runFigures(handIns: readonly HandIn[]): GroupFigures['figures'] {
  const keys: string[] = [];
  for (const handIn of handIns)
    for (const key of Object.keys(handIn.figures)) if (!keys.includes(key)) keys.push(key);
  return keys.map((key) => {
    const byStudent = handIns.map((h) => h.figures[key] ?? null);
    return { key, values: summarize(byStudent), byStudent };
  });
}

// -------------------------------------------------------------------------------------------
// The class CSV
// -------------------------------------------------------------------------------------------

/**
 * One row per student of every group: name, role, ending, choices, each question's prediction,
 * the run's figure and the explanation, the run's key figures, then the stamp columns every
 * export ends with. Text a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function classCsv(book: Pick<ClassBook, 'groups'>): string {
  const students = book.groups.flatMap((g) => g.students);
  const questionIds: string[] = [];
  const figureKeys: string[] = [];
  for (const { handIn } of students) {
    for (const q of handIn.questions) if (!questionIds.includes(q.id)) questionIds.push(q.id);
    for (const key of Object.keys(handIn.figures))
      if (!figureKeys.includes(key)) figureKeys.push(key);
  }
  const header = [
    'name',
    'role',
    'protagonist',
    'day',
    'last_day',
    'ending',
    'ending_day',
    'first_choice',
    'choices',
    ...questionIds.flatMap((id) => [`predict_${id}`, `observed_${id}`, `explain_${id}`]),
    ...figureKeys,
    'lesson_link',
    ...STAMP_COLUMNS,
  ];
  const rows = students.map(({ handIn }) => {
    const answerOf = (id: string) => handIn.answers.find((a) => a.question === id);
    return [
      csvText(handIn.name),
      csvText(handIn.role.kind),
      csvText(handIn.role.protagonist ?? ''),
      csvField(handIn.day),
      csvField(handIn.lastDay),
      csvText(handIn.ending?.kind ?? ''),
      csvField(handIn.ending?.day ?? undefined),
      csvText(firstChoice(handIn)),
      csvText(handIn.choices.map((c) => c.choice || '-').join(';')),
      ...questionIds.flatMap((id) => {
        const a = answerOf(id);
        const p = a?.prediction;
        return [
          p === null || p === undefined ? '' : csvText(Array.isArray(p) ? p.join(';') : String(p)),
          csvField(a?.observed?.map((v) => (v === null ? '' : String(v))).join(';')),
          csvText(a?.explanation ?? ''),
        ];
      }),
      ...figureKeys.map((key) => csvField(handIn.figures[key])),
      csvField(handIn.lesson === null ? 'no' : 'yes'),
      ...stampFields({
        version: handIn.ledgertown,
        scenario: handIn.scenario,
        seed: handIn.seed,
        days: handIn.day,
      }),
    ];
  });
  return csvTable(header, rows);
}
