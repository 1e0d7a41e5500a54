/**
 * What the engine answers a player, worded in both languages from its data: a citizen's answers,
 * why a choice is unavailable and why a move was refused (the journalist), an appellant's plea and
 * the hint in their file (everything-recorded's appeals desk, every file hinted, one decision a day). In English the
 * answers, reasons, pleas and hints read as the engine wrote them before the words moved to
 * src/text; in Chinese they have no Latin letters but people's names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import type { AppealCase, Clue, Plea } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import { localizedLabels, localizedRoleText } from '../../src/scenario/localizedText';
import type { Scenario } from '../../src/scenario/schema';
import {
  answerWords,
  clueWords,
  pleaWords,
  refusalWords,
  unavailableWords,
} from '../../src/text/replies';
import { messages as en } from '../../src/ui/strings/en';
import { messages as zh } from '../../src/ui/strings/zh-CN';

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** A scenario's label lookup by group and id, in `language` (English where not translated). */
function labelsOf(sc: Scenario, language: string) {
  const label = localizedLabels(sc.translations, language);
  const english = {
    lists: (id: string) => sc.ruleset.lists.find((l) => l.id === id)?.label,
    behaviours: (id: string) => sc.behaviours.find((b) => b.id === id)?.label,
    districts: (id: string) => sc.town.districts.find((d) => d.id === id)?.name,
  };
  return {
    list: (id: string) => label('lists', id, english.lists(id) ?? id),
    behaviour: (id: string) => label('behaviours', id, english.behaviours(id) ?? id),
    district: (id: string) => label('districts', id, english.districts(id) ?? id),
  };
}

/** How the engine's English began each plea and hint (all but the names and labels in them). */
const PLEA_OPENINGS: Record<Plea['kind'], RegExp> = {
  toldNothing: /^I do not know why I am on this list\./,
  namesake: /^That was another .+, not me\. The record says ".+"; I have never done it\.$/,
  neverDid: /^I never did what this record says \(".+"\)\. Someone made a mistake\.$/,
  longAgo: /^That was more than a year ago\./,
  payingWhatICan: /^I know I owe it\./,
  sorry: /^I did it, and I am sorry\./,
  unfairTerms: /^The terms were unfair/,
};
const CLUE_OPENINGS: Record<Clue['kind'], RegExp> = {
  qualifyingActs: /^The file shows (no )?acts? of the kind the list is for in the past year\.$/,
  ageMismatch: /^The record's details fit someone aged \d+; the appellant is \d+\.$/,
  districtMismatch: /^The record was made in .+; the appellant lives in .+\.$/,
  sameName: /^Another person in town has exactly this name\.$/,
  noOriginal: /^No original post, document or witness/,
  oldAct: /^The act on file is more than a year old\.$/,
  unpaid: /^The creditor confirms the sum is still unpaid\.$/,
  confirmed: /^A second source confirms the record\.$/,
};

const noLatin = (text: string, names: string[] = []) =>
  !/[A-Za-z]/.test(names.reduce((rest, name) => rest.split(name).join(''), text));

describe('the journalist’s answers, unavailable choices and refused moves', () => {
  const sc = scenario('journalist');
  const sim = createSimulation(sc, sc.seed, {
    role: { kind: 'citizen', protagonist: 'journalist' },
  });
  const me = sim.roles().protagonists[0].person!;
  for (const action of ['publish', 'appeal', 'apologise']) {
    expect(sim.chooseAction(me, action)).toEqual({ ok: true });
    sim.run(7);
  }
  const view = sim.citizenView(me)!;
  const enLabels = labelsOf(sc, 'en');
  const zhLabels = labelsOf(sc, 'zh-CN');
  const zhText = localizedRoleText(sc.translations, 'zh-CN').protagonist('journalist');
  const enAction = (id: string) => view.actions.find((a) => a.id === id)?.label ?? id;
  const zhAction = (id: string) =>
    zhText.action(id, view.actions.find((a) => a.id === id) ?? { label: id, description: '' })
      .label;

  it('words the answers to an appeal and an apology', () => {
    expect(view.messages.map((m) => m.answer.kind)).toEqual(['appealFiled', 'apology']);
    expect(view.messages.map((m) => answerWords(m.answer, enLabels.list, en))).toEqual([
      'An appeal was filed against the List of untrustworthy people.',
      'Your apology was accepted: what it answered is settled.',
    ]);
    expect(view.messages.map((m) => answerWords(m.answer, zhLabels.list, zh))).toEqual([
      '已针对失信人员名单提出申诉。',
      '你的道歉被接受了：道歉所针对的事已经了结。',
    ]);
  });

  it('says why a choice is not available, and why choosing it is refused', () => {
    const unavailable = view.actions.filter((a) => !a.available);
    expect(unavailable.map((a) => a.reason?.kind).sort()).toEqual([
      'alreadyAppealed',
      'nothingToApologise',
    ]);
    const english = {
      alreadyAppealed: 'you have already appealed',
      nothingToApologise: 'nothing calls for an apology',
    };
    for (const action of unavailable) {
      expect(unavailableWords(action.reason!, en)).toBe(
        english[action.reason!.kind as keyof typeof english],
      );
      expect(noLatin(unavailableWords(action.reason!, zh))).toBe(true);
    }
    const apologise = sim.chooseAction(me, 'apologise');
    if (apologise.ok) throw new Error('an apology with nothing owed was accepted');
    expect(refusalWords(apologise.refusal, enAction, en)).toBe(
      `${enAction('apologise')}: nothing calls for an apology`,
    );
    const zhRefusal = refusalWords(apologise.refusal!, zhAction, zh);
    expect(zhRefusal).toBe(`${zhAction('apologise')}：没有需要道歉的事`);
    expect(noLatin(zhRefusal)).toBe(true);
  });

  it('words refusals that are not about one choice', () => {
    const unknown = sim.chooseAction(me, 'dance');
    if (unknown.ok) throw new Error('an unknown choice was accepted');
    expect(refusalWords(unknown.refusal!, zhAction, zh)).toBe(
      `这里没有“dance”这个选择：请从${view.actions.map((a) => zhAction(a.id)).join('、')}中选一个`,
    );
    const other = me === 'p0' ? 'p1' : 'p0';
    const notMe = sim.chooseAction(other, 'publish');
    expect(!notMe.ok && notMe.refusal).toEqual({ kind: 'notProtagonist', person: other });
    expect(refusalWords({ kind: 'notProtagonist', person: other }, zhAction, zh)).toBe(
      '你不是这局游戏中扮演的人',
    );
    const desk = sim.decideAppeal('p1-untrustworthy-3', true);
    expect(!desk.ok && refusalWords(desk.refusal!, zhAction, zh)).toBe(
      '这局游戏中由申诉办公室自己决定申诉',
    );
  });
});

describe('the appeals officer’s desk: pleas and hints', { timeout: 120_000 }, () => {
  const sc = scenario('everything-recorded');
  const hinted = {
    ...sc,
    roles: {
      ...sc.roles,
      appealsOfficer: { ...sc.roles.appealsOfficer!, hintChance: 1, quota: 1 },
    },
  };
  const sim = createSimulation(hinted, sc.seed, { role: { kind: 'appealsOfficer' } });
  const cases = new Map<string, AppealCase>();
  const refusals: string[] = [];
  const quota = sim.roles().appealsOfficer!.quota;
  while (sim.day < sc.days) {
    const open = sim.appealCases();
    for (const c of open) cases.set(c.id, c);
    open.slice(0, quota).forEach((c, k) => sim.decideAppeal(c.id, k % 2 === 0));
    const over = open[quota] ? sim.decideAppeal(open[quota].id, true) : null;
    if (over && !over.ok && over.refusal) refusals.push(refusalWords(over.refusal, (id) => id, zh));
    sim.step();
  }
  const enLabels = labelsOf(sc, 'en');
  const zhLabels = labelsOf(sc, 'zh-CN');

  it('words every plea and hint as the engine does in English, and in Chinese', () => {
    const all = [...cases.values()];
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((c) => c.plea.kind)).size).toBeGreaterThanOrEqual(2);
    for (const c of all) {
      expect(pleaWords(c.plea, enLabels.behaviour, en)).toMatch(PLEA_OPENINGS[c.plea.kind]);
      expect(clueWords(c.clue!, enLabels.district, en)).toMatch(CLUE_OPENINGS[c.clue!.kind]);
      const names = c.plea.kind === 'namesake' ? [c.plea.name] : [];
      const plea = pleaWords(c.plea, zhLabels.behaviour, zh);
      const clue = clueWords(c.clue!, zhLabels.district, zh);
      expect(noLatin(plea, names), plea).toBe(true);
      expect(noLatin(clue), clue).toBe(true);
    }
  });

  it('words the quota refusal', () => {
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals)
      expect(refusal).toBe(`今天的 ${quota} 项决定已经用完：结束这一天，或者修改之前的某个决定`);
  });
});

describe('every plea and hint kind', () => {
  const pleas: Plea[] = [
    { kind: 'toldNothing' },
    { kind: 'namesake', name: 'Wang Li', behaviour: 'spreading_rumours' },
    { kind: 'neverDid', behaviour: 'spreading_rumours' },
    { kind: 'longAgo' },
    { kind: 'payingWhatICan' },
    { kind: 'sorry' },
    { kind: 'unfairTerms' },
  ];
  const clues: Clue[] = [
    { kind: 'qualifyingActs', found: true },
    { kind: 'qualifyingActs', found: false },
    { kind: 'ageMismatch', recordAge: 61, appellantAge: 34 },
    { kind: 'districtMismatch', recordDistrict: 'old_town', appellantDistrict: 'riverside' },
    { kind: 'sameName' },
    { kind: 'noOriginal' },
    { kind: 'oldAct' },
    { kind: 'unpaid' },
    { kind: 'confirmed' },
  ];
  const journalist = labelsOf(scenario('journalist'), 'zh-CN');

  it('reads in Chinese with the scenario’s labels, and each kind differently', () => {
    const said = pleas.map((p) => pleaWords(p, journalist.behaviour, zh));
    expect(said[1]).toBe(
      '那是另一个叫Wang Li的人，不是我。记录上写的是“在网上散布虚假谣言”；我从来没做过。',
    );
    const hints = clues.map((c) => clueWords(c, journalist.district, zh));
    expect(hints[3]).toBe('这条记录是在老城做出的；申诉人住在河畔。');
    expect(hints[2]).toBe('记录中的细节符合一个 61 岁的人；申诉人 34 岁。');
    for (const text of [...said, ...hints]) expect(noLatin(text, ['Wang Li']), text).toBe(true);
    expect(new Set(said).size).toBe(pleas.length);
    expect(new Set(hints).size).toBe(clues.length);
  });
});
