/**
 * The rule editor's drafts in localStorage: one versioned entry per scenario file, written as the
 * player types, so a reload or a crash loses nothing. An entry that cannot be read is never
 * dropped: it is moved aside under another key and the editor says so.
 */
import type { KeyValueStorage } from './progressStorage';
import { readStored, setAside, writeStored } from './storageGuard';

export const DRAFT_KEY_PREFIX = 'ledgertown.editor.';
export const DRAFT_VERSION = 1;

/** One scenario's draft: the text as edited and the text it started from. */
export interface SavedDraft {
  version: typeof DRAFT_VERSION;
  fileName: string;
  /** The scenario as shipped (or as opened), to reset to and to compare against. */
  shipped: string;
  text: string;
}

export type DraftRead =
  | { kind: 'none' }
  | { kind: 'ok'; draft: SavedDraft }
  /** `moved` false: storage was too full to move it, so it stays under its own key. */
  | { kind: 'corrupt'; reason: string; setAsideKey: string; moved: boolean };

/** The storage key of a scenario file's draft. */
export function draftKey(fileName: string): string {
  return `${DRAFT_KEY_PREFIX}v${DRAFT_VERSION}.${fileName}`;
}

/** Reads a draft; unreadable data is moved to `<key>.corrupt.<stamp>` and reported. */
export function readDraft(storage: KeyValueStorage, fileName: string, stamp: number): DraftRead {
  const key = draftKey(fileName);
  const raw = readStored(storage, key);
  if (raw === null) return { kind: 'none' };
  const draft = validate(raw, fileName);
  if (typeof draft !== 'string') return { kind: 'ok', draft };
  // Storage full: the entry stays where it is rather than be lost; it is still reported.
  const aside = setAside(storage, key, raw, stamp);
  return { kind: 'corrupt', reason: draft, setAsideKey: aside.key, moved: aside.moved };
}

/** Saves a draft; false when the browser refused (storage full or disabled). */
export function writeDraft(storage: KeyValueStorage, draft: SavedDraft): boolean {
  return writeStored(storage, draftKey(draft.fileName), JSON.stringify(draft));
}

/** Forgets a scenario's draft (its text is back to as shipped). */
export function clearDraft(storage: KeyValueStorage, fileName: string): void {
  try {
    storage.removeItem(draftKey(fileName));
  } catch {
    // Nothing to do: a draft equal to the shipped text does no harm.
  }
}

/** The draft, or a sentence saying what is wrong with it. */
function validate(raw: string, fileName: string): SavedDraft | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'it is not an object';
  const d = data as Record<string, unknown>;
  if (d.version !== DRAFT_VERSION) {
    return `it has version ${JSON.stringify(d.version)}, this version reads ${DRAFT_VERSION}`;
  }
  if (d.fileName !== fileName) return `it belongs to ${JSON.stringify(d.fileName)}`;
  if (typeof d.shipped !== 'string') return 'the original scenario text is missing';
  if (typeof d.text !== 'string') return 'the edited text is missing';
  return { version: DRAFT_VERSION, fileName, shipped: d.shipped, text: d.text };
}
