/**
 * The roles' texts in the reader's language: a translation's role texts where given, English text
 * by text where not; and every shipped scenario's roles read wholly in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { localizedRoleText, localizedScenarioText } from '../../src/scenario/localizedText';
import type { ScenarioTranslations } from '../../src/scenario/schema';
import { shippedScenarios } from '../shippedScenarios';

const shipped = shippedScenarios();

const CHINESE = /[\u4e00-\u9fff]/;

describe('localizedRoleText', () => {
  const translations: ScenarioTranslations = {
    'zh-CN': {
      roles: {
        citizen: {
          protagonists: {
            driver: {
              label: '快递司机',
              description: ' ',
              actions: { train: { label: '买高铁票' } },
              goals: { trip: '坐上高铁。' },
              endings: { win: '你坐上了火车。' },
            },
          },
        },
        planner: { target: { text: '减少三成。' } },
      },
    },
  };
  const english = { label: 'Buy a train ticket', description: 'Try to book the train.' };

  it("uses a protagonist's translated texts and keeps English for each one left out", () => {
    const driver = localizedRoleText(translations, 'zh-CN').protagonist('driver');
    expect(driver.label('the delivery driver')).toBe('快递司机');
    // A blank translation says nothing: the English stays.
    expect(driver.description('You deliver parcels.')).toBe('You deliver parcels.');
    expect(driver.action('train', english)).toEqual({
      label: '买高铁票',
      description: 'Try to book the train.',
    });
    expect(driver.action('fly', english)).toEqual(english);
    expect(driver.goal('trip', 'Board a train.')).toBe('坐上高铁。');
    expect(driver.goal('other', 'Another goal.')).toBe('Another goal.');
    expect(driver.ending('win', 'You made it.')).toBe('你坐上了火车。');
    expect(driver.ending('lose', 'You did not.')).toBe('You did not.');
  });

  it('falls back to English for roles, protagonists and languages not translated', () => {
    const zh = localizedRoleText(translations, 'zh-CN');
    expect(zh.plannerTarget('Cut it by 30 %.')).toBe('减少三成。');
    expect(zh.observer('Watch the town.')).toBe('Watch the town.');
    expect(zh.officerPressure('Grant few.')).toBe('Grant few.');
    expect(zh.protagonist('journalist').label('the journalist')).toBe('the journalist');
    const en = localizedRoleText(translations, 'en');
    expect(en.protagonist('driver').label('the delivery driver')).toBe('the delivery driver');
    expect(localizedRoleText(undefined, 'zh-CN').plannerTarget('Cut it.')).toBe('Cut it.');
  });
});

describe('shipped scenarios: role texts in Chinese', () => {
  for (const { fileName, scenario } of shipped) {
    it(`${fileName}: every role text has its Chinese`, () => {
      const { roles } = scenario;
      const zh = localizedScenarioText(scenario, 'zh-CN').roles;
      const texts = [zh.observer(roles.observer.description)];
      for (const p of roles.citizen?.protagonists ?? []) {
        const own = zh.protagonist(p.id);
        texts.push(own.label(p.label), own.description(p.description));
        for (const a of p.actions) {
          const action = own.action(a.id, a);
          texts.push(action.label, action.description);
        }
        for (const g of p.goals) texts.push(own.goal(g.id, g.text));
        for (const kind of ['win', 'lose', 'timeout'] as const)
          texts.push(own.ending(kind, p.endings[kind]));
      }
      if (roles.planner) texts.push(zh.plannerTarget(roles.planner.target.text));
      if (roles.appealsOfficer) texts.push(zh.officerPressure(roles.appealsOfficer.pressure.text));
      const english = texts.filter((text) => !CHINESE.test(text));
      expect(english, 'role texts still in English').toEqual([]);
    });
  }
});
