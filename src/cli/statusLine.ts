/**
 * One line of progress on stderr, never stdout (stdout carries results). Silent for work that
 * finishes within a second; redraws the line in a terminal, prints a line every few seconds in a
 * log. A day-by-day run (progress.ts) and many runs (runsProgress.ts) differ only in its text.
 */
import type { CliIo } from './command';

const QUIET_MS = 1000;
const TERMINAL_EVERY_MS = 100;
const LOG_EVERY_MS = 5000;

export interface StatusLine {
  /**
   * Shows the line `text` makes of the seconds elapsed, unless it is too soon: within the first
   * second, or since the last line shown (a `final` line does not wait for that).
   */
  update(text: (seconds: string) => string, final?: boolean): void;
  /** Call once at the end: clears the terminal line. */
  finish(): void;
}

/** A status line whose clock starts now; it reads io.now() once here and once per update. */
export function createStatusLine(io: CliIo): StatusLine {
  const start = io.now();
  let lastShown = start;
  let shown = false;
  return {
    update(text, final = false) {
      const now = io.now();
      const every = io.errIsTerminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
      if (now - start < QUIET_MS || (shown && now - lastShown < every && !final)) return;
      const line = text(((now - start) / 1000).toFixed(1));
      io.err(io.errIsTerminal ? `\r${line}\u001b[K` : `${line}\n`);
      shown = true;
      lastShown = now;
    },
    finish() {
      if (shown && io.errIsTerminal) io.err('\r\u001b[K');
    },
  };
}
