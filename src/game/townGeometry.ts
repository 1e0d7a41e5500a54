/**
 * Where figures stand: map cells to pixels, people spread around the place they are at (a
 * sunflower spiral, so a crowded school reads as a crowd, not one dot), and the walk from home to
 * the day's place and back as the day passes. Pure functions over typed arrays, no Phaser.
 */
import type { TownLayout } from '../engine/types';

/** Size of one map cell in world pixels. */
export const CELL_PX = 26;
/** Distance between neighbours in a small crowd, in world pixels. */
const CROWD_SPACING = 3.4;
/** A crowd never spreads wider than this: big crowds (the school at noon) pack closer instead. */
const MAX_CROWD_RADIUS = CELL_PX * 1.3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Offset of the k-th of `count` people at a place from its centre (a sunflower spiral). */
export function crowdOffset(k: number, count: number): { dx: number; dy: number } {
  if (k === 0) return { dx: 0, dy: 0 };
  const spacing = Math.min(CROWD_SPACING, MAX_CROWD_RADIUS / Math.sqrt(Math.max(1, count)));
  const r = spacing * Math.sqrt(k + 0.5);
  const a = k * GOLDEN_ANGLE;
  return { dx: r * Math.cos(a), dy: r * Math.sin(a) };
}

/** Each person's rank among the people at the same place (by person index), and crowd sizes. */
export function crowdRanks(
  placeOf: Int32Array,
  placeCount: number,
): { ranks: Int32Array; counts: Int32Array } {
  const counts = new Int32Array(placeCount);
  const ranks = new Int32Array(placeOf.length);
  for (let i = 0; i < placeOf.length; i++) {
    const place = placeOf[i];
    ranks[i] = place >= 0 && place < placeCount ? counts[place]++ : 0;
  }
  return { ranks, counts };
}

/** World positions of each person standing at the given places. */
export function standingPositions(
  layout: TownLayout,
  placeOf: Int32Array,
  out: { x: Float32Array; y: Float32Array },
): void {
  const { ranks, counts } = crowdRanks(placeOf, layout.places.length);
  for (let i = 0; i < placeOf.length; i++) {
    const place = layout.places[placeOf[i]];
    const { dx, dy } = crowdOffset(ranks[i], counts[placeOf[i]] ?? 1);
    out.x[i] = place === undefined ? 0 : (place.x + 0.5) * CELL_PX + dx;
    out.y[i] = place === undefined ? 0 : (place.y + 0.5) * CELL_PX + dy;
  }
}

/**
 * How far along the way from home to the day's place a person is at `fraction` of the day:
 * 0 at home (night), 1 at the place (working hours), easing in between. `stagger` (−1..1)
 * shifts each person's timetable a little so the town does not move in lockstep.
 */
export function awayFromHome(fraction: number, stagger: number): number {
  const f = fraction - stagger * 0.05;
  if (f < 0.18 || f > 0.84) return 0;
  if (f < 0.34) return ease((f - 0.18) / 0.16);
  if (f <= 0.66) return 1;
  return ease((0.84 - f) / 0.18);
}

/** A fixed pseudo-random stagger in −1..1 per person (a hash, not the simulation's randomness). */
export function staggerOf(index: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

function ease(t: number): number {
  return t * t * (3 - 2 * t);
}

/** Home and day positions of everyone, and where they are at a moment of the day. */
export class FigurePositions {
  readonly x: Float32Array;
  readonly y: Float32Array;
  private readonly home: { x: Float32Array; y: Float32Array };
  private readonly away: { x: Float32Array; y: Float32Array };
  private readonly stagger: Float32Array;

  constructor(private readonly layout: TownLayout) {
    const n = layout.homePlace.length;
    this.x = new Float32Array(n);
    this.y = new Float32Array(n);
    this.home = { x: new Float32Array(n), y: new Float32Array(n) };
    this.away = { x: new Float32Array(n), y: new Float32Array(n) };
    this.stagger = new Float32Array(n);
    for (let i = 0; i < n; i++) this.stagger[i] = staggerOf(i);
    standingPositions(layout, layout.homePlace, this.home);
    standingPositions(layout, layout.dayPlace, this.away);
  }

  get count(): number {
    return this.x.length;
  }

  /** Today's places (from the snapshot): where each person goes when they leave home. */
  setDayPlaces(place: Int32Array): void {
    standingPositions(this.layout, place, this.away);
  }

  /** Computes everyone's position at `fraction` of the day into `x`/`y`. */
  update(fraction: number): void {
    const { home, away, stagger } = this;
    for (let i = 0; i < this.x.length; i++) {
      const t = awayFromHome(fraction, stagger[i]);
      this.x[i] = home.x[i] + (away.x[i] - home.x[i]) * t;
      this.y[i] = home.y[i] + (away.y[i] - home.y[i]) * t;
    }
  }

  /** Index of the person nearest (x, y) within `radius`, or -1. */
  nearest(x: number, y: number, radius: number): number {
    let best = -1;
    let bestDistance = radius * radius;
    for (let i = 0; i < this.x.length; i++) {
      const dx = this.x[i] - x;
      const dy = this.y[i] - y;
      const d = dx * dx + dy * dy;
      if (d <= bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }
}
