/** Selection: whose dossier is open, through which lens, and who the pointer is over. */
import { createStore } from 'zustand/vanilla';
import type { AgentId, Dossier } from '../engine/types';

/**
 * The three ways to read a dossier: what the person was told (obeys the scenario's opacity),
 * what the system recorded, and what really happened.
 */
export type Lens = 'told' | 'recorded' | 'truth';
export const LENSES: readonly Lens[] = ['told', 'recorded', 'truth'];

export interface SelectionState {
  selected: AgentId | null;
  lens: Lens;
  dossier: Dossier | null;
  /** The day the dossier was read at (it lags the clock while the town runs). */
  dossierDay: number;
  /** The selected agent has no recorded dossier (large towns record a sample). */
  dossierMissing: boolean;
  /** Person index under the pointer on the map, with where to show the tooltip. */
  hover: { index: number; x: number; y: number } | null;
  /**
   * Feed events to point out (keys `day:kind:subject`): the feed item under the pointer or focus
   * rings its marker on the map, and a marker clicked on the map marks its items in the feed.
   */
  highlight: readonly string[];
}

export const createSelectionStore = () =>
  createStore<SelectionState>()(() => ({
    selected: null,
    lens: 'recorded',
    dossier: null,
    dossierDay: 0,
    dossierMissing: false,
    hover: null,
    highlight: [],
  }));

export type SelectionStore = ReturnType<typeof createSelectionStore>;

/** Reads a lens from untrusted input; undefined when invalid. */
export function parseLens(value: unknown): Lens | undefined {
  return LENSES.find((lens) => lens === value);
}

/** Reads an agent id (`p12`, `b3`) from untrusted input; undefined when invalid. */
export function parseAgentId(value: unknown): AgentId | undefined {
  return typeof value === 'string' && /^[pb]\d{1,7}$/.test(value) ? value : undefined;
}
