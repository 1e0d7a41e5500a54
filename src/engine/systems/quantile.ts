/**
 * Quantiles of a day's scores in linear time: Hoare's selection (quickselect) with a
 * median-of-three pivot, no randomness, so the same scores give the same answer everywhere. Sorting
 * every subject every day would cost a 100,000-person town a third of its run time.
 */

/** Swap two cells. */
function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Put the k-th smallest of a[lo..hi] at a[k], smaller ones before it and larger ones after. */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The 0-based nearest rank of quantile q (0..1) among n > 0 values. */
function nearestRank(q: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
}

/**
 * The nearest-rank quantiles `qs` (ascending, each in 0..1) of the first `n` values of `a`, which
 * this reorders; written to `out`. With n = 0 every quantile is 0.
 */
export function quantilesInPlace(
  a: Float64Array,
  n: number,
  qs: readonly number[],
  out: Float64Array,
): void {
  if (n === 0) {
    out.fill(0, 0, qs.length);
    return;
  }
  let lo = 0;
  for (let q = 0; q < qs.length; q++) {
    const k = nearestRank(qs[q], n);
    // Earlier selections left everything at or below their rank in front: search only after it.
    select(a, lo, n - 1, k);
    out[q] = a[k];
    lo = k;
  }
}

/**
 * The same quantiles of n values of which `n − less − greater` equal `pivot` and are not stored:
 * `a` holds the `less` values below the pivot in a[0 .. less) and the `greater` values above it in
 * a[n − greater .. n), in any order (this reorders them). Where the sorted values would put them, so
 * rank k lies below, on or above the pivot by position alone; only the side it falls in is searched.
 * A day's ledger scores are mostly exactly the start score, so the sides are small.
 */
export function quantilesAroundPivot(
  a: Float64Array,
  n: number,
  less: number,
  greater: number,
  pivot: number,
  qs: readonly number[],
  out: Float64Array,
): void {
  quantilesInBands(a, n, less, greater, 0, less, n - greater, greater, pivot, qs, out);
}

/**
 * quantilesAroundPivot when only a band of each side is stored, the values whose sorted ranks lie
 * in one stretch: a[0 .. lowCount) holds the values below the pivot ranked lowFrom .. lowFrom +
 * lowCount − 1 among all n, a[n − highCount .. n) those above it ranked highFrom .. highFrom +
 * highCount − 1 (each band in any order; this reorders them). Every rank that falls off the pivot
 * must fall in its side's band: when one does not, nothing is written and the answer is false.
 */
export function quantilesInBands(
  a: Float64Array,
  n: number,
  less: number,
  greater: number,
  lowFrom: number,
  lowCount: number,
  highFrom: number,
  highCount: number,
  pivot: number,
  qs: readonly number[],
  out: Float64Array,
): boolean {
  if (n === 0) {
    out.fill(0, 0, qs.length);
    return true;
  }
  const top = n - greater;
  const back = n - highCount;
  for (let q = 0; q < qs.length; q++) {
    const k = nearestRank(qs[q], n);
    if (
      k < less
        ? k < lowFrom || k >= lowFrom + lowCount
        : k >= top && (k < highFrom || k >= highFrom + highCount)
    )
      return false;
  }
  let lo = 0;
  for (let q = 0; q < qs.length; q++) {
    const k = nearestRank(qs[q], n);
    if (k < less) {
      const i = k - lowFrom;
      select(a, lo, lowCount - 1, i);
      out[q] = a[i];
      lo = i;
    } else if (k < top) out[q] = pivot;
    else {
      // Earlier selections on this side left everything at or below their rank in front of it.
      const i = back + k - highFrom;
      const from = lo >= back ? lo : back;
      select(a, from, n - 1, i);
      out[q] = a[i];
      lo = i;
    }
  }
  return true;
}
