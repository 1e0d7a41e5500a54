/**
 * Session: which scenarios exist, which one is open (with its source text, kept so a restarted
 * worker can rebuild the run), whether it loaded, and the messages the player should see.
 */
import { createStore } from 'zustand/vanilla';
import type { Issue } from '../scenario/issue';
import type { Scenario } from '../scenario/schema';
import type { CatalogEntry, RunStopped } from '../worker/protocol';
import { RunStoppedError } from '../worker/workerClient';

/** What happened, as data: the UI words it (src/ui/strings), so notices can be translated. */
export type NoticeMessage =
  | { kind: 'workerRestarted'; reason: 'crashed' | 'stuck'; detail: string; day: number }
  | { kind: 'workerGaveUp'; detail: string; day: number; restarts: number }
  | { kind: 'requestFailed'; detail: string }
  /** The run passed the day budget of its conditions: it stays on its last whole day. */
  | ({ kind: 'runStopped' } & RunStopped)
  | { kind: 'saveFailed' }
  /** `moved` false: storage was too full to move it, so it stays under its own key. */
  | { kind: 'progressSetAside'; reason: string; key: string; moved?: boolean }
  | { kind: 'roleSetAside'; reason: string; key: string; moved: boolean }
  /** The saved language choice names no shipped language (`saved`, shortened). */
  | { kind: 'localeSetAside'; saved: string; key: string; moved: boolean }
  | { kind: 'savedScenarioGone'; fileName: string }
  | { kind: 'unknownScenario'; fileName: string };

export type NoticeTone = 'info' | 'warning' | 'error';

const TONES: Record<NoticeMessage['kind'], NoticeTone> = {
  workerRestarted: 'warning',
  workerGaveUp: 'error',
  requestFailed: 'error',
  runStopped: 'error',
  saveFailed: 'warning',
  progressSetAside: 'warning',
  roleSetAside: 'warning',
  localeSetAside: 'warning',
  savedScenarioGone: 'info',
  unknownScenario: 'error',
};

/** A message for the player: set-aside saves, worker restarts, failed requests. */
export interface Notice {
  id: number;
  tone: NoticeTone;
  message: NoticeMessage;
}

/** The scenario file the run was built from. */
export interface ScenarioSourceFile {
  fileName: string;
  text: string;
  /** Shipped in scenarios/ (else opened by the player). */
  bundled: boolean;
}

/** A run's scenario before it is read: a file with its text, or a shipped file by name. */
export type SourceRef = ScenarioSourceFile | { fileName: string; shipped: true };

export interface SessionState {
  screen: 'start' | 'town';
  /** The shipped scenarios' entries (made at build time); null until the controller sets them. */
  catalog: CatalogEntry[] | null;
  status: 'idle' | 'loading' | 'ready' | 'invalid';
  /** While loading or replaying: how far along. */
  progress: { day: number; targetDay: number } | null;
  source: ScenarioSourceFile | null;
  scenario: Scenario | null;
  hash: string;
  seed: number;
  warnings: Issue[];
  /** The positioned problems of the file that failed to load. */
  invalid: { fileName: string; errors: Issue[] } | null;
  notices: Notice[];
  workerRestarts: number;
}

let nextNoticeId = 1;

export const createSessionStore = () =>
  createStore<SessionState>()(() => ({
    screen: 'start',
    catalog: null,
    status: 'idle',
    progress: null,
    source: null,
    scenario: null,
    hash: '',
    seed: 0,
    warnings: [],
    invalid: null,
    notices: [],
    workerRestarts: 0,
  }));

export type SessionStore = ReturnType<typeof createSessionStore>;

/** Adds a notice and returns its id. */
export function pushNotice(store: SessionStore, message: NoticeMessage): number {
  const id = nextNoticeId++;
  const tone = TONES[message.kind];
  store.setState((s) => ({ notices: [...s.notices, { id, tone, message }] }));
  return id;
}

/** The notice for a request that failed: the day budget's own words, or the error's. */
export function failureNotice(error: unknown): NoticeMessage {
  return error instanceof RunStoppedError
    ? { kind: 'runStopped', ...error.stopped }
    : { kind: 'requestFailed', detail: String(error) };
}

/** Removes a notice the player dismissed. */
export function dismissNotice(store: SessionStore, id: number): void {
  store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
