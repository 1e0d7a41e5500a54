/**
 * Feed sentences and dossier entries in both languages: the catalogue's sentence around the
 * subject's name and the scenario's labels, translated where the scenario translates them and
 * English where a translation lacks one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DossierEntry, FeedEvent } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { describeEntry, scenarioLabels } from '../../src/ui/dossier/describeEntry';
import { feedSentence } from '../../src/text/feed';
import { messages as en } from '../../src/ui/strings/en';
import { messages as zh } from '../../src/ui/strings/zh-CN';

const loaded = loadScenario(readFileSync('scenarios/journalist.yaml', 'utf8'), 'journalist.yaml');
if (!loaded.ok) throw new Error('journalist.yaml does not load');
const journalist = loaded.scenario;

/** journalist.yaml with a translation of our own, so the test does not follow the shipped one. */
function withChinese(zhCN: Record<string, Record<string, string>>): Scenario {
  return { ...journalist, translations: { 'zh-CN': zhCN } };
}

const translated = withChinese({
  lists: { untrustworthy: '失信人员名单' },
  consequences: { no_flights: '被拒购机票' },
  behaviours: { spreading_rumours: '在网上散布虚假谣言' },
  surveillance: { platform_flags: '平台谣言标记' },
  grades: { clear: '未列入名单', marked: '有记录' },
});
const zhLabels = scenarioLabels(translated, 'zh-CN');
const enLabels = scenarioLabels(translated, 'en');

const event = (fields: Partial<FeedEvent> & Pick<FeedEvent, 'kind'>): FeedEvent =>
  ({ day: 12, subject: 'p7', ...fields }) as FeedEvent;

const listed = event({ kind: 'listed', list: 'untrustworthy', atStart: false });

describe('feedSentence', () => {
  it('says a listing in Chinese with the Chinese list label', () => {
    expect(feedSentence(listed, 'Li Rui', zhLabels, zh)).toBe('Li Rui 被列入失信人员名单。');
  });

  it('says a listing in English with the English list label', () => {
    expect(feedSentence(listed, 'Li Rui', enLabels, en)).toBe(
      'Li Rui was put on the List of untrustworthy people.',
    );
  });

  it('falls back to the English label inside the Chinese sentence when the translation lacks it', () => {
    const untranslated = scenarioLabels(
      withChinese({ consequences: { no_flights: '被拒购机票' } }),
      'zh-CN',
    );
    expect(feedSentence(listed, 'Li Rui', untranslated, zh)).toBe(
      'Li Rui 被列入List of untrustworthy people。',
    );
  });

  it('says wrongful listings, listings as the story begins, warnings and removals', () => {
    const list = { list: 'untrustworthy' };
    const said = (fields: Partial<FeedEvent> & Pick<FeedEvent, 'kind'>) =>
      feedSentence(event(fields), 'Li Rui', zhLabels, zh);
    expect(said({ kind: 'wrongfulListing', ...list, atStart: false })).toBe(
      'Li Rui 被列入失信人员名单，但此人并没有做过名单所记录的事。',
    );
    expect(said({ kind: 'wrongfulListing', ...list, atStart: true })).toBe(
      '故事开始时，Li Rui 已在失信人员名单上。',
    );
    expect(said({ kind: 'notice', ...list })).toBe('Li Rui 收到警告：即将被列入失信人员名单。');
    expect(said({ kind: 'delisted', ...list, why: 'appeal' })).toBe(
      'Li Rui 被移出失信人员名单（申诉成功）。',
    );
    expect(
      feedSentence(event({ kind: 'delisted', ...list, why: 'expired' }), 'Li Rui', enLabels, en),
    ).toBe('Li Rui was taken off the List of untrustworthy people (expired).');
  });

  it('says refusals with the sanction label, and appeal decisions with how they were judged', () => {
    const refused = event({ kind: 'refused', service: 'flight', consequence: 'no_flights' });
    expect(feedSentence(refused, 'Li Rui', zhLabels, zh)).toBe('Li Rui：被拒购机票。');
    expect(feedSentence(refused, 'Li Rui', enLabels, en)).toBe(
      'Li Rui was refused: Refused plane tickets.',
    );
    const appeal = (granted: boolean, sincere: boolean) =>
      event({ kind: 'appealDecided', list: 'untrustworthy', granted, sincere });
    expect(feedSentence(appeal(false, false), 'Li Rui', zhLabels, zh)).toBe(
      'Li Rui 对失信人员名单的申诉被驳回（被认定为不真诚）。',
    );
    expect(feedSentence(appeal(true, true), 'Li Rui', enLabels, en)).toBe(
      "Li Rui's appeal against the List of untrustworthy people was granted.",
    );
  });
});

describe('describeEntry', () => {
  const listing: DossierEntry = {
    day: 40,
    type: 'listed',
    list: 'untrustworthy',
    wrongful: true,
    told: false,
    record: {
      number: 613,
      behaviour: 'spreading_rumours',
      source: 'platform_flags',
      day: 20,
      basis: 'false',
    },
  };

  it('words a listing’s record in Chinese, with the record’s basis only through the truth lens', () => {
    const recorded = describeEntry(listing, zhLabels, false, zh);
    expect(recorded.text).toBe('被列入：失信人员名单');
    expect(recorded.notes.map((n) => n.text)).toEqual([
      '原因：第 613 号记录：在网上散布虚假谣言（平台谣言标记，第 20 天）',
      '本人未被告知。',
    ]);
    const truth = describeEntry(listing, zhLabels, true, zh).notes.map((n) => n.text);
    expect(truth).toContain('这条记录是虚假举报：根本没有发生这样的行为。');
    expect(truth).toContain('错误列入：列入所依据的记录与实际发生的情况不符。');
  });

  it('words the same listing in English, and one from before the story or by condition alone', () => {
    expect(describeEntry(listing, enLabels, false, en).notes[0].text).toBe(
      'because of record #613: Spreading a false rumour online (Platform rumour flags, day 20)',
    );
    const atStart: DossierEntry = { ...listing, day: 0, atStart: true };
    expect(describeEntry(atStart, zhLabels, false, zh).notes[0].text).toBe(
      '原因：第 613 号记录：在网上散布虚假谣言（故事开始之前）',
    );
    const byCondition: DossierEntry = { ...listing, record: undefined };
    expect(describeEntry(byCondition, zhLabels, false, zh).notes[0].text).toBe(
      '原因：符合名单的列入条件',
    );
  });

  it('names grades by their translated label and rules by their reason, never by id', () => {
    const grade: DossierEntry = { day: 40, type: 'grade', from: 'clear', to: 'marked' };
    expect(describeEntry(grade, zhLabels, false, zh).text).toBe('等级从 未列入名单 变为 有记录');
    const rule: DossierEntry = {
      day: 40,
      type: 'rule',
      rule: 'rumour_record',
      reason: 'Spreading rumours online',
      points: -30,
      score: 970,
      told: true,
    };
    const words = describeEntry(rule, zhLabels, false, zh);
    expect(words.notes.map((n) => n.text)).toEqual(['分数 970']);
    expect(words.text).toBe('Spreading rumours online（-30 分）');
  });
});
