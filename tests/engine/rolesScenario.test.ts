/**
 * The roles block in scenario files: every shipped scenario offers the observer, the library's
 * protagonists, planners and officers are where the issue puts them and resolve to people and
 * metrics, and mistakes in a roles block are reported at their place with a remedy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/load';

const files = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const text = (file: string) => readFileSync(`scenarios/${file}`, 'utf8');

describe('roles in the library', { timeout: 120_000 }, () => {
  it('every scenario offers the observer, with a description', () => {
    for (const file of files) {
      const loaded = loadScenario(text(file), file);
      if (!loaded.ok) throw new Error(`${file}: ${loaded.errors[0].message}`);
      expect(loaded.scenario.roles.observer.description.length, file).toBeGreaterThan(20);
    }
  });

  it('declares the protagonists, planners and officers of issue 5, each resolving in its town', () => {
    const expected: Record<string, { protagonists: string[]; planner: boolean; officer: boolean }> =
      {
        'journalist.yaml': { protagonists: ['journalist'], planner: false, officer: true },
        'counterfeit-street.yaml': { protagonists: ['shopkeeper'], planner: true, officer: false },
        'fathers-debt.yaml': { protagonists: ['student'], planner: false, officer: false },
        'defaulters.yaml': { protagonists: ['driver'], planner: true, officer: true },
        'rongcheng.yaml': { protagonists: ['retiree'], planner: false, officer: false },
        'everything-recorded.yaml': { protagonists: [], planner: false, officer: true },
      };
    for (const [file, want] of Object.entries(expected)) {
      const loaded = loadScenario(text(file), file);
      if (!loaded.ok) throw new Error(file);
      const sim = createSimulation(loaded.scenario);
      const roles = sim.roles();
      expect(
        roles.protagonists.map((p) => p.id),
        file,
      ).toEqual(want.protagonists);
      for (const p of roles.protagonists) {
        expect(p.person, `${file} ${p.id}`).not.toBeNull();
        expect(sim.person(p.person!)!.role).toBe(p.label);
        expect(p.actions.length).toBeGreaterThan(2);
      }
      expect(roles.planner !== null, file).toBe(want.planner);
      if (roles.planner)
        for (const metric of [roles.planner.target.metric, ...roles.planner.costs])
          expect(sim.metricNames(), `${file} ${metric}`).toContain(metric);
      expect(roles.appealsOfficer !== null, file).toBe(want.officer);
    }
  });

  it('picks the student as a child of the parent the setup lists', () => {
    const loaded = loadScenario(text('fathers-debt.yaml'), 'fathers-debt.yaml');
    if (!loaded.ok) throw new Error('fathers-debt');
    const sim = createSimulation(loaded.scenario);
    const student = sim.roles().protagonists[0];
    const child = sim.person(student.person!)!;
    const parent = sim.person(student.setupTarget!)!;
    expect(child.occupation).toBe('student');
    expect(parent.family).toContain(child.id);
    expect(parent.age).toBeGreaterThan(child.age + 14);
    expect(sim.dossier(parent.id)!.lists).toEqual(['defaulters']);
    expect(sim.dossier(child.id)!.lists).toEqual([]);
  });
});

describe('mistakes in a roles block', () => {
  const base = text('defaulters.yaml');
  const broken = (from: string, to: string) => {
    expect(base).toContain(from);
    const result = loadScenario(base.replace(from, to), 'defaulters.yaml');
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };

  it('names an unknown behaviour, list or obligation, with a suggestion', () => {
    const [behaviour] = broken(
      'do: { behaviour: buying_train }',
      'do: { behaviour: buying_trian }',
    );
    expect(behaviour.message).toBe(
      'expected the id of a behaviour (did you mean "buying_train"?), found "buying_trian"',
    );
    expect(behaviour.path).toBe('roles.citizen.protagonists[0].actions[0].do.behaviour');
    expect(behaviour.line).toBeGreaterThan(300);
    const [list] = broken('listed: [defaulters] }', 'listed: [defaulter] }');
    expect(list.message).toContain('did you mean "defaulters"');
    const [debt] = broken('debts: [ignoring_judgment]', 'debts: [buying_flight]');
    expect(debt.message).toContain('expected a behaviour with an obligation');
  });

  it('checks goal conditions with the goal variables, pointing into the condition', () => {
    const [field] = broken('when: person.used.train >= 1', 'when: person.usde.train >= 1');
    expect(field.message).toMatch(/unknown field "usde".*did you mean "used"/);
    expect(field.path).toBe('roles.citizen.protagonists[0].goals[0].when');
    const [service] = broken('when: person.used.train >= 1', 'when: person.used.trian >= 1');
    expect(service.message).toContain(
      'expected the id of a service (did you mean "train"?), found "trian"',
    );
    const [type] = broken('when: person.used.train >= 1', 'when: person.used.train');
    expect(type.message).toContain('true or false');
  });
});
