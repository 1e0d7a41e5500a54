import { afterEach, describe, expect, it } from 'vitest';
import type { PlanEvaluation } from '../../src/engine/roles/planner';
import { createPlannerActions, type PlanSource } from '../../src/store/plannerActions';
import { ROLE_PROGRESS_KEY } from '../../src/store/roleSave';
import {
  applyRoleFrame,
  createRoleStore,
  roleToStart,
  truthHidden,
} from '../../src/store/roleStore';
import { createTeacherStore } from '../../src/store/teacherStore';
import { OPEN_SETTINGS } from '../../src/share/teacherSettings';
import type { PlanClient } from '../../src/worker/rolePlanClient';
import { PlanCancelledError } from '../../src/worker/rolePlanClient';
import type { PlanResponse } from '../../src/worker/rolePlanProtocol';
import type { RoleFrame } from '../../src/worker/roleProtocol';
import { disposeTowns, memoryStorage, setUp } from './fixtures';

afterEach(disposeTowns);

const citizen = { kind: 'citizen', protagonist: 'journalist' } as const;

describe('role store with the town controller', () => {
  it('plays a citizen: choices for the next day, moves kept, truth hidden until the ending', async () => {
    const { stores, controller } = setUp();
    expect(await controller.openScenario('journalist.yaml', { role: citizen })).toBe(true);
    const role = stores.role.getState();
    expect(role.playing).toEqual(citizen);
    expect(role.frame?.citizen?.view.nextDecisionDay).toBe(1);
    expect(stores.teacher.getState().role).toBe('citizen');
    expect(truthHidden(role, 0, 365)).toBe(true);

    expect(await controller.roleMove({ kind: 'choose', action: 'publish' })).toEqual({ ok: true });
    expect(stores.role.getState().frame?.citizen?.view.chosen).toBe('publish');
    const refused = await controller.roleMove({ kind: 'choose', action: 'dance' });
    expect(refused.ok).toBe(false);
    expect(stores.role.getState().moveRefusal).toMatchObject({
      kind: 'unknownAction',
      action: 'dance',
    });

    await controller.step(7);
    const after = stores.role.getState().frame;
    expect(stores.clock.getState().day).toBe(7);
    expect(after?.moves).toEqual([
      { day: 0, kind: 'choose', person: after?.citizen?.view.person, action: 'publish' },
    ]);
    expect(after?.citizen?.view.chosen).toBeNull();
  });

  it('saves the role and its moves with the progress and replays them on reload', async () => {
    const storage = memoryStorage();
    const first = setUp(storage);
    await first.controller.openScenario('journalist.yaml', { role: citizen });
    await first.controller.roleMove({ kind: 'choose', action: 'publish' });
    await first.controller.step(7);
    await first.controller.roleMove({ kind: 'choose', action: 'train' });
    await first.controller.step(7);
    first.controller.saveProgress();
    const before = first.stores.role.getState().frame;
    expect(before?.moves).toHaveLength(2);
    expect(JSON.parse(storage.data.get(ROLE_PROGRESS_KEY) ?? '{}').moves).toHaveLength(2);

    const second = setUp(storage);
    await second.controller.start();
    expect(second.stores.clock.getState().day).toBe(14);
    const restored = second.stores.role.getState();
    expect(restored.playing).toEqual(citizen);
    expect(restored.problem).toBeNull();
    expect(restored.frame?.moves).toEqual(before?.moves);
    expect(restored.frame?.citizen?.view).toEqual(before?.citizen?.view);
  });

  it('jumping back keeps the moves made before the day; restarting drops them all', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('journalist.yaml', { role: citizen });
    await controller.roleMove({ kind: 'choose', action: 'publish' });
    await controller.step(7);
    await controller.roleMove({ kind: 'choose', action: 'post' });
    await controller.step(7);
    await controller.jumpTo(7);
    expect(stores.role.getState().frame?.moves.map((m) => m.day)).toEqual([0, 7]);
    await controller.jumpTo(3);
    expect(stores.role.getState().frame?.moves.map((m) => m.day)).toEqual([0]);
    await controller.restart();
    expect(stores.role.getState().playing).toEqual(citizen);
    expect(stores.role.getState().frame?.moves).toEqual([]);
  });

  it('plays the appeals officer: a decision shows in the debrief; finishing reveals the truth', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('journalist.yaml', {
      role: { kind: 'appealsOfficer' },
      toDay: 120,
    });
    const state = stores.role.getState();
    const cases = state.frame?.officer?.cases ?? [];
    expect(cases.length).toBeGreaterThan(0);
    expect(truthHidden(state, 120, 365)).toBe(true);
    expect(await controller.roleMove({ kind: 'decide', caseId: cases[0].id, grant: true })).toEqual(
      {
        ok: true,
      },
    );
    await controller.step(1);
    const debrief = stores.role.getState().frame?.officer?.debrief;
    expect(debrief?.decisions).toBe(1);
    expect(debrief?.granted).toBe(1);
    expect((debrief?.wrongStood ?? 0) + (debrief?.rightFell ?? 0) + (debrief?.correct ?? 0)).toBe(
      1,
    );
    stores.role.setState({ officerFinished: true });
    expect(truthHidden(stores.role.getState(), 121, 365)).toBe(false);
  });

  it('keeps the planner’s bets and verdict over a restart, not over another role', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('counterfeit-street.yaml', { role: { kind: 'planner' } });
    expect(stores.role.getState().roles?.planner?.target.metric).toBe('acts_counterfeit_goods');
    const bets = { target: -0.3, costs: { wrongfulListings: 0.2 } };
    stores.role.setState({ planBets: bets, debriefOpen: true });
    await controller.restart();
    expect(stores.role.getState()).toMatchObject({ planBets: bets, debriefOpen: false });
    await controller.openScenario('counterfeit-street.yaml', { role: { kind: 'observer' } });
    expect(stores.role.getState().planBets).toEqual({ target: 0, costs: {} });
  });

  it('plays the observer, and says why, when the scenario does not offer the role', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml', { role: { kind: 'appealsOfficer' } });
    expect(stores.role.getState().playing).toEqual({ kind: 'observer' });
    expect(stores.role.getState().problem).toEqual({
      kind: 'notOffered',
      role: 'appealsOfficer',
    });
  });

  it('sets an unreadable role save aside and tells the player', async () => {
    const storage = memoryStorage();
    const first = setUp(storage);
    await first.controller.openScenario('journalist.yaml', { role: citizen });
    first.controller.saveProgress();
    storage.setItem(ROLE_PROGRESS_KEY, '{"version":1,"moves":"lots"}');
    const second = setUp(storage);
    await second.controller.start();
    expect(second.stores.role.getState().playing).toEqual({ kind: 'observer' });
    const notice = second.stores.session.getState().notices[0]?.message;
    expect(notice?.kind).toBe('roleSetAside');
    expect(
      [...storage.data.keys()].some((k) => k.startsWith(`${ROLE_PROGRESS_KEY}.corrupt.`)),
    ).toBe(true);
  });
});

describe('role store on its own', () => {
  it('opens the ending screen once, when the ending comes', () => {
    const store = createRoleStore();
    const frame = (ending: boolean): RoleFrame =>
      ({
        citizen: {
          view: { person: 'p1' },
          status: { ending: ending ? { kind: 'lose', day: 9, text: 'lost' } : null },
        },
        officer: null,
        moves: [],
      }) as unknown as RoleFrame;
    store.setState({ playing: citizen, pane: 'town' });
    applyRoleFrame(store, frame(false));
    expect(store.getState().debriefOpen).toBe(false);
    applyRoleFrame(store, frame(true));
    expect(store.getState()).toMatchObject({ debriefOpen: true, pane: 'desk' });
    store.setState({ debriefOpen: false });
    applyRoleFrame(store, frame(true));
    expect(store.getState().debriefOpen).toBe(false);
  });

  it('starts the chosen role, unless a lesson fixes another', () => {
    const store = createRoleStore();
    const teacher = createTeacherStore();
    store.setState({
      startChoice: { fileName: 'journalist.yaml', choice: { kind: 'appealsOfficer' } },
    });
    expect(roleToStart(store, teacher, 'journalist.yaml')).toEqual({ kind: 'appealsOfficer' });
    expect(roleToStart(store, teacher, 'welcome.yaml')).toEqual({ kind: 'observer' });
    teacher.setState({
      settings: { ...OPEN_SETTINGS, fixRole: true },
      role: 'citizen',
      lesson: { fileName: 'journalist.yaml', seed: 1, day: 0 },
    });
    expect(roleToStart(store, teacher, 'journalist.yaml')).toEqual({ kind: 'citizen' });
  });

  it('runs a plan: bets fixed while it runs, the verdict kept with the bets made', async () => {
    const store = createRoleStore();
    let answer: (response: PlanResponse) => void = () => undefined;
    let cancelled: (() => void) | null = null;
    const client: PlanClient = {
      evaluate: () =>
        new Promise((resolve, reject) => {
          answer = resolve;
          cancelled = () => reject(new PlanCancelledError());
        }),
      cancel: () => cancelled?.(),
      dispose: () => undefined,
    };
    let source: PlanSource = { problem: 'draftInvalid' };
    const planner = createPlannerActions(store, { client, source: () => source, now: () => 5 });

    await planner.run();
    expect(store.getState().planRun).toEqual({ status: 'blocked', problem: 'draftInvalid' });

    source = { job: { fileName: 'x.yaml', baseline: 'a', plan: 'b', seed: 1 } };
    planner.betOnTarget(-0.3);
    planner.betOnCost('wrongfulListings', 0.5);
    const running = planner.run();
    expect(store.getState().planRun).toEqual({ status: 'running', startedAt: 5 });
    planner.betOnTarget(0.9);
    expect(store.getState().planBets.target).toBe(-0.3);
    const result = { ok: true, achieved: false } as unknown as PlanEvaluation;
    answer({ kind: 'evaluated', id: 1, result, ms: 1200 });
    await running;
    expect(store.getState().planRun).toEqual({
      status: 'done',
      result,
      bets: { target: -0.3, costs: { wrongfulListings: 0.5 } },
      ms: 1200,
    });
    expect(store.getState().debriefOpen).toBe(true);

    const again = planner.run();
    planner.cancel();
    await again;
    expect(store.getState().planRun).toEqual({ status: 'idle' });
  });
});
