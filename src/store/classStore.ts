/**
 * The teacher's class: the hand-ins kept, the ones set aside with their reasons, and whether the
 * class is saved in this browser. Nothing is saved unless the teacher saves it, under
 * CLASS_STORAGE_KEY; "forget this class" removes it. A saved class that cannot be read is set
 * aside under `<key>.corrupt.<time>` (never dropped) and the teacher told; a save the browser
 * refuses (storage full or disabled) leaves the class on screen and says so.
 */
import { createStore } from 'zustand/vanilla';
import { HAND_IN_LIMITS, readHandInData } from '../export/handIn';
import {
  groupStudents,
  readClass,
  type ClassGroup,
  type ClassInput,
  type ClassStudent,
  type Rejected,
} from '../export/classResults';
import type { KeyValueStorage } from './progressStorage';
import { readStored, setAside, writeStored } from './storageGuard';

export const CLASS_STORAGE_KEY = 'ledgertown.class.v1';
const CLASS_SAVE_VERSION = 1;

/** What the class screen says about saving, as data (the interface words it). */
export type ClassStorageNote =
  | { kind: 'saved'; students: number }
  | { kind: 'restored'; students: number }
  | { kind: 'forgotten' }
  | { kind: 'full' }
  | { kind: 'unavailable' }
  | { kind: 'setAside'; key: string; reason: string }
  /** Saved hand-ins that no longer pass the checks were left out of the restored class. */
  | { kind: 'restoredSome'; students: number; dropped: number; key: string };

export interface ClassState {
  students: ClassStudent[];
  groups: ClassGroup[];
  splitScenarios: string[];
  /** Set aside in the latest reading, newest reading first. */
  rejected: Rejected[];
  /** The latest reading: how many inputs came, kept, set aside. */
  lastRead: { inputs: number; kept: number; rejected: number } | null;
  /** The group shown (a scenario hash). */
  shown: string | null;
  /** The class on screen is the one saved. */
  saved: boolean;
  note: ClassStorageNote | null;
}

/** No class read: the store's start, and what "forget this class" returns to (with its note). */
const noClass = (): ClassState => ({
  students: [],
  groups: [],
  splitScenarios: [],
  rejected: [],
  lastRead: null,
  shown: null,
  saved: false,
  note: null,
});

export const createClassStore = () => createStore<ClassState>()(noClass);

export type ClassStore = ReturnType<typeof createClassStore>;

/** Reads inputs into the class: kept ones join it, the others are listed with their reasons. */
export function addToClass(store: ClassStore, inputs: readonly ClassInput[]): void {
  const before = store.getState();
  const book = readClass(inputs, before.students);
  const students = book.groups.flatMap((g) => g.students);
  const kept = students.length - before.students.length;
  store.setState({
    students: ordered(students, before.students),
    groups: book.groups,
    splitScenarios: book.splitScenarios,
    rejected: [...book.rejected, ...before.rejected],
    lastRead: { inputs: inputs.length, kept, rejected: book.rejected.length },
    shown: book.groups.some((g) => g.key === before.shown)
      ? before.shown
      : (book.groups[0]?.key ?? null),
    saved: before.saved && kept === 0,
  });
}

/** Students in the order they came (groups reorder them). */
function ordered(students: ClassStudent[], before: ClassStudent[]): ClassStudent[] {
  const rank = new Map(before.map((s, i) => [s.id, i]));
  return [...students].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

export function removeStudent(store: ClassStore, id: string): void {
  const students = store.getState().students.filter((s) => s.id !== id);
  setStudents(store, students);
}

function setStudents(store: ClassStore, students: ClassStudent[]): void {
  const { groups, splitScenarios } = groupStudents(students);
  const shown = store.getState().shown;
  store.setState({
    students,
    groups,
    splitScenarios,
    shown: groups.some((g) => g.key === shown) ? shown : (groups[0]?.key ?? null),
    saved: false,
  });
}

/** Saves the class in this browser; says so, or why it could not. */
export function saveClass(store: ClassStore, storage: KeyValueStorage | null): boolean {
  if (storage === null) {
    store.setState({ note: { kind: 'unavailable' } });
    return false;
  }
  const { students } = store.getState();
  const data = {
    version: CLASS_SAVE_VERSION,
    students: students.map((s) => ({ source: s.source, handIn: s.handIn })),
  };
  if (!writeStored(storage, CLASS_STORAGE_KEY, JSON.stringify(data))) {
    store.setState({ note: { kind: 'full' } });
    return false;
  }
  store.setState({ saved: true, note: { kind: 'saved', students: students.length } });
  return true;
}

/** Forgets the saved class and empties the screen. */
export function forgetClass(store: ClassStore, storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(CLASS_STORAGE_KEY);
  } catch {
    // Nothing saved can be removed from a storage that refuses access; the screen empties anyway.
  }
  store.setState({ ...noClass(), note: { kind: 'forgotten' } });
}

/**
 * Puts back the saved class, if any. Saved data that cannot be read at all is set aside under
 * `<key>.corrupt.<stamp>`; hand-ins in it that fail the checks are left out, and the whole saved
 * text is kept under the same kind of key, so nothing is lost.
 */
export function restoreClass(
  store: ClassStore,
  storage: KeyValueStorage | null,
  stamp: number,
): void {
  if (storage === null) return;
  const raw = readStored(storage, CLASS_STORAGE_KEY);
  if (raw === null) return;
  const putAside = (reason: string) => {
    const where = setAside(storage, CLASS_STORAGE_KEY, raw, stamp);
    store.setState({ note: { kind: 'setAside', key: where.key, reason } });
  };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    putAside('it is not valid JSON');
    return;
  }
  const d = data as { version?: unknown; students?: unknown } | null;
  if (
    d === null ||
    typeof d !== 'object' ||
    d.version !== CLASS_SAVE_VERSION ||
    !Array.isArray(d.students)
  ) {
    putAside(`it is not a saved class of version ${CLASS_SAVE_VERSION}`);
    return;
  }
  const students: ClassStudent[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of d.students.slice(0, HAND_IN_LIMITS.students)) {
    const e = entry as { source?: unknown; handIn?: unknown } | null;
    const read = readHandInData(e?.handIn);
    if (!read.ok || typeof e?.source !== 'string' || seen.has(read.handIn.seal)) {
      dropped++;
      continue;
    }
    seen.add(read.handIn.seal);
    students.push({ id: read.handIn.seal, source: e.source.slice(0, 300), handIn: read.handIn });
  }
  dropped += Math.max(0, d.students.length - HAND_IN_LIMITS.students);
  setStudents(store, students);
  if (dropped > 0) {
    // A copy of the whole saved text; when storage is too full for it, the original stays under
    // the class key until the teacher saves again.
    const key = `${CLASS_STORAGE_KEY}.corrupt.${stamp}`;
    const copied = writeStored(storage, key, raw);
    store.setState({
      saved: false,
      note: {
        kind: 'restoredSome',
        students: students.length,
        dropped,
        key: copied ? key : CLASS_STORAGE_KEY,
      },
    });
    return;
  }
  store.setState({ saved: true, note: { kind: 'restored', students: students.length } });
}
