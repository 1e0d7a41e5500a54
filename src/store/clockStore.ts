/** Time: the day on screen, whether it runs, and how fast. */
import { createStore } from 'zustand/vanilla';

/** Simulated days per second of real time; 'max' runs as fast as the worker can. */
export type Speed = 1 | 5 | 20 | 'max';
export const SPEEDS: readonly Speed[] = [1, 5, 20, 'max'];

export interface ClockState {
  day: number;
  /** The run's length (scenario.days): play stops there. */
  lastDay: number;
  playing: boolean;
  speed: Speed;
  /** A jump or replay in progress, to this day. */
  seekingTo: number | null;
}

export const createClockStore = () =>
  createStore<ClockState>()(() => ({
    day: 0,
    lastDay: 0,
    playing: false,
    speed: 1,
    seekingTo: null,
  }));

export type ClockStore = ReturnType<typeof createClockStore>;

/** Reads a speed from untrusted input (saved progress, automation); undefined when invalid. */
export function parseSpeed(value: unknown): Speed | undefined {
  return SPEEDS.find((speed) => speed === value);
}
