/** Progress of a long run, day by day, on the shared status line (statusLine.ts: where and when). */
import type { CliIo } from './command';
import { createStatusLine } from './statusLine';

export interface Progress {
  /** Call after each simulated day. */
  update(day: number): void;
  /** Call once at the end: clears the terminal line. */
  finish(): void;
}

/** A progress reporter for a run of `totalDays` days. */
export function createProgress(io: CliIo, totalDays: number): Progress {
  const line = createStatusLine(io);
  return {
    update(day) {
      line.update((seconds) => {
        const percent = Math.floor((100 * day) / totalDays);
        return `day ${day} of ${totalDays} (${percent}%), ${seconds} s`;
      });
    },
    finish: line.finish,
  };
}
