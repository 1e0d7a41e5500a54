import { afterEach, describe, expect, it } from 'vitest';
import { bundled, disposeTowns, memoryStorage, setUp } from './fixtures';

afterEach(disposeTowns);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('town controller', () => {
  it('lists the shipped scenarios and stays on the start screen with nothing saved', async () => {
    const { stores, controller } = setUp();
    await controller.start();
    const { catalog, screen } = stores.session.getState();
    const names = catalog?.map((e) => e.fileName) ?? [];
    expect([...names].sort()).toEqual(bundled.map((f) => f.fileName).sort());
    expect(names[0]).toBe('welcome.yaml');
    expect(catalog?.every((e) => e.ok && e.meta.title.length > 0)).toBe(true);
    expect(screen).toBe('start');
  });

  it('opens a scenario, steps, jumps forward and back to the same values', async () => {
    const { stores, controller } = setUp();
    expect(await controller.openScenario('welcome.yaml')).toBe(true);
    expect(stores.session.getState()).toMatchObject({ status: 'ready', screen: 'town', seed: 1 });
    expect(stores.clock.getState()).toMatchObject({ day: 0, lastDay: 365 });

    await controller.step(3);
    expect(stores.clock.getState().day).toBe(3);
    await controller.jumpTo(12);
    expect(stores.clock.getState().day).toBe(12);
    const early = stores.town.getState().metrics.listed.slice(0, 6);
    expect(stores.town.getState().metrics.listed).toHaveLength(12);

    await controller.jumpTo(6);
    expect(stores.clock.getState().day).toBe(6);
    expect(stores.town.getState().metrics.listed).toEqual(early);
  });

  it('restarts with a given or a new seed', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml');
    await controller.step(2);
    await controller.restart({ seed: 42 });
    expect(stores.session.getState().seed).toBe(42);
    expect(stores.clock.getState().day).toBe(0);
  });

  it('keeps the running town when a broken file is opened, and shows its errors', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml');
    await controller.step(2);
    expect(await controller.loadScenarioText('id: x\ndays: ten\n', 'broken.yaml')).toBe(false);
    const { invalid, status, scenario } = stores.session.getState();
    expect(invalid?.fileName).toBe('broken.yaml');
    expect(invalid?.errors.some((e) => e.line === 2 && e.path === 'days')).toBe(true);
    expect(status).toBe('ready');
    expect(scenario?.id).toBe('welcome');
    await controller.step(1);
    expect(stores.clock.getState().day).toBe(3);
  });

  it('reads the selected dossier and follows the lens', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml');
    await controller.step(2);
    controller.select('p4');
    await wait(50);
    expect(stores.selection.getState().dossier?.id).toBe('p4');
    expect(stores.prefs.getState().panel).toBe('person');
    controller.setLens('truth');
    expect(stores.selection.getState().lens).toBe('truth');
  });

  it('saves progress and restores it in a new session', async () => {
    const storage = memoryStorage();
    const first = setUp(storage);
    await first.controller.openScenario('journalist.yaml', { seed: 9 });
    await first.controller.step(4);
    first.controller.setSpeed(20);
    first.controller.select('p7');
    await wait(700);
    expect(storage.data.has('ledgertown.progress')).toBe(true);

    const second = setUp(storage);
    await second.controller.start();
    expect(second.stores.session.getState()).toMatchObject({
      seed: 9,
      status: 'ready',
      screen: 'town',
    });
    expect(second.stores.session.getState().source?.fileName).toBe('journalist.yaml');
    expect(second.stores.clock.getState()).toMatchObject({ day: 4, speed: 20 });
    expect(second.stores.selection.getState().selected).toBe('p7');
  });

  it('restores scenario, seed and day after the worker crashes', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml', { seed: 5 });
    await controller.step(7);
    controller.injectWorkerFault('crash');
    await wait(30);
    await controller.whenIdle();
    expect(stores.session.getState()).toMatchObject({
      status: 'ready',
      seed: 5,
      workerRestarts: 1,
    });
    expect(stores.clock.getState().day).toBe(7);
    expect(stores.session.getState().notices.map((n) => n.message.kind)).toEqual([
      'workerRestarted',
    ]);
    await controller.step(1);
    expect(stores.clock.getState().day).toBe(8);
  });

  it('plays through the fixed-step adapter: one day per second at 1x', async () => {
    const { stores, controller } = setUp();
    await controller.openScenario('welcome.yaml');
    controller.play();
    controller.frame(400); // parked at midday: half a day is already behind us
    controller.frame(200);
    await controller.whenIdle();
    expect(stores.clock.getState().day).toBe(1);
    controller.frame(300);
    await controller.whenIdle();
    expect(stores.clock.getState().day).toBe(1);
    controller.pause();
    controller.frame(5000);
    await controller.whenIdle();
    expect(stores.clock.getState().day).toBe(1);
  });
});
