import { describe, expect, it } from 'vitest';
import type { TownLayout } from '../../src/engine/types';
import {
  CELL_PX,
  FigurePositions,
  awayFromHome,
  crowdOffset,
  crowdRanks,
  staggerOf,
} from '../../src/game/townGeometry';

const layout: TownLayout = {
  width: 4,
  height: 2,
  districts: [{ id: 'a', name: 'A', x: 0, y: 0, w: 4, h: 2, coverage: 0.5 }],
  places: [
    { kind: 'home', x: 0, y: 0, ref: '0' },
    { kind: 'home', x: 3, y: 1, ref: '1' },
    { kind: 'school', x: 2, y: 0 },
  ],
  anchors: { school: 2, station: 2, airport: 2, bank: 2, court: 2, townHall: 2 },
  cameras: [],
  homePlace: Int32Array.from([0, 0, 1]),
  dayPlace: Int32Array.from([2, 0, 2]),
};

describe('town geometry', () => {
  it('ranks people within each place by index and counts each crowd', () => {
    const { ranks, counts } = crowdRanks(Int32Array.from([2, 0, 2, 2]), 3);
    expect([...ranks]).toEqual([0, 0, 1, 2]);
    expect([...counts]).toEqual([1, 0, 3]);
  });

  it('keeps big crowds within a bounded radius', () => {
    const far = crowdOffset(399, 400);
    expect(Math.hypot(far.dx, far.dy)).toBeLessThanOrEqual(CELL_PX * 1.31);
    const small = crowdOffset(3, 4);
    expect(Math.hypot(small.dx, small.dy)).toBeGreaterThan(0);
  });

  it('walks from home at night to the day place at midday and back', () => {
    expect(awayFromHome(0.05, 0)).toBe(0);
    expect(awayFromHome(0.5, 0)).toBe(1);
    expect(awayFromHome(0.95, 0)).toBe(0);
    const morning = awayFromHome(0.26, 0);
    expect(morning).toBeGreaterThan(0);
    expect(morning).toBeLessThan(1);
  });

  it('gives each person a fixed stagger in -1..1', () => {
    for (let i = 0; i < 1000; i++) {
      const s = staggerOf(i);
      expect(s).toBeGreaterThanOrEqual(-1);
      expect(s).toBeLessThanOrEqual(1);
      expect(staggerOf(i)).toBe(s);
    }
  });

  it('puts people at home at night and at their day place at midday, and finds the nearest', () => {
    const figures = new FigurePositions(layout);
    figures.update(0);
    expect(figures.x[2]).toBeCloseTo(3.5 * CELL_PX, 3);
    figures.update(0.5);
    expect(Math.hypot(figures.x[0] - 2.5 * CELL_PX, figures.y[0] - 0.5 * CELL_PX)).toBeLessThan(
      CELL_PX,
    );
    expect(figures.nearest(figures.x[1], figures.y[1], 1)).toBe(1);
    expect(figures.nearest(-100, -100, 5)).toBe(-1);
  });

  it('follows the snapshot when someone stays home today', () => {
    const figures = new FigurePositions(layout);
    figures.setDayPlaces(Int32Array.from([0, 0, 1]));
    figures.update(0.5);
    expect(figures.x[2]).toBeCloseTo(3.5 * CELL_PX, 3);
  });
});
