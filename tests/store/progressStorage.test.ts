import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  readProgress,
  writeProgress,
  type KeyValueStorage,
  type SavedProgress,
} from '../../src/store/progressStorage';
import { memoryStorage } from './fixtures';

const progress: SavedProgress = {
  version: 1,
  fileName: 'welcome.yaml',
  seed: 7,
  day: 42,
  speed: 5,
  selected: 'p12',
  lens: 'truth',
  panel: 'person',
};

describe('progress storage', () => {
  it('round-trips saved progress', () => {
    const storage = memoryStorage();
    expect(writeProgress(storage, progress)).toBe(true);
    expect(readProgress(storage, 1)).toEqual({ kind: 'ok', progress });
  });

  it('reports nothing saved', () => {
    expect(readProgress(memoryStorage(), 1)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"version":1,', 'not valid JSON'],
    ['another version', JSON.stringify({ ...progress, version: 2 }), 'version 2'],
    ['a bad speed', JSON.stringify({ ...progress, speed: 3 }), 'speed'],
    ['a bad person id', JSON.stringify({ ...progress, selected: 'x; drop' }), 'selected person'],
    ['a negative day', JSON.stringify({ ...progress, day: -1 }), 'day'],
    ['an unknown lens', JSON.stringify({ ...progress, lens: 'gossip' }), 'lens'],
  ])('sets aside %s with a reason, keeping the data', (_name, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, raw);
    const read = readProgress(storage, 99);
    expect(read.kind).toBe('corrupt');
    if (read.kind !== 'corrupt') return;
    expect(read.reason).toContain(reason);
    expect(read.setAsideKey).toBe(`${PROGRESS_KEY}.corrupt.99`);
    expect(storage.getItem(read.setAsideKey)).toBe(raw);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('keeps a player-opened scenario text with the progress', () => {
    const storage = memoryStorage();
    writeProgress(storage, { ...progress, customText: 'id: mine\n' });
    const read = readProgress(storage, 1);
    expect(read.kind === 'ok' && read.progress.customText).toBe('id: mine\n');
  });

  it('says so when the browser refuses to store', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeProgress(full, progress)).toBe(false);
  });
});
