import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  cumulate,
  pickCumulative,
  poisson,
  StreamBank,
  streamKey,
  townStream,
} from '../../src/engine/core/rng';

describe('StreamBank', { timeout: 30_000 }, () => {
  it('steps each agent stream exactly like seedrandom.alea, value for value', () => {
    const keys = (i: number) => streamKey(9, 'p', i, 'life');
    const bank = new StreamBank(keys, 5, 3);
    const references = [0, 1, 2, 3, 4].map((i) => seedrandom.alea(keys(i)));
    for (let day = 0; day < 20; day++) {
      bank.drawDay();
      for (let i = 0; i < 5; i++)
        for (let k = 0; k < 3; k++) expect(bank.draws[k][i]).toBe(references[i]());
    }
  });

  it('depends only on seed, agent and stream: another bank size gives the same values', () => {
    const keys = (i: number) => streamKey(3, 'b', i, 'watch');
    const small = new StreamBank(keys, 2, 4);
    const big = new StreamBank(keys, 50, 4);
    small.drawDay();
    big.drawDay();
    for (let k = 0; k < 4; k++)
      expect(Array.from(big.draws[k].subarray(0, 2))).toEqual(Array.from(small.draws[k]));
  });

  it('keys streams apart by seed, kind, index and stream', () => {
    const keys = new Set([
      streamKey(1, 'p', 2, 'life'),
      streamKey(1, 'p', 2, 'watch'),
      streamKey(1, 'b', 2, 'life'),
      streamKey(1, 'p', 12, 'life'),
      streamKey(11, 'p', 2, 'life'),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('draw helpers', { timeout: 30_000 }, () => {
  it('picks by cumulative weight and never picks a zero-weight entry', () => {
    const cum = cumulate([0, 1, 0, 3]);
    expect(pickCumulative(cum, 0)).toBe(1);
    expect(pickCumulative(cum, 0.24)).toBe(1);
    expect(pickCumulative(cum, 0.26)).toBe(3);
    expect(pickCumulative(cum, 0.999)).toBe(3);
  });

  it('draws Poisson counts with about the right mean', () => {
    const rng = townStream(4);
    let sum = 0;
    for (let k = 0; k < 5000; k++) sum += poisson(rng, 1.1);
    expect(sum / 5000).toBeGreaterThan(1.0);
    expect(sum / 5000).toBeLessThan(1.2);
  });
});
