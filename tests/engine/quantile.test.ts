import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  quantilesAroundPivot,
  quantilesInBands,
  quantilesInPlace,
} from '../../src/engine/systems/quantile';

const QS = [0.1, 0.5, 0.9];

/** Nearest-rank quantiles by sorting: the definition the fast version must match. */
function byRank(values: number[], qs: readonly number[]): number[] {
  const sorted = values.slice().sort((x, y) => x - y);
  const n = sorted.length;
  return qs.map((q) => (n === 0 ? 0 : sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]));
}

function fast(values: number[], qs: readonly number[] = QS): number[] {
  const out = new Float64Array(qs.length);
  quantilesInPlace(Float64Array.from(values), values.length, qs, out);
  return Array.from(out);
}

describe('quantilesInPlace', () => {
  it('gives the nearest-rank 10th, 50th and 90th percentiles', () => {
    const values = Array.from({ length: 100 }, (_, k) => 100 - k);
    expect(fast(values)).toEqual([10, 50, 90]);
    expect(fast([])).toEqual([0, 0, 0]);
    expect(fast([7])).toEqual([7, 7, 7]);
    expect(fast([5, 5, 5, 1])).toEqual([1, 5, 5]);
  });

  it('matches sorting on any scores, ties and duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, qs) => {
          const sortedQs = qs.slice().sort((x, y) => x - y);
          expect(fast(values, sortedQs)).toEqual(byRank(values, sortedQs));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads only the first n values', () => {
    const a = Float64Array.from([3, 1, 2, 1000, 1000]);
    const out = new Float64Array(1);
    quantilesInPlace(a, 3, [1], out);
    expect(out[0]).toBe(3);
  });
});

/** The around-pivot form: values other than the pivot stored below it at the front, above it at the back. */
function aroundPivot(values: number[], pivot: number, qs: readonly number[] = QS): number[] {
  const a = new Float64Array(values.length);
  let less = 0;
  let back = values.length;
  for (const v of values) {
    if (v < pivot) a[less++] = v;
    else if (v !== pivot) a[--back] = v;
  }
  const out = new Float64Array(qs.length);
  quantilesAroundPivot(a, values.length, less, values.length - back, pivot, qs, out);
  return Array.from(out);
}

describe('quantilesAroundPivot', () => {
  it('finds ranks below, on and above the pivot', () => {
    const values = [...Array.from({ length: 20 }, () => 1000), 990, 995, 1001, 900];
    expect(aroundPivot(values, 1000, [0, 0.05, 0.1, 0.5, 0.9, 1])).toEqual(
      byRank(values, [0, 0.05, 0.1, 0.5, 0.9, 1]),
    );
    expect(aroundPivot([], 1000)).toEqual([0, 0, 0]);
    expect(aroundPivot([3, 2, 1], Number.NaN)).toEqual([1, 2, 3]);
  });

  it('matches sorting on any scores and any pivot, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 300 }),
        fc.integer({ min: -25, max: 25 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, pivot, qs) => {
          const sortedQs = qs.slice().sort((x, y) => x - y);
          expect(aroundPivot(values, pivot, sortedQs)).toEqual(byRank(values, sortedQs));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * The banded form, stored as the census stores it: of the values below the pivot only those in
 * [lowFrom, lowTo] at the front, of those above only those in [highFrom, highTo] at the back.
 */
function inBands(
  values: number[],
  pivot: number,
  [lowFrom, lowTo, highFrom, highTo]: number[],
  qs: readonly number[] = QS,
): number[] | null {
  const n = values.length;
  const a = new Float64Array(n);
  let less = 0;
  let lowAbove = 0;
  let lowCount = 0;
  let greater = 0;
  let highBelow = 0;
  let back = n;
  for (const v of values) {
    if (v < pivot) {
      less++;
      if (v > lowTo) lowAbove++;
      else if (v >= lowFrom) a[lowCount++] = v;
    } else if (v !== pivot) {
      greater++;
      if (v < highFrom) highBelow++;
      else if (v <= highTo) a[--back] = v;
    }
  }
  const out = new Float64Array(qs.length);
  const found = quantilesInBands(
    a,
    n,
    less,
    greater,
    less - lowAbove - lowCount,
    lowCount,
    n - greater + highBelow,
    n - back,
    pivot,
    qs,
    out,
  );
  return found ? Array.from(out) : null;
}

describe('quantilesInBands', () => {
  it('answers as sorting does whenever every rank off the pivot is in its band', () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: -25, max: 25 }),
        fc.array(fc.integer({ min: -22, max: 22 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, pivot, edges, qs) => {
          const sortedQs = qs.slice().sort((x, y) => x - y);
          const expected = byRank(values, sortedQs);
          const found = inBands(values, pivot, edges, sortedQs);
          if (found === null) refused++;
          else {
            answered++;
            expect(found).toEqual(expected);
          }
          // Bands that hold everything always answer.
          expect(
            inBands(values, pivot, [-Infinity, Infinity, -Infinity, Infinity], sortedQs),
          ).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it('refuses when a rank falls outside its band', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // p10 is 1, below the pivot 100; a band [5, 9] does not hold it.
    expect(inBands(values, 100, [5, 9, Infinity, -Infinity])).toBeNull();
    expect(inBands(values, 100, [0, 9.5, Infinity, -Infinity])).toEqual([1, 5, 9]);
    expect(inBands([], 100, [Infinity, -Infinity, Infinity, -Infinity])).toEqual([0, 0, 0]);
  });
});
