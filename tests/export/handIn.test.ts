/**
 * Hand-ins and the class: a hand-in survives its file and its code unchanged; every kind of bad
 * input is set aside with its own reason while the good ones are kept; different scenarios are
 * grouped apart; the class figures and CSV say what the hand-ins say.
 */
import { describe, expect, it } from 'vitest';
import {
  classCsv,
  groupFigures,
  readClass,
  summarize,
  type ClassInput,
} from '../../src/export/classResults';
import {
  HAND_IN_FORMAT,
  HAND_IN_VERSION,
  handInJson,
  readHandInText,
  sealHandIn,
  type HandIn,
  type HandInBody,
} from '../../src/export/handIn';
import { findHandInCodes, handInCode, readHandInCode } from '../../src/export/handInCode';
import { csvRecords } from './parseCsv';

function student(i: number, over: Partial<HandInBody> = {}): HandIn {
  const body: HandInBody = {
    format: HAND_IN_FORMAT,
    version: HAND_IN_VERSION,
    ledgertown: '0.1.0',
    scenario: {
      id: 'journalist',
      title: 'The journalist',
      hash: '0123456789abcdef',
      file: 'journalist.yaml',
    },
    seed: 100 + i,
    day: 60,
    lastDay: 365,
    lesson: null,
    name: `Student ${i}`,
    role: { kind: 'citizen', protagonist: 'journalist', label: 'Citizen: the journalist' },
    choices: [
      { day: 0, week: 1, choice: i % 2 === 0 ? 'publish' : 'appeal' },
      { day: 7, week: 2, choice: 'train' },
    ],
    choiceLabels: {
      publish: 'Publish',
      appeal: 'Appeal',
      train: 'Take the train',
      '': 'No choice',
    },
    ending: i % 3 === 0 ? null : { kind: i % 3 === 1 ? 'win' : 'lose', day: 30 + i },
    figures: { totalNewListings: 10 + i, wrongfulShare: i / 100 },
    questions: [
      { id: 'listed', text: 'How many listed?', kind: 'number', options: [], unit: null },
      {
        id: 'more',
        text: 'More or fewer?',
        kind: 'choice',
        options: [
          { id: 'fewer', label: 'Fewer', upTo: 10 },
          { id: 'more', label: 'More', upTo: null },
        ],
        unit: null,
      },
    ],
    answers: [
      {
        question: 'listed',
        kind: 'number',
        prediction: i * 2,
        observed: [5 + i],
        spread: [{ median: 8, min: 4, max: 12, seeds: [1, 2, 3] }],
        explanation: i === 1 ? '=cmd|calc' : `because ${i}`,
      },
      {
        question: 'more',
        kind: 'choice',
        prediction: i % 2 === 0 ? 'more' : 'fewer',
        observed: [5 + i],
        spread: null,
        explanation: '',
      },
    ],
    comparison: null,
    ...over,
  };
  return sealHandIn(body);
}

describe('a hand-in', () => {
  it('comes back unchanged from its file and from its code', () => {
    const h = student(4, { name: '<b>Li</b> & "Ana", 李' });
    const fromFile = readHandInText(handInJson(h));
    expect(fromFile).toEqual({ ok: true, handIn: h });
    const code = handInCode(h);
    expect(code.startsWith('LTH1.')).toBe(true);
    expect(readHandInCode(code)).toEqual({ ok: true, handIn: h });
  });

  it('finds codes in pasted chat text and says when a code is cut', () => {
    const codes = [1, 2, 3].map((i) => handInCode(student(i)));
    const pasted = `Ana 10:01\n${codes[0]}\nBo: here ${codes[1]} thanks!\n${codes[2]}`;
    expect(findHandInCodes(pasted, 200).codes).toEqual(codes);
    expect(findHandInCodes(pasted, 2)).toEqual({ codes: codes.slice(0, 2), more: true });
    const cut = codes[0].slice(0, Math.floor(codes[0].length / 2));
    expect(readHandInCode(cut)).toEqual({ ok: false, problem: { kind: 'codeCut' } });
  });

  it('refuses edits after sealing, other JSON, garbage and large files, each with its reason', () => {
    const edited = JSON.parse(handInJson(student(2)));
    edited.figures.totalNewListings = 0;
    expect(readHandInText(JSON.stringify(edited))).toEqual({
      ok: false,
      problem: { kind: 'tampered' },
    });
    expect(readHandInText('%PDF-1.4 garbage')).toEqual({ ok: false, problem: { kind: 'notJson' } });
    expect(readHandInText('{"version":1,"metrics":{}}')).toEqual({
      ok: false,
      problem: { kind: 'notHandIn' },
    });
    const wrongShape = { ...JSON.parse(handInJson(student(2))), seed: 'seven' };
    const read = readHandInText(JSON.stringify(wrongShape));
    expect(read.ok === false && read.problem.kind === 'badShape' && read.problem.where).toBe(
      'seed',
    );
    const big = readHandInText(`"${'x'.repeat(300_000)}"`);
    expect(big.ok === false && big.problem.kind).toBe('tooLarge');
  });
});

describe('a class', () => {
  it('keeps the good hand-ins, sets each bad one aside with its reason, groups scenarios apart', () => {
    const good = [1, 2, 3, 4, 5].map((i) => student(i));
    const other = student(9, {
      scenario: {
        id: 'journalist',
        title: 'The journalist',
        hash: 'fedcba9876543210',
        file: 'j.yaml',
      },
    });
    const inputs: ClassInput[] = [
      ...good.map((h, i) => ({ source: `s${i}.json`, text: handInJson(h) })),
      { source: 'garbage.bin', text: '\u0000\u0001garbage' },
      { source: 'copy.json', text: handInJson(good[0]) },
      { source: 'other.json', text: handInJson(other) },
      { source: 'code 1', read: readHandInCode(handInCode(good[1]).slice(0, 40)) },
    ];
    const book = readClass(inputs);
    expect(book.rejected.map((r) => [r.source, r.problem.kind])).toEqual([
      ['garbage.bin', 'notJson'],
      ['copy.json', 'duplicate'],
      ['code 1', 'codeCut'],
    ]);
    expect(book.groups.map((g) => [g.key, g.students.length])).toEqual([
      ['0123456789abcdef', 5],
      ['fedcba9876543210', 1],
    ]);
    expect(book.splitScenarios).toEqual(['journalist']);
  });

  it('counts predictions, endings, flows and figures as the hand-ins say', () => {
    const book = readClass(
      [1, 2, 3, 4, 5, 6].map((i) => ({ source: `${i}`, text: handInJson(student(i)) })),
    );
    const f = groupFigures(book.groups[0]);
    const listed = f.questions.find((q) => q.question.id === 'listed')!;
    expect(listed.predictions).toEqual({ n: 6, median: 7, min: 2, max: 12 });
    expect(listed.observed).toEqual({ n: 6, median: 8.5, min: 6, max: 11 });
    // Predictions 2..12 inside the seeds' range 4..12: 4, 6, 8, 10, 12.
    expect(listed.matched).toBe(5);
    const more = f.questions.find((q) => q.question.id === 'more')!;
    expect(more.counts).toEqual({ fewer: 3, more: 3 });
    // Runs gave 6..11: up to 10 is "fewer" (6, 7, 8, 9, 10), 11 is "more".
    expect(more.observedCounts).toEqual({ fewer: 5, more: 1 });
    const role = f.roles[0];
    expect(role.endings).toEqual({ win: 2, lose: 2, none: 2 });
    // First moves alternate appeal/publish, endings cycle win/lose/none: each pair once.
    expect(role.flows.map((x) => `${x.first}>${x.ending}:${x.students}`)).toEqual([
      'appeal>lose:1',
      'appeal>none:1',
      'appeal>win:1',
      'publish>lose:1',
      'publish>none:1',
      'publish>win:1',
    ]);
    expect(f.figures.find((x) => x.key === 'totalNewListings')!.values).toEqual(
      summarize([11, 12, 13, 14, 15, 16]),
    );
  });

  it('writes one CSV row per student with the header first, guarded and stamped', () => {
    const book = readClass(
      [1, 2, 3].map((i) => ({ source: `${i}`, text: handInJson(student(i)) })),
    );
    const csv = classCsv(book);
    expect(csv.split('\n')[0].startsWith('name,role,protagonist,')).toBe(true);
    const rows = csvRecords(csv);
    expect(rows.map((r) => r.name)).toEqual(['Student 1', 'Student 2', 'Student 3']);
    expect(rows[0].explain_listed).toBe("'=cmd|calc");
    expect(rows[1].predict_more).toBe('more');
    expect(rows[2].scenario_hash).toBe('0123456789abcdef');
    expect(rows[2].seed).toBe('103');
    expect(rows[0].choices).toBe('appeal;train');
    expect(Object.keys(rows[0]).slice(-4)).toEqual([
      'ledgertown_version',
      'scenario_id',
      'scenario_hash',
      'seed',
    ]);
  });
});
