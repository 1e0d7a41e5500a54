/**
 * Full storage plus a corrupt entry, a storage that refuses to be read, and a worker that fails
 * again and again however slowly: the game starts, says what happened, and loses nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readDraft, draftKey } from '../../src/store/editorStorage';
import { createEditorActions, createEditorStore } from '../../src/store/editorStore';
import { PROGRESS_KEY, readProgress, type KeyValueStorage } from '../../src/store/progressStorage';
import { ROLE_PROGRESS_KEY, restoreRoleProgress } from '../../src/store/roleSave';
import { createTownController } from '../../src/store/townController';
import { createTownStores } from '../../src/store/townStores';
import { bundled, disposeTowns, memoryStorage, shipped } from './fixtures';
import { inProcessWorker } from './inProcessWorker';

afterEach(disposeTowns);

const WELCOME = bundled.find((f) => f.fileName === 'welcome.yaml')?.text ?? '';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A storage that is full: every write throws, as a browser's QuotaExceededError does. */
function fullStorage(entries: Record<string, string>): KeyValueStorage & {
  data: Map<string, string>;
} {
  const storage = memoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.data.set(key, value);
  storage.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return storage;
}

const OTHER = { 'ledgertown.locale': 'zh-CN', 'ledgertown.editor.v1.welcome.yaml': '{"x":1}' };

describe('storage that is full, with a corrupt entry', () => {
  it('reads corrupt progress without throwing, leaves it in place and touches nothing else', () => {
    const storage = fullStorage({ [PROGRESS_KEY]: '{corrupt', ...OTHER });
    const read = readProgress(storage, 7);
    expect(read).toEqual({
      kind: 'corrupt',
      reason: 'it is not valid JSON',
      setAsideKey: PROGRESS_KEY,
      moved: false,
    });
    expect(Object.fromEntries(storage.data)).toEqual({ [PROGRESS_KEY]: '{corrupt', ...OTHER });
  });

  it('reads a corrupt role save without throwing and says the run continues without it', () => {
    const stores = createTownStores();
    const storage = fullStorage({ [ROLE_PROGRESS_KEY]: '{corrupt', ...OTHER });
    const run = { fileName: 'journalist.yaml', seed: 1 };
    expect(restoreRoleProgress(storage, stores, run, 7)).toEqual({});
    expect(stores.session.getState().notices.map((n) => n.message)).toEqual([
      {
        kind: 'roleSetAside',
        reason: 'it is not valid JSON',
        key: ROLE_PROGRESS_KEY,
        moved: false,
      },
    ]);
    expect(Object.fromEntries(storage.data)).toEqual({ [ROLE_PROGRESS_KEY]: '{corrupt', ...OTHER });
  });

  it('sets a corrupt role save aside when there is room, under a key of its own', () => {
    const stores = createTownStores();
    const storage = memoryStorage();
    storage.setItem(ROLE_PROGRESS_KEY, '{corrupt');
    restoreRoleProgress(storage, stores, { fileName: 'journalist.yaml', seed: 1 }, 7);
    expect(stores.session.getState().notices[0].message).toEqual({
      kind: 'roleSetAside',
      reason: 'it is not valid JSON',
      key: `${ROLE_PROGRESS_KEY}.corrupt.7`,
      moved: true,
    });
    expect(storage.getItem(`${ROLE_PROGRESS_KEY}.corrupt.7`)).toBe('{corrupt');
    expect(storage.getItem(ROLE_PROGRESS_KEY)).toBeNull();
  });

  it('reads a corrupt draft without throwing, leaving it in place', () => {
    const key = draftKey('welcome.yaml');
    const storage = fullStorage({ [key]: '{corrupt' });
    expect(readDraft(storage, 'welcome.yaml', 7)).toEqual({
      kind: 'corrupt',
      reason: 'it is not valid JSON',
      setAsideKey: key,
      moved: false,
    });
    expect(storage.data.get(key)).toBe('{corrupt');
  });

  it('keeps a corrupt draft it could not move when the editor opens the scenario', () => {
    const key = draftKey('welcome.yaml');
    const storage = fullStorage({ [key]: '{corrupt' });
    // Writes fail, but clearing a draft equal to the shipped text would still remove it.
    const editor = createEditorStore();
    const actions = createEditorActions(editor, { storage, now: () => 0, stamp: () => 7 });
    actions.open('welcome.yaml', WELCOME, WELCOME, { check: false });
    expect(editor.getState().notices).toEqual([
      { kind: 'setAside', reason: 'it is not valid JSON', key },
    ]);
    expect(storage.data.get(key)).toBe('{corrupt');
  });

  it('treats a storage that refuses to be read as empty', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readProgress(refusing, 1)).toEqual({ kind: 'none' });
  });

  it('starts the game with a message for each corrupt save, the rest of storage kept', async () => {
    const stores = createTownStores();
    const storage = fullStorage({
      [PROGRESS_KEY]: JSON.stringify({
        version: 1,
        fileName: 'journalist.yaml',
        seed: 1,
        day: 2,
        speed: 1,
        selected: null,
        lens: 'told',
        panel: 'events',
      }),
      [ROLE_PROGRESS_KEY]: '{corrupt',
      ...OTHER,
    });
    const controller = createTownController({
      stores,
      shipped,
      storage,
      spawnWorker: inProcessWorker,
    });
    try {
      await controller.start();
      await controller.whenIdle();
      expect(stores.session.getState()).toMatchObject({ status: 'ready', screen: 'town' });
      expect(stores.clock.getState().day).toBe(2);
      // The corrupt role save is reported; a later save may also say storage is full.
      const kinds = stores.session.getState().notices.map((n) => n.message.kind);
      expect(kinds[0]).toBe('roleSetAside');
      expect(kinds.slice(1).every((kind) => kind === 'saveFailed')).toBe(true);
      expect(storage.data.get('ledgertown.locale')).toBe('zh-CN');
      expect(storage.data.get(ROLE_PROGRESS_KEY)).toBe('{corrupt');
    } finally {
      controller.dispose();
    }
  });
});

describe('the worker watchdog', () => {
  it('gives up after 3 restarts of one run however far apart they come, and says why', async () => {
    const stores = createTownStores();
    let clock = 0;
    const controller = createTownController({
      stores,
      shipped,
      storage: null,
      spawnWorker: inProcessWorker,
      now: () => clock,
    });
    try {
      await controller.openScenario('welcome.yaml', { seed: 5 });
      await controller.step(2);
      for (let k = 1; k <= 4; k++) {
        clock += 10 * 60_000; // ten minutes between failures: far beyond any time window
        controller.injectWorkerFault('crash');
        await wait(30);
        await controller.whenIdle();
      }
      const kinds = stores.session.getState().notices.map((n) => n.message);
      expect(kinds.map((m) => m.kind)).toEqual([
        'workerRestarted',
        'workerRestarted',
        'workerRestarted',
        'workerGaveUp',
      ]);
      expect(kinds[3]).toMatchObject({ kind: 'workerGaveUp', restarts: 4, day: 2 });
      expect(stores.clock.getState().playing).toBe(false);
      // A run the player asks for again starts a new count.
      await controller.restart();
      expect(stores.session.getState().status).toBe('ready');
      controller.injectWorkerFault('crash');
      await wait(30);
      await controller.whenIdle();
      expect(stores.session.getState().notices.at(-1)?.message.kind).toBe('workerRestarted');
    } finally {
      controller.dispose();
    }
  });
});
