/**
 * Progress of a long run on stderr, never stdout (stdout carries results). Silent for runs that
 * finish within a second; redraws one line in a terminal, prints a line every few seconds in a log.
 */
import type { CliIo } from './command';

const QUIET_MS = 1000;
const TERMINAL_EVERY_MS = 100;
const LOG_EVERY_MS = 5000;

export interface Progress {
  /** Call after each simulated day. */
  update(day: number): void;
  /** Call once at the end: clears the terminal line. */
  finish(): void;
}

/** A progress reporter for a run of `totalDays` days. */
export function createProgress(io: CliIo, totalDays: number): Progress {
  const start = io.now();
  let lastShown = start;
  let shown = false;
  return {
    update(day) {
      const now = io.now();
      const every = io.errIsTerminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
      if (now - start < QUIET_MS || (shown && now - lastShown < every)) return;
      const percent = Math.floor((100 * day) / totalDays);
      const text = `day ${day} of ${totalDays} (${percent}%), ${((now - start) / 1000).toFixed(1)} s`;
      io.err(io.errIsTerminal ? `\r${text}\u001b[K` : `${text}\n`);
      shown = true;
      lastShown = now;
    },
    finish() {
      if (shown && io.errIsTerminal) io.err('\r\u001b[K');
    },
  };
}
