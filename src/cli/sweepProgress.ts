/**
 * A progress bar for many runs (a sweep, a comparison across seeds) on stderr, never stdout.
 * Redraws one line in a terminal; in a log, prints a line every few seconds; silent for work that
 * finishes within a second.
 */
import type { CliIo } from './command';

const QUIET_MS = 1000;
const TERMINAL_EVERY_MS = 100;
const LOG_EVERY_MS = 5000;
const BAR_WIDTH = 24;

export interface RunsProgress {
  /** Call whenever the number of finished runs changes. */
  update(done: number): void;
  /** Call once at the end: clears the terminal line. */
  finish(): void;
}

/** A progress bar for `total` runs, labelled with what a run is ("runs", "seeds"). */
export function createRunsProgress(io: CliIo, total: number, unit = 'runs'): RunsProgress {
  const start = io.now();
  let lastShown = start;
  let shown = false;
  return {
    update(done) {
      const now = io.now();
      const every = io.errIsTerminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
      if (now - start < QUIET_MS || (shown && now - lastShown < every && done < total)) return;
      const filled = Math.round((BAR_WIDTH * done) / total);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
      const text = `${bar} ${done}/${total} ${unit}, ${((now - start) / 1000).toFixed(1)} s`;
      io.err(io.errIsTerminal ? `\r${text}\u001b[K` : `${text}\n`);
      shown = true;
      lastShown = now;
    },
    finish() {
      if (shown && io.errIsTerminal) io.err('\r\u001b[K');
    },
  };
}
