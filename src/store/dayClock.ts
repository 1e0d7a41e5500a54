/**
 * The fixed-step adapter between the frame loop and simulated days (after PhET's EventTimer):
 * frame time accumulates, whole days fall out at the chosen rate, and the remainder is the
 * fraction of the current day the map uses to place walking figures.
 */

/** Frame time accumulated beyond this many days is dropped: a slow worker slows the run down
 * instead of building a backlog that would burst later. */
const MAX_BACKLOG_DAYS = 2;

export class DayClock {
  private accumulatedMs = 0;

  constructor(private daysPerSecond: number) {}

  /** Changes the rate, keeping the position within the current day. */
  setRate(daysPerSecond: number): void {
    const fraction = this.fraction();
    this.daysPerSecond = daysPerSecond;
    this.accumulatedMs = fraction * this.msPerDay();
  }

  /** Adds a frame's elapsed time; returns how many whole days are now due. */
  tick(elapsedMs: number): number {
    const msPerDay = this.msPerDay();
    const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
    this.accumulatedMs = Math.min(this.accumulatedMs + elapsed, msPerDay * MAX_BACKLOG_DAYS);
    return Math.floor(this.accumulatedMs / msPerDay);
  }

  /** Marks `days` as handed to the simulation. */
  consume(days: number): void {
    this.accumulatedMs = Math.max(0, this.accumulatedMs - days * this.msPerDay());
  }

  /** How far into the current day we are, 0 (morning) to just under 1. */
  fraction(): number {
    return Math.min(this.accumulatedMs / this.msPerDay(), 0.999);
  }

  /** Sets the position within the current day (after a jump, a restart or a step). */
  park(fraction: number): void {
    this.accumulatedMs = Math.max(0, Math.min(fraction, 0.999)) * this.msPerDay();
  }

  private msPerDay(): number {
    return 1000 / this.daysPerSecond;
  }
}
