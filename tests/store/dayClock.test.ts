import { describe, expect, it } from 'vitest';
import { DayClock } from '../../src/store/dayClock';

describe('DayClock', () => {
  it('turns frame time into whole days at the chosen rate', () => {
    const clock = new DayClock(1);
    expect(clock.tick(400)).toBe(0);
    expect(clock.tick(400)).toBe(0);
    expect(clock.tick(400)).toBe(1);
    clock.consume(1);
    expect(clock.fraction()).toBeCloseTo(0.2, 5);
  });

  it('runs five days a second at 5x', () => {
    const clock = new DayClock(5);
    expect(clock.tick(1000)).toBe(2); // capped backlog: two days at most
    clock.consume(2);
    expect(clock.fraction()).toBe(0);
  });

  it('caps the backlog so a slow worker slows the run instead of bursting later', () => {
    const clock = new DayClock(20);
    expect(clock.tick(10_000)).toBe(2);
  });

  it('ignores negative or missing frame times', () => {
    const clock = new DayClock(1);
    expect(clock.tick(-50)).toBe(0);
    expect(clock.tick(Number.NaN)).toBe(0);
    expect(clock.fraction()).toBe(0);
  });

  it('keeps the position within the day when the rate changes', () => {
    const clock = new DayClock(1);
    clock.tick(500);
    clock.setRate(20);
    expect(clock.fraction()).toBeCloseTo(0.5, 5);
    expect(clock.tick(25)).toBe(1);
  });

  it('parks at a given moment of the day', () => {
    const clock = new DayClock(1);
    clock.park(0.5);
    expect(clock.fraction()).toBeCloseTo(0.5, 5);
    expect(clock.tick(499)).toBe(0);
    expect(clock.tick(2)).toBe(1);
  });
});
