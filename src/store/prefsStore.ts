/** UI preferences: which side panel is open, feed filters, overlays, motion. */
import { createStore } from 'zustand/vanilla';
import type { FeedEvent } from '../engine/types';

export type SidePanel = 'person' | 'events' | 'charts' | 'story';
export const SIDE_PANELS: readonly SidePanel[] = ['person', 'events', 'charts', 'story'];

export type FeedKind = FeedEvent['kind'];
export const FEED_KINDS: readonly FeedKind[] = [
  'listed',
  'wrongfulListing',
  'notice',
  'delisted',
  'refused',
  'appealFiled',
  'appealDecided',
  'recorded',
];

export interface PrefsState {
  panel: SidePanel;
  /** Feed kinds currently shown. */
  feedKinds: Record<FeedKind, boolean>;
  helpOpen: boolean;
  /** Mark wrongly listed people on the map (the truth, which the system itself does not show). */
  revealWrongful: boolean;
  /** Follow the OS setting: no walking figures, no animated transitions. */
  reducedMotion: boolean;
  /** The map keeps the selected person (or the played protagonist) in the middle of the view. */
  follow: boolean;
}

export const createPrefsStore = (reducedMotion = false) =>
  createStore<PrefsState>()(() => ({
    panel: 'story',
    feedKinds: {
      listed: true,
      wrongfulListing: true,
      notice: true,
      delisted: true,
      refused: true,
      appealFiled: true,
      appealDecided: true,
      recorded: true,
    },
    helpOpen: false,
    revealWrongful: false,
    reducedMotion,
    follow: false,
  }));

export type PrefsStore = ReturnType<typeof createPrefsStore>;

/** Reads a side panel name from untrusted input; undefined when invalid. */
export function parseSidePanel(value: unknown): SidePanel | undefined {
  return SIDE_PANELS.find((panel) => panel === value);
}
