/**
 * A translation's role texts are checked against the scenario's roles: a protagonist, action, goal
 * or role the scenario does not have is an error at its key, with a did-you-mean.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';

/** A scenario with one protagonist and a Chinese translation of its texts (line numbers matter). */
const BASE = `id: test_town
title: Test town
behaviours:
  - id: buying_train
    label: Buying a train ticket
    kind: activity
    place: street
    service: train
    rate: 0.01
surveillance:
  sources:
    - { id: tickets, label: Ticket office, sees: [street], coverage: 1 }
roles:
  citizen:
    protagonists:
      - id: driver
        label: the driver
        actions:
          - { id: train, label: Take the train, do: { behaviour: buying_train } }
          - { id: wait, label: Wait, do: { stayQuiet: true } }
        goals:
          - { id: trip, text: Take a train., when: person.tripsTaken >= 1 }
        endings: { win: You went., lose: You did not., timeout: Time ran out. }
translations:
  zh-CN:
    title: 测试镇
    roles:
      observer: { description: 看看这个小镇。 }
      citizen:
        protagonists:
          driver:
            label: 司机
            actions:
              train: { label: 坐火车 }
            goals:
              trip: 坐一趟火车。
            endings: { win: 你去了。 }
`;

function errorsOf(text: string): string[] {
  const result = loadScenario(text, 'test.yaml');
  if (result.ok) throw new Error('expected the scenario to be invalid');
  return result.errors.map(formatIssue);
}

describe('translations: role texts', () => {
  it('accepts texts for the roles, protagonists, actions and goals the scenario has', () => {
    const result = loadScenario(BASE, 'test.yaml');
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    const driver = result.scenario.translations['zh-CN'].roles?.citizen?.protagonists?.driver;
    expect(driver?.actions?.train?.label).toBe('坐火车');
  });

  it('puts a misspelt protagonist id at its key, with a did-you-mean', () => {
    expect(errorsOf(BASE.replace('          driver:', '          drivr:'))).toEqual([
      'test.yaml:31:11: translations.zh-CN.roles.citizen.protagonists.drivr: expected the id of a protagonist (did you mean "driver"?), found "drivr"',
    ]);
  });

  it('puts unknown action and goal ids at their keys', () => {
    const text = BASE.replace('train: { label', 'trian: { label').replace(
      'trip: 坐一趟',
      'journey: 坐一趟',
    );
    expect(errorsOf(text)).toEqual([
      'test.yaml:34:15: translations.zh-CN.roles.citizen.protagonists.driver.actions.trian: expected the id of an action of driver (did you mean "train"?), found "trian"',
      'test.yaml:36:15: translations.zh-CN.roles.citizen.protagonists.driver.goals.journey: expected the id of a goal of driver: trip, found "journey"',
    ]);
  });

  it('refuses texts for a role the scenario does not declare', () => {
    const text = BASE.replace(
      '      observer: {',
      '      planner: { target: { text: 目标 } }\n      observer: {',
    );
    expect(errorsOf(text)).toEqual([
      'test.yaml:28:7: translations.zh-CN.roles.planner: expected the id of a role the scenario declares: observer, citizen, found "planner"',
    ]);
  });

  it('refuses a field the role texts do not have, by the schema', () => {
    const errors = errorsOf(BASE.replace('            label: 司机', '            lable: 司机'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^test\.yaml:32:13: translations\.zh-CN\.roles\.citizen\.protagonists\.driver\.lable: .*did you mean "label"/,
    );
  });
});
