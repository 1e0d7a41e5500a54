/**
 * A progress bar for many runs (a sweep, a comparison across seeds) on the shared status line
 * (statusLine.ts: where and when); the last run always shows, so the bar ends full.
 */
import type { CliIo } from './command';
import { createStatusLine } from './statusLine';

const BAR_WIDTH = 24;

export interface RunsProgress {
  /** Call whenever the number of finished runs changes. */
  update(done: number): void;
  /** Call once at the end: clears the terminal line. */
  finish(): void;
}

/** A progress bar for `total` runs, labelled with what a run is ("runs", "seeds"). */
export function createRunsProgress(io: CliIo, total: number, unit = 'runs'): RunsProgress {
  const line = createStatusLine(io);
  return {
    update(done) {
      line.update((seconds) => {
        const filled = Math.round((BAR_WIDTH * done) / total);
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
        return `${bar} ${done}/${total} ${unit}, ${seconds} s`;
      }, done >= total);
    },
    finish: line.finish,
  };
}
