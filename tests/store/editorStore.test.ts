import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftKey } from '../../src/store/editorStorage';
import { createEditorActions, createEditorStore } from '../../src/store/editorStore';
import type { KeyValueStorage } from '../../src/store/progressStorage';

const small = readFileSync(join(__dirname, '../fixtures/small-town.yaml'), 'utf8');
const FILE = 'small.yaml';
const POINTS = ['ruleset', 'rules', 0, 'points'];

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
let clock: number;

function setUp() {
  const store = createEditorStore();
  const actions = createEditorActions(store, {
    storage,
    now: () => clock,
    stamp: () => 1234,
  });
  return { store, actions };
}

const pointsOf = (text: string) => parse(text).ruleset.rules[0].points as number;

beforeEach(() => {
  storage = new MemoryStorage();
  clock = 0;
});

describe('editor store', () => {
  it('opens a scenario valid, with its data for the forms and as its own last valid draft', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    const s = store.getState();
    expect(s.check.status).toBe('valid');
    expect(s.lastValid?.text).toBe(small);
    expect((s.data as { id: string }).id).toBe('small_town');
  });

  it('undoes and redoes edits, one step per field however many keystrokes', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    actions.edit({ op: 'set', path: POINTS, value: -1 }, 'points');
    clock += 200;
    actions.edit({ op: 'set', path: POINTS, value: -12 }, 'points');
    clock += 5000;
    actions.edit(
      { op: 'set', path: ['ruleset', 'rules', 0, 'reason'], value: 'Driving' },
      'reason',
    );
    expect(store.getState().past).toHaveLength(2);
    actions.undo();
    expect(pointsOf(store.getState().text)).toBe(-12);
    actions.undo();
    expect(store.getState().text).toBe(small);
    actions.undo();
    expect(store.getState().text).toBe(small);
    actions.redo();
    actions.redo();
    expect(parse(store.getState().text).ruleset.rules[0].reason).toBe('Driving');
    actions.edit({ op: 'set', path: POINTS, value: -3 }, 'points');
    expect(store.getState().future).toEqual([]);
  });

  it('saves every edit at once, and a reload finds the draft again', () => {
    const first = setUp();
    first.actions.open(FILE, small, small);
    first.actions.edit({ op: 'set', path: POINTS, value: -33 }, 'points');
    expect(JSON.parse(storage.getItem(draftKey(FILE)) ?? '{}')).toMatchObject({
      version: 1,
      fileName: FILE,
      shipped: small,
    });
    const second = setUp();
    second.actions.open(FILE, small, small);
    expect(pointsOf(second.store.getState().text)).toBe(-33);
    expect(second.store.getState().notices).toEqual([{ kind: 'restored' }]);
  });

  it('never lets an invalid edit replace the last valid draft, and says where it is wrong', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    actions.edit({ op: 'set', path: POINTS, value: -20 }, 'points');
    const valid = store.getState().lastValid;
    actions.edit({ op: 'set', path: POINTS, value: 'ten' }, 'points');
    const s = store.getState();
    expect(s.check.status).toBe('invalid');
    if (s.check.status !== 'invalid') return;
    expect(s.check.errors[0]).toMatchObject({ path: 'ruleset.rules[0].points', file: FILE });
    expect(s.check.errors[0].line).toBe(s.text.split('\n').findIndex((l) => l.includes('ten')) + 1);
    expect(s.lastValid).toBe(valid);
    expect(pointsOf(s.lastValid?.text ?? '')).toBe(-20);
  });

  it('checks typed YAML later when asked, keeping the text meanwhile', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    actions.setText(`${small}\nnot: [closed`, { check: false });
    expect(store.getState().check.status).toBe('pending');
    actions.validate();
    const s = store.getState();
    expect(s.check.status).toBe('invalid');
    expect(s.data).toBeNull();
    expect(s.lastValid?.text).toBe(small);
  });

  it('sets corrupt saved data aside under another key and says so', () => {
    storage.setItem(draftKey(FILE), '{"version":1,"fileName":"small.yaml","text":');
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    const setAsideKey = `${draftKey(FILE)}.corrupt.1234`;
    expect(store.getState().notices).toEqual([
      { kind: 'setAside', reason: 'it is not valid JSON', key: setAsideKey },
    ]);
    expect(storage.getItem(setAsideKey)).toBe('{"version":1,"fileName":"small.yaml","text":');
    expect(store.getState().text).toBe(small);
  });

  it('sets aside a draft of another version rather than reading it', () => {
    storage.setItem(draftKey(FILE), JSON.stringify({ version: 7, fileName: FILE }));
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    expect(store.getState().notices[0]).toMatchObject({
      kind: 'setAside',
      reason: 'it has version 7, this version reads 1',
    });
  });

  it('resets to the shipped text as an undoable step and forgets the saved draft', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    actions.edit({ op: 'set', path: POINTS, value: -9 }, 'points');
    actions.resetToShipped();
    expect(store.getState().text).toBe(small);
    expect(storage.getItem(draftKey(FILE))).toBeNull();
    actions.undo();
    expect(pointsOf(store.getState().text)).toBe(-9);
  });

  it('tells the player when the browser refuses to save', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    storage.full = true;
    actions.edit({ op: 'set', path: POINTS, value: -9 }, 'points');
    expect(store.getState().notices).toEqual([{ kind: 'saveFailed' }]);
    expect(pointsOf(store.getState().text)).toBe(-9);
  });

  it('can open without checking, and checks when asked', () => {
    const { store, actions } = setUp();
    actions.open(FILE, small, small, { check: false });
    expect(store.getState().check.status).toBe('pending');
    expect(store.getState().lastValid).toBeNull();
    actions.validate();
    expect(store.getState().check.status).toBe('valid');
    expect(store.getState().lastValid?.text).toBe(small);
  });

  it('keeps the valid running text to compare against when a restored draft is invalid', () => {
    const broken = small.replace('points: -5', 'points: many');
    storage.setItem(
      draftKey(FILE),
      JSON.stringify({ version: 1, fileName: FILE, shipped: small, text: broken }),
    );
    const { store, actions } = setUp();
    actions.open(FILE, small, small);
    expect(store.getState().text).toBe(broken);
    expect(store.getState().check.status).toBe('invalid');
    expect(store.getState().lastValid?.text).toBe(small);
  });
});
