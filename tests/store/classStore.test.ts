/**
 * The saved class: saved only when asked, back after a reload, forgotten on request; full storage
 * and a corrupt save are said and lose nothing (the class stays on screen, the bad text is kept).
 */
import { describe, expect, it } from 'vitest';
import { handInJson, sealHandIn, HAND_IN_FORMAT, HAND_IN_VERSION } from '../../src/export/handIn';
import {
  addToClass,
  CLASS_STORAGE_KEY,
  createClassStore,
  forgetClass,
  restoreClass,
  saveClass,
} from '../../src/store/classStore';

function memory(full = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

const handIn = (i: number) =>
  sealHandIn({
    format: HAND_IN_FORMAT,
    version: HAND_IN_VERSION,
    ledgertown: '0.1.0',
    scenario: { id: 'welcome', title: 'Welcome', hash: 'aaaaaaaaaaaaaaaa', file: 'welcome.yaml' },
    seed: i,
    day: 10,
    lastDay: 100,
    lesson: null,
    name: `S${i}`,
    role: { kind: 'observer', protagonist: null, label: 'Observer' },
    choices: [],
    choiceLabels: {},
    ending: null,
    figures: { totalNewListings: i },
    questions: [],
    answers: [],
    comparison: null,
  });

const inputs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ source: `${i}.json`, text: handInJson(handIn(i)) }));

describe('the saved class', () => {
  it('is saved only when asked, comes back, and is forgotten', () => {
    const storage = memory();
    const store = createClassStore();
    addToClass(store, inputs(3));
    expect(storage.map.size).toBe(0);
    expect(saveClass(store, storage)).toBe(true);
    const again = createClassStore();
    restoreClass(again, storage, 1);
    expect(again.getState().students.map((s) => s.handIn.name)).toEqual(['S0', 'S1', 'S2']);
    expect(again.getState().note).toEqual({ kind: 'restored', students: 3 });
    forgetClass(again, storage);
    expect(storage.map.has(CLASS_STORAGE_KEY)).toBe(false);
    expect(again.getState().students).toEqual([]);
  });

  it('says when storage is full and keeps the class on screen', () => {
    const store = createClassStore();
    addToClass(store, inputs(2));
    expect(saveClass(store, memory(true))).toBe(false);
    expect(store.getState().note).toEqual({ kind: 'full' });
    expect(store.getState().students).toHaveLength(2);
  });

  it('sets a corrupt save aside under its own key instead of dropping it', () => {
    const storage = memory();
    storage.map.set(CLASS_STORAGE_KEY, '{"version":1,"students":');
    const store = createClassStore();
    restoreClass(store, storage, 42);
    expect(store.getState().note).toEqual({
      kind: 'setAside',
      key: `${CLASS_STORAGE_KEY}.corrupt.42`,
      reason: 'it is not valid JSON',
    });
    expect(storage.map.get(`${CLASS_STORAGE_KEY}.corrupt.42`)).toBe('{"version":1,"students":');
  });

  it('leaves out saved hand-ins that fail the checks and keeps the saved text', () => {
    const storage = memory();
    const store = createClassStore();
    addToClass(store, inputs(3));
    saveClass(store, storage);
    const saved = JSON.parse(storage.map.get(CLASS_STORAGE_KEY)!);
    saved.students[1].handIn.name = 'edited';
    storage.map.set(CLASS_STORAGE_KEY, JSON.stringify(saved));
    const again = createClassStore();
    restoreClass(again, storage, 7);
    expect(again.getState().students.map((s) => s.handIn.name)).toEqual(['S0', 'S2']);
    expect(again.getState().note).toMatchObject({ kind: 'restoredSome', dropped: 1 });
    expect(storage.map.get(`${CLASS_STORAGE_KEY}.corrupt.7`)).toBe(JSON.stringify(saved));
  });
});
