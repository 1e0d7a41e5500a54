/**
 * `window.ledgertown` checks every argument as the interface does: an invalid one is refused with
 * an error saying what was expected, and nothing reaches the stores or the saved progress.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAutomationApi } from '../../src/store/automationApi';
import { PROGRESS_KEY, readProgress } from '../../src/store/progressStorage';
import { bundled, disposeTowns, memoryStorage, setUp } from './fixtures';

afterEach(disposeTowns);

describe('the automation API', () => {
  it('refuses invalid arguments with a clear error and stores nothing', async () => {
    const storage = memoryStorage();
    const { stores, controller } = setUp(storage);
    const api = createAutomationApi(
      stores,
      controller,
      bundled.map((f) => f.fileName),
      'test',
    );
    expect(await api.loadScenario('welcome.yaml', { seed: 3 })).toBe(true);
    controller.saveProgress();
    const saved = storage.getItem(PROGRESS_KEY);
    const before = JSON.stringify(api.state());

    const refusedAsync: [() => Promise<unknown>, string][] = [
      [
        () => api.restart({ seed: 1.5 }),
        'ledgertown.restart: expected a seed: a whole number from 0 to 2147483647, found 1.5',
      ],
      [() => api.restart({ seed: -1 }), 'found -1'],
      [
        () => api.restart({ newSeed: 'yes' as unknown as boolean }),
        'expected newSeed: true or false, found "yes"',
      ],
      [
        () => api.restart({ seeed: 4 } as never),
        'expected options among newSeed, seed, found an option "seeed"',
      ],
      [
        () => api.step(0),
        'ledgertown.step: expected a number of days: a whole number from 1 to 3650, found 0',
      ],
      [() => api.step(Number.NaN), 'found NaN'],
      [
        () => api.jumpTo(366),
        'ledgertown.jumpTo: expected a day: a whole number from 0 to 365, found 366',
      ],
      [() => api.jumpTo(2.5), 'found 2.5'],
      [() => api.loadScenario('nope.yaml'), 'ledgertown.loadScenario: expected a shipped scenario'],
      [() => api.loadScenario('welcome.yaml', { seed: '7' as unknown as number }), 'found "7"'],
      [() => api.loadScenario('welcome.yaml', { day: -3 }), 'found -3'],
      [
        () => api.loadScenarioText(42 as unknown as string),
        'ledgertown.loadScenarioText: expected scenario text, found 42',
      ],
      [
        () => api.loadScenarioText('id: x', ''),
        'expected a file name of 1 to 255 characters, found ""',
      ],
    ];
    for (const [call, message] of refusedAsync) await expect(call()).rejects.toThrow(message);

    const refused: [() => unknown, string][] = [
      [
        () => api.setLens('Truth' as never),
        'ledgertown.setLens: expected a lens: "told", "recorded" or "truth", found "Truth"',
      ],
      [() => api.select('P12' as never), 'ledgertown.select: expected null, a person p0 to p'],
      [() => api.select('p9999999' as never), 'found "p9999999"'],
      [() => api.select(12 as never), 'found 12'],
      [
        () => api.setSpeed(3 as never),
        'ledgertown.setSpeed: expected a speed: 1, 5, 20 or "max", found 3',
      ],
    ];
    for (const [call, message] of refused) expect(call).toThrow(message);

    await controller.whenIdle();
    controller.saveProgress();
    expect(JSON.stringify(api.state())).toBe(before);
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
    expect(readProgress(storage, 1).kind).toBe('ok');

    // Valid arguments still work.
    api.select('p12');
    api.setLens('truth');
    await api.restart({ seed: 9 });
    expect(api.state()).toMatchObject({ selected: 'p12', lens: 'truth', seed: 9 });
  });
});
