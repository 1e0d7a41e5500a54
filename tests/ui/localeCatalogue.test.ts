/**
 * The Simplified Chinese catalogue against the English one: the same keys (maps typed as plain
 * records included, which tsc cannot check), no empty text, every function answering with text
 * for sample inputs, and no English left where Chinese belongs.
 */
import { describe, expect, it } from 'vitest';
import { messages as en } from '../../src/ui/strings/en';
import type { Messages } from '../../src/ui/strings/types';
import { messages as zh } from '../../src/ui/strings/zh-CN';
import type { FieldSpec } from '../../src/ui/editor/schemaWalker';
import type { RuleDescription } from '../../src/ui/editor/rulePreview';

type Leaf = { path: string; value: unknown };

/** Every leaf (text, function, array) under `value`, by dotted path. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

const at = (catalogue: Messages, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);

/** A protagonist's label and a refused move's words, for `roles.pane.problem`. */
const label = (id: string) => `«${id}»`;
const refusal = () => 'the case is closed';
/** Arguments for functions whose parameters are objects or need particular values. */
const SAMPLES: Record<string, unknown[][]> = {
  'map.events.live': [
    [12, ['3', '7']],
    [12, []],
  ],
  'notices.text': [
    [{ kind: 'workerRestarted', reason: 'stuck', detail: 'timeout', day: 12 }],
    [{ kind: 'workerRestarted', reason: 'crashed', detail: 'out of memory', day: 12 }],
    [{ kind: 'workerGaveUp', detail: 'x', day: 3, restarts: 4 }],
    [{ kind: 'requestFailed', detail: 'x' }],
    [{ kind: 'runStopped', day: 3, where: 'ruleset.rules[0].when', budget: 2_000_000 }],
    [{ kind: 'saveFailed' }],
    [{ kind: 'progressSetAside', reason: 'bad JSON', key: 'k', moved: true }],
    [{ kind: 'progressSetAside', reason: 'bad JSON', key: 'k', moved: false }],
    [{ kind: 'roleSetAside', reason: 'bad JSON', key: 'k', moved: true }],
    [{ kind: 'roleSetAside', reason: 'bad JSON', key: 'k', moved: false }],
    [{ kind: 'localeSetAside', saved: 'fr', key: 'ledgertown.locale.corrupt.1', moved: true }],
    [{ kind: 'localeSetAside', saved: '{x', key: 'ledgertown.locale', moved: false }],
    [{ kind: 'savedScenarioGone', fileName: 'old.yaml' }],
    [{ kind: 'unknownScenario', fileName: 'x.yaml' }],
  ],
  'classroom.linkProblem.text': [
    [{ kind: 'tooLong', length: 300000, max: 200000 }],
    [{ kind: 'unknownVersion', version: '9' }],
    [{ kind: 'unknownVersion', version: '0' }],
    [{ kind: 'badCharacter', at: 4, char: '%' }],
    [{ kind: 'truncated' }],
    [{ kind: 'corrupt' }],
    [{ kind: 'tooLarge', max: 530000 }],
    [{ kind: 'badHeader', detail: 'seed: expected a number' }],
  ],
  'editor.notice': [
    [{ kind: 'restored' }],
    [{ kind: 'setAside', reason: 'bad JSON', key: 'k' }],
    [{ kind: 'saveFailed' }],
    [{ kind: 'editFailed', reason: 'unparsable' }],
    [{ kind: 'editFailed', reason: 'stale' }],
    [{ kind: 'shippedChanged' }],
  ],
  'editor.preview.rule': ruleSamples().map((d) => [d]),
  'editor.preview.condition': [
    [
      {
        kind: 'all',
        parts: [
          { kind: 'compare', subject: { scope: 'person', field: 'age' }, op: '>=', value: 18 },
          { kind: 'compare', subject: { scope: 'record', field: 'count30' }, op: '<', value: 2 },
          { kind: 'not', part: { kind: 'flag', subject: { scope: 'person', field: 'listed' } } },
          {
            kind: 'any',
            parts: [
              { kind: 'code', code: 'x > 1' },
              {
                kind: 'compare',
                subject: { scope: 'person', field: 'district' },
                op: 'in',
                value: ['old_town', 'riverside'],
              },
            ],
          },
        ],
      },
    ],
  ],
  'editor.form.describe': [
    [numberSpec()],
    [{ ...numberSpec(), kind: 'switch', key: 'enabled', description: '', defaultValue: true }],
  ],
  'editor.form.unset': [[undefined], [5], [true]],
  'editor.form.option': [
    ['disclosure', 'full'],
    ['effect', 'refuse'],
    ['nothing', 'known'],
  ],
  'editor.form.section': [['rules'], ['unknownSection']],
  'editor.form.sectionIntro': [['rules']],
  'editor.form.label': [['capGrade'], ['someNewField']],
  'editor.form.unit': [['probability'], ['days']],
  'editor.form.add': [['rules'], ['other']],
  'compare.across.timing': [[12_345, [1, 2, 3, 4, 5]]],
  'compare.people.refusedOnly': [
    ['flight', 'a'],
    ['loan', 'b'],
  ],
  'compare.people.counts': [
    ['listed', 2, 3],
    ['refused', 1, 0],
  ],
  'top.speedLabel': [['max'], [5]],
  'top.speedName': [['max'], [1], [20]],
  'entry.appealDecided': [
    ['the list', true],
    ['the list', false],
  ],
  'entry.causeRecord': [[613, 'Spreading a rumour', 'Platform flags', 20]],
  'feed.says.appealDecided': [
    ['Li Rui', 'the list', true, true],
    ['Li Rui', 'the list', false, false],
  ],
  'person.knowsListed': [[true], [false]],
  'classResults.view.problem': [
    [{ kind: 'tooLarge', bytes: 10_485_760, max: 256_000 }],
    [{ kind: 'notJson' }],
    [{ kind: 'notHandIn' }],
    [{ kind: 'unknownVersion', version: '2' }],
    [{ kind: 'badShape', where: 'seed', detail: 'expected number' }],
    [{ kind: 'tampered' }],
    [{ kind: 'codeCut' }],
    [{ kind: 'codeBroken', detail: 'character 12' }],
    [{ kind: 'duplicate', of: 'ana.json' }],
    [{ kind: 'tooMany', max: 200 }],
  ],
  'classResults.view.note': [
    [{ kind: 'saved', students: 30 }],
    [{ kind: 'restored', students: 1 }],
    [{ kind: 'forgotten' }],
    [{ kind: 'full' }],
    [{ kind: 'unavailable' }],
    [{ kind: 'setAside', key: 'ledgertown.class.v1.corrupt.1', reason: 'it is not valid JSON' }],
    [{ kind: 'restoredSome', students: 3, dropped: 1, key: 'ledgertown.class.v1.corrupt.1' }],
  ],
  'editor.status.running': [[true], [false]],
  'roles.pane.problem': [
    [{ kind: 'notOffered', role: 'planner' }],
    [{ kind: 'notCast' }, label, refusal],
    [{ kind: 'notCast', protagonist: 'journalist' }, label, refusal],
    [{ kind: 'replayFailed', move: 2, day: 9, refusal: { kind: 'noOpenCase' } }, label, refusal],
  ],
  'roles.knows.listKnown': [
    ['the list', 4, 'told'],
    ['the list', 4, 'refused'],
    ['the list', 4, 'notice'],
    ['the list', 4, 'published'],
  ],
  'roles.citizen.whyNot.noRelative': [['parent'], ['spouse'], ['self']],
  'roles.story.days': [[[0]], [[8]], [[5, 12]], [[5, 12, 19, 26, 40]]],
  'roles.story.unrecorded': [[3, ['Volunteering for a day', 'Donating blood']]],
  'roles.refusal.unknownAction': [['dance', ['publish', 'appeal']]],
  'roles.planner.problem.unknownMetric': [['fakes', ['listed', 'refusals']]],
  'roles.planner.mayChange': [[['rules', 'lists']]],
  'roles.planner.fixedParts': [[['appeals']]],
  'roles.verdict.lockedChanged': [[['opacity', 'appeals']]],
  'roles.verdict.assumptionsChanged': [[['adaptation']]],
  'townDescription.grades': [
    [
      [
        { id: 'A', count: 1990 },
        { id: 'B', count: 10 },
      ],
    ],
  ],
  'townDescription.businessGrades': [
    [
      [
        { id: 'A', count: 278 },
        { id: 'B', count: 22 },
      ],
    ],
  ],
  'townDescription.sentences': [[['镇上住着 5 人。', '没有人在名单上。']]],
  'townDescription.today': [[[]], [['3 new listings', '2 flights refused']]],
  'townDescription.listed': [
    [0, null],
    [12, 3],
    [1, null],
  ],
  'townDescription.newListings': [
    [3, null],
    [1, 0],
  ],
  'townDescription.refused': [
    [2, 0, 1],
    [0, 1, 0],
  ],
  'townDescription.selected': [
    ['Li Rui', 'What the system recorded', 'A', 'listed'],
    ['Li Rui', 'What really happened', 'C', 'wrongful'],
    ['Li Rui', 'What they are told', null, 'unknown'],
    ['Li Rui', 'What the system recorded', 'B', 'notListed'],
  ],
  'classroom.reportView.figureLabel': [
    ['finalListed'],
    ['harmfulActsPerDayFirst30Days'],
    ['speechActsPerDayLast30Days'],
  ],
};

function numberSpec(): FieldSpec {
  return {
    kind: 'number',
    key: 'points',
    description: 'Points added (negative: deducted).',
    unit: 'points',
    defaultValue: 0,
    optional: true,
    min: -1000,
    max: 1000,
    integer: true,
    step: 1,
  };
}

function ruleSamples(): RuleDescription[] {
  const base: RuleDescription = {
    id: 'r',
    actor: 'person',
    act: { label: 'Smoking in a no-smoking zone', known: true },
    sources: ['Street cameras', 'Volunteer recorders'],
    condition: {
      kind: 'compare',
      subject: { scope: 'record', field: 'count365' },
      op: '>=',
      value: 2,
    },
    points: -5,
    capGrade: 'C',
    telling: 'notTold',
  };
  return [
    base,
    { ...base, actor: 'business', points: 10, condition: null, capGrade: null, telling: 'full' },
    { ...base, points: 0, telling: 'score' },
    { ...base, points: null, telling: 'nothing' },
    { ...base, sources: [] },
    { ...base, act: { label: 'nope', known: false } },
  ];
}

/** Sample calls for a function: its own samples, else numbers, else short words. */
function callsFor(path: string): unknown[][] {
  return (
    SAMPLES[path] ?? [
      [3, 7, 11, 13, 17, 19],
      ['A', 'B', 'C', 'D', 'E', 'F'],
    ]
  );
}

/** Each sample call of `fn` with its answer; a call that throws on generic samples is skipped. */
function answers(
  path: string,
  fn: (...args: unknown[]) => unknown,
): { args: unknown[]; result: unknown }[] {
  const own = SAMPLES[path] !== undefined;
  const calls: { args: unknown[]; result: unknown }[] = [];
  for (const args of callsFor(path)) {
    try {
      calls.push({ args, result: fn(...args) });
      if (!own) break;
    } catch (error) {
      if (own) throw error;
    }
  }
  return calls;
}

const enLeaves = leaves(en);
const zhLeaves = leaves(zh);

/** Words that stay in Latin letters in Chinese text: file formats, keys, codes shown as such. */
const LATIN_WORDS = new Set(['YAML', 'JSON', 'CSV', 'PDF', 'Ctrl', 'Shift', 'Esc', 'Tab', 'Mac']);
const CJK = /[\u3400-\u9fff]/;
/** Text that an untranslated English string would be: Latin words and no Chinese at all. */
const looksEnglish = (text: string) =>
  !CJK.test(text) && (text.match(/[A-Za-z]{3,}/g) ?? []).some((word) => !LATIN_WORDS.has(word));

describe('zh-CN catalogue', () => {
  it('has exactly the keys of the English one, maps and lists included', () => {
    expect(zhLeaves.map((leaf) => leaf.path).sort()).toEqual(
      enLeaves.map((leaf) => leaf.path).sort(),
    );
  });

  it('gives each key the same kind of value as English', () => {
    for (const { path, value } of enLeaves) {
      const other = at(zh, path);
      expect(typeof other, path).toBe(typeof value);
      expect(Array.isArray(other), path).toBe(Array.isArray(value));
      if (Array.isArray(value)) expect((other as unknown[]).length, path).toBe(value.length);
    }
  });

  it('has no empty text, and no text left in English', () => {
    const texts = zhLeaves.flatMap(({ path, value }) =>
      typeof value === 'string'
        ? [{ path, text: value }]
        : Array.isArray(value)
          ? value.flat().map((text, k) => ({ path: `${path}[${k}]`, text: String(text) }))
          : [],
    );
    expect(texts.length).toBeGreaterThan(300);
    for (const { path, text } of texts) {
      expect(text.trim(), path).not.toBe('');
      expect(looksEnglish(text), `${path}: ${text}`).toBe(false);
    }
  });

  it('answers every function with text for sample inputs, in both languages', () => {
    const functions = enLeaves.filter((leaf) => typeof leaf.value === 'function');
    expect(functions.length).toBeGreaterThan(100);
    for (const { path } of functions) {
      for (const catalogue of [en, zh]) {
        const calls = answers(path, at(catalogue, path) as (...args: unknown[]) => unknown);
        expect(calls.length, `${path}: no sample call succeeded`).toBeGreaterThan(0);
        for (const { result } of calls) {
          expect(typeof result, path).toBe('string');
          expect((result as string).trim(), path).not.toBe('');
          expect(result as string, path).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });

  it('words function answers in Chinese, not in English', () => {
    for (const { path } of zhLeaves.filter((leaf) => typeof leaf.value === 'function')) {
      for (const { args, result } of answers(
        path,
        at(zh, path) as (...args: unknown[]) => unknown,
      )) {
        // An unknown key or option comes back as given (a schema name): not a missing word.
        if (typeof result !== 'string' || args.includes(result)) continue;
        expect(looksEnglish(result), `${path}: ${result}`).toBe(false);
      }
    }
  });

  it('reads a rule in Chinese, with the points, the condition and what the person is told', () => {
    const [first, business] = ruleSamples();
    expect(zh.editor.preview.rule(first)).toBe(
      '当Street cameras或Volunteer recorders发现有人“Smoking in a no-smoking zone”，并且此人在过去 365 天内有至少 2 条此类记录时，此人扣 5 分。此人的等级最高只能是 C。本人不会被告知原因。',
    );
    expect(zh.editor.preview.rule(business)).toBe(
      '当Street cameras或Volunteer recorders发现企业“Smoking in a no-smoking zone”时，该企业加 10 分。业主会被告知原因：规则是公开的。',
    );
  });

  it('formats numbers for each language', () => {
    expect(en.top.day(1234, 3650)).toBe('Day 1,234 of 3,650');
    expect(zh.top.day(1234, 3650)).toBe('第 1,234 天，共 3,650 天');
    expect(zh.start.townFacts(2000, 365)).toBe('2,000 人 · 365 天');
  });
});
