/**
 * Scenario texts in the reader's language: translations where given, English field by field where
 * not; and the shipped translations name only things their scenario has.
 */
import { describe, expect, it } from 'vitest';
import { EXTRA_OCCUPATIONS } from '../../src/engine/core/behaviours';
import { localizedScenarioText, type LabelGroup } from '../../src/scenario/localizedText';
import type { Scenario } from '../../src/scenario/schema';
import { shippedScenarios } from '../shippedScenarios';

const shipped = shippedScenarios();
const welcome = shipped.find((s) => s.fileName === 'welcome.yaml')!.scenario;

describe('localizedScenarioText', () => {
  const source = {
    title: 'Title',
    question: 'Question?',
    summary: 'Summary.',
    intro: [
      { title: 'One', text: 'First.', predict: 'Guess?' },
      { title: 'Two', text: 'Second.' },
    ],
    assumptions: ['An assumption.'],
    translations: {
      'zh-CN': {
        title: '标题',
        summary: '  ',
        intro: [{ title: '一', text: '', predict: undefined }],
        behaviours: { act: '行为' },
      },
    },
  };

  it('uses the translation where it says something, and English elsewhere', () => {
    const text = localizedScenarioText(source, 'zh-CN');
    expect(text.title).toBe('标题');
    expect(text.question).toBe('Question?');
    expect(text.summary).toBe('Summary.');
    expect(text.intro).toEqual([
      { title: '一', text: 'First.', predict: 'Guess?' },
      { title: 'Two', text: 'Second.' },
    ]);
    expect(text.assumptions).toEqual(['An assumption.']);
    expect(text.label('behaviours', 'act', 'Act')).toBe('行为');
    expect(text.label('behaviours', 'other', 'Other')).toBe('Other');
    expect(text.label('lists', 'act', 'A list')).toBe('A list');
  });

  it('gives English for a language with no translation, and for a scenario with none', () => {
    const text = localizedScenarioText(source, 'en');
    expect([text.title, text.intro[0].title]).toEqual(['Title', 'One']);
    const bare = localizedScenarioText({ ...source, translations: undefined }, 'zh-CN');
    expect(bare.title).toBe('Title');
    expect(bare.teacherNotes.objectives).toEqual([]);
  });

  it('reads welcome.yaml wholly in Chinese: texts, notes, labels and the variant', () => {
    const text = localizedScenarioText(welcome, 'zh-CN');
    expect(text.title).toBe('欢迎来到账本镇');
    expect(text.teacherNotes.lessonPlan).toHaveLength(welcome.teacherNotes.lessonPlan.length);
    expect(text.assumptions).toHaveLength(welcome.assumptions.length);
    expect(text.label('lists', 'defaulters', '')).toBe('法院失信被执行人名单');
    expect(text.label('grades', 'D', '')).toBe('失信');
    const labelled: [LabelGroup, { id: string }[]][] = [
      ['behaviours', welcome.behaviours],
      ['rules', welcome.ruleset.rules],
      ['lists', welcome.ruleset.lists],
      ['consequences', welcome.ruleset.consequences],
      ['grades', welcome.ruleset.scoring.grades],
      ['surveillance', welcome.surveillance.sources],
      ['districts', welcome.town.districts],
      ['occupations', welcome.town.occupations],
      ['sectors', welcome.town.businesses.sectors],
    ];
    for (const [group, items] of labelled) {
      for (const { id } of items) expect(text.label(group, id, ''), `${group}.${id}`).not.toBe('');
    }
    expect(text.variant('no_rewards', { title: '', description: '' }).title).toBe(
      '只扣分（没有奖励）',
    );
  });
});

describe('shipped translations', () => {
  /** The ids each label group of a translation may name. */
  const ids = (s: Scenario): Record<LabelGroup | 'variants', string[]> => ({
    behaviours: s.behaviours.map((b) => b.id),
    rules: s.ruleset.rules.map((r) => r.id),
    lists: s.ruleset.lists.map((l) => l.id),
    consequences: s.ruleset.consequences.map((c) => c.id),
    grades: s.ruleset.scoring.grades.map((g) => g.id),
    surveillance: s.surveillance.sources.map((source) => source.id),
    districts: s.town.districts.map((d) => d.id),
    occupations: [...s.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS],
    sectors: s.town.businesses.sectors.map((sector) => sector.id),
    variants: s.variants.map((v) => v.id),
  });

  for (const { fileName, scenario } of shipped) {
    it(`${fileName}: Chinese title, question, summary and every story step, aligned`, () => {
      const t = scenario.translations['zh-CN'];
      expect(t, 'a zh-CN block').toBeDefined();
      expect([t.title, t.question, t.summary].every((s) => /[\u4e00-\u9fff]/.test(s ?? ''))).toBe(
        true,
      );
      expect(t.intro).toHaveLength(scenario.intro.length);
      t.intro!.forEach((step, k) => {
        expect(step.predict === undefined, `step ${k + 1}: predict`).toBe(
          scenario.intro[k].predict === undefined,
        );
      });
    });

    it(`${fileName}: labels only for ids the scenario has`, () => {
      const known = ids(scenario);
      for (const [locale, t] of Object.entries(scenario.translations)) {
        for (const group of Object.keys(known) as (LabelGroup | 'variants')[]) {
          for (const id of Object.keys(t[group] ?? {})) {
            expect(known[group], `${locale}.${group}.${id}`).toContain(id);
          }
        }
      }
    });
  }
});
