import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LoadedTown, WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import type { RoleChoice } from '../../src/worker/roleProtocol';
import type { PlayerMove } from '../../src/engine/types';
import { createSimulationHost } from '../../src/worker/simulationHost';
import { checked } from './checkedScenario';
import { catalogEntry } from '../../src/worker/scenarioMeta';
import { loadScenario } from '../../src/scenario/load';

const scenarioDir = new URL('../../scenarios/', import.meta.url);
const read = (fileName: string) => readFileSync(new URL(fileName, scenarioDir), 'utf8');
const journalist = read('journalist.yaml');

type Body<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;

function host() {
  const answers: WorkerResponse[] = [];
  const h = createSimulationHost(
    (r) => answers.push(structuredClone(r)),
    () => 0,
  );
  let id = 1;
  const ask = (request: Body<WorkerRequest>): WorkerResponse => {
    const from = answers.length;
    h.handle({ ...request, id: id++ } as WorkerRequest);
    const answer = answers.slice(from).find((a) => a.kind !== 'progress');
    if (answer === undefined) throw new Error('no answer');
    return answer;
  };
  const load = (
    role: RoleChoice,
    options: { text?: string; toDay?: number; moves?: PlayerMove[] } = {},
  ): LoadedTown => {
    const answer = ask({
      kind: 'load',
      fileName: 'journalist.yaml',
      ...checked(options.text ?? journalist, 'journalist.yaml'),
      toDay: options.toDay ?? 0,
      role,
      moves: options.moves,
    });
    if (answer.kind !== 'loaded') throw new Error(`not loaded: ${answer.kind}`);
    return answer.town;
  };
  return { ask, load };
}

describe('simulation host: roles', () => {
  it('casts the first protagonist for a citizen and hides the town from them', () => {
    const { load } = host();
    const town = load({ kind: 'citizen' });
    expect(town.role.roles.playing).toEqual({ kind: 'citizen', protagonist: 'journalist' });
    expect(town.role.problem).toBeNull();
    const citizen = town.frame.role?.citizen;
    expect(citizen?.view.name.length).toBeGreaterThan(0);
    const index = Number(citizen?.view.person.slice(1));
    const grades = town.scenario.ruleset.scoring.grades.length;
    const { grade, listed, wrongful } = town.frame.snapshot;
    // The journalist is listed from day 0 but has not been told: nobody shows a grade or a list.
    expect(citizen?.view.lists).toEqual([]);
    expect(grade.every((g) => g === grades)).toBe(true);
    expect(listed.every((l) => l === 0)).toBe(true);
    expect(wrongful.every((w) => w === 0)).toBe(true);
    expect(index).toBeGreaterThanOrEqual(0);
  });

  it('makes a choice for the next day and replays it to the same place', () => {
    const { ask, load } = host();
    load({ kind: 'citizen', protagonist: 'journalist' });
    const moved = ask({ kind: 'roleMove', move: { kind: 'choose', action: 'publish' } });
    expect(moved.kind).toBe('roleMoved');
    if (moved.kind !== 'roleMoved') return;
    expect(moved.result).toEqual({ ok: true });
    expect(moved.role?.citizen?.view.chosen).toBe('publish');
    const advanced = ask({ kind: 'advance', days: 7, budgetMs: 1e9 });
    if (advanced.kind !== 'advanced') throw new Error(advanced.kind);
    const after = advanced.frame.role;
    expect(after?.moves).toHaveLength(1);
    expect(after?.citizen?.view.acts.map((a) => a.behaviour)).toContain('publishing_report');

    const again = host().load(
      { kind: 'citizen', protagonist: 'journalist' },
      { toDay: 7, moves: after?.moves },
    );
    expect(again.role.problem).toBeNull();
    expect(again.frame.role?.citizen?.view).toEqual(after?.citizen?.view);
    expect(again.frame.role?.moves).toEqual(after?.moves);
  });

  it('refuses a move the engine refuses, with its reason', () => {
    const { ask, load } = host();
    load({ kind: 'citizen' });
    const moved = ask({ kind: 'roleMove', move: { kind: 'choose', action: 'no_such_action' } });
    if (moved.kind !== 'roleMoved') throw new Error(moved.kind);
    expect(moved.result.ok).toBe(false);
  });

  it('plays the observer, and says why, when the role is not offered', () => {
    const { load } = host();
    const town = load({ kind: 'planner' }, { text: read('welcome.yaml') });
    expect(town.role.roles.playing).toEqual({ kind: 'observer' });
    expect(town.role.problem).toEqual({ kind: 'notOffered', role: 'planner' });
    expect(town.frame.role).toBeUndefined();
  });

  it('reports a saved move that cannot be made again, and still reaches the day', () => {
    const { load } = host();
    const town = load(
      { kind: 'appealsOfficer' },
      { toDay: 5, moves: [{ day: 2, kind: 'decide', caseId: 'p1-nothing-1', grant: true }] },
    );
    // The refusal travels as data, so the page words it in the reader's language.
    expect(town.role.problem).toMatchObject({
      kind: 'replayFailed',
      move: 1,
      day: 2,
      refusal: { kind: expect.any(String) },
    });
    expect(town.frame.day).toBe(5);
  });

  it('plays the observer, naming the protagonist, when nobody in the town fits the pick', () => {
    const { load } = host();
    const text = journalist.replace(
      'pick: { occupation: journalist, minAge: 25 }',
      'pick: { occupation: journalist, minAge: 99 }',
    );
    expect(text).not.toBe(journalist);
    const town = load({ kind: 'citizen', protagonist: 'journalist' }, { text });
    expect(town.role.roles.playing).toEqual({ kind: 'observer' });
    expect(town.role.problem).toEqual({ kind: 'notCast', protagonist: 'journalist' });
  });

  it('gives the appeals officer a queue and never the truth on the map', () => {
    const { ask, load } = host();
    const town = load({ kind: 'appealsOfficer' }, { toDay: 120 });
    expect(town.role.roles.playing).toEqual({ kind: 'appealsOfficer' });
    const officer = town.frame.role?.officer;
    expect(officer?.cases.length).toBeGreaterThan(0);
    expect(officer?.debrief.decisions).toBe(0);
    expect(town.frame.snapshot.wrongful.every((w) => w === 0)).toBe(true);
    const first = officer?.cases[0];
    if (first === undefined) return;
    const moved = ask({
      kind: 'roleMove',
      move: { kind: 'decide', caseId: first.id, grant: false },
    });
    if (moved.kind !== 'roleMoved') throw new Error(moved.kind);
    expect(moved.result).toEqual({ ok: true });
    expect(moved.role?.officer?.cases[0].decision).toBe(false);
  });

  it('lists the roles a scenario offers on the start screen', () => {
    const entries = ['journalist.yaml', 'welcome.yaml'].map((fileName) =>
      catalogEntry(fileName, loadScenario(read(fileName), fileName)),
    );
    const [j, w] = entries.map((e) => (e.ok ? e.meta.roles : null));
    expect(j?.protagonists.map((p) => p.id)).toEqual(['journalist']);
    expect(j?.appealsOfficer?.quota).toBe(3);
    expect(j?.planner).toBeNull();
    expect(w?.protagonists).toEqual([]);
    expect(w?.appealsOfficer).toBeNull();
  });
});
