/**
 * The player's progress in localStorage, versioned: which scenario (and its text when it was not
 * a shipped file), seed, day, speed and selection. Data that cannot be read is never silently
 * dropped: it is moved aside under another key and the caller tells the player.
 */
import type { AgentId } from '../engine/types';
import { parseSpeed, type Speed } from './clockStore';
import { parseSidePanel, type SidePanel } from './prefsStore';
import { parseAgentId, parseLens, type Lens } from './selectionStore';
import { readStored, setAside, writeStored, type KeyValueStorage } from './storageGuard';

export const PROGRESS_KEY = 'ledgertown.progress';
export const PROGRESS_VERSION = 1;
/** Scenario texts larger than this are not saved (the run restarts from the shipped list). */
const MAX_SAVED_TEXT = 600_000;

export interface SavedProgress {
  version: typeof PROGRESS_VERSION;
  fileName: string;
  /** The scenario text, only for files the player opened (shipped files are bundled). */
  customText?: string;
  seed: number;
  day: number;
  speed: Speed;
  selected: AgentId | null;
  lens: Lens;
  panel: SidePanel;
}

export type ProgressRead =
  | { kind: 'none' }
  | { kind: 'ok'; progress: SavedProgress }
  /** `setAsideKey`: where the entry is now; `moved` false when storage was too full to move it. */
  | { kind: 'corrupt'; reason: string; setAsideKey: string; moved: boolean };

export type { KeyValueStorage } from './storageGuard';

/**
 * Reads saved progress; unreadable data is moved to `ledgertown.progress.corrupt.<stamp>`, or left
 * in place when storage is too full for the copy. Never throws.
 */
export function readProgress(storage: KeyValueStorage, stamp: number): ProgressRead {
  const raw = readStored(storage, PROGRESS_KEY);
  if (raw === null) return { kind: 'none' };
  const problem = validate(raw);
  if (typeof problem !== 'string') return { kind: 'ok', progress: problem };
  const aside = setAside(storage, PROGRESS_KEY, raw, stamp);
  return { kind: 'corrupt', reason: problem, setAsideKey: aside.key, moved: aside.moved };
}

/** Saves progress; returns false when the browser refused (storage full or disabled). */
export function writeProgress(storage: KeyValueStorage, progress: SavedProgress): boolean {
  const toSave =
    progress.customText !== undefined && progress.customText.length > MAX_SAVED_TEXT
      ? { ...progress, customText: undefined }
      : progress;
  return writeStored(storage, PROGRESS_KEY, JSON.stringify(toSave));
}

/** Returns the progress, or a sentence saying what is wrong with it. */
function validate(raw: string): SavedProgress | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof data !== 'object' || data === null) return 'it is not an object';
  const d = data as Record<string, unknown>;
  if (d.version !== PROGRESS_VERSION) {
    return `it has version ${JSON.stringify(d.version)}, this version reads ${PROGRESS_VERSION}`;
  }
  if (typeof d.fileName !== 'string' || d.fileName === '')
    return 'the scenario file name is missing';
  if (d.customText !== undefined && typeof d.customText !== 'string') {
    return 'the saved scenario text is not text';
  }
  if (!Number.isInteger(d.seed) || (d.seed as number) < 0) return 'the seed is not a whole number';
  if (!Number.isInteger(d.day) || (d.day as number) < 0) return 'the day is not a whole number';
  const speed = parseSpeed(d.speed);
  if (speed === undefined) return 'the speed is not one of 1, 5, 20 or max';
  const selected = d.selected === null ? null : parseAgentId(d.selected);
  if (selected === undefined) return 'the selected person is not a valid id';
  const lens = parseLens(d.lens);
  if (lens === undefined) return 'the lens is not one of told, recorded, truth';
  const panel = parseSidePanel(d.panel);
  if (panel === undefined) return 'the open panel is unknown';
  return {
    version: PROGRESS_VERSION,
    fileName: d.fileName,
    customText: d.customText as string | undefined,
    seed: d.seed as number,
    day: d.day as number,
    speed,
    selected,
    lens,
    panel,
  };
}
