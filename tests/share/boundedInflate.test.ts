import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { inflateUriSafe, URI_SAFE_ALPHABET } from '../../src/share/boundedInflate';

const BIG = 1_000_000;

/** Writes codes in lz-string's bit order (least significant bit first, 6 bits per character). */
function writeCodes(codes: [value: number, bits: number][]): string {
  let out = '';
  let value = 0;
  let filled = 0;
  for (const [code, bits] of codes) {
    for (let i = 0; i < bits; i++) {
      value = (value << 1) | ((code >> i) & 1);
      if (++filled === 6) {
        out += URI_SAFE_ALPHABET[value];
        value = 0;
        filled = 0;
      }
    }
  }
  if (filled > 0) out += URI_SAFE_ALPHABET[value << (6 - filled)];
  return out;
}

/**
 * A crafted stream where every code names the entry about to be made (previous + its first
 * character), so entry k is k characters long: n codes expand to about n²/2 characters.
 */
function expansionBomb(codes: number): string {
  const stream: [number, number][] = [
    [0, 2],
    ['a'.charCodeAt(0), 8],
  ];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    stream.push([dictSize, numBits]);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  stream.push([2, numBits]);
  return writeCodes(stream);
}

describe('inflateUriSafe', () => {
  it('reads back whatever lz-string compressed, exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(inflateUriSafe(compressToEncodedURIComponent(text), BIG)).toEqual({
          ok: true,
          text,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back repetitive text (long dictionary entries, wide codes)', () => {
    const text = 'rules:\n  - { id: fine, points: -5 }\n'.repeat(3000) + '人人都有信用';
    expect(inflateUriSafe(compressToEncodedURIComponent(text), BIG)).toEqual({ ok: true, text });
  });

  it('agrees with lz-string on garbage whenever it accepts it, and never throws', () => {
    const garbage = fc
      .array(fc.constantFrom(...URI_SAFE_ALPHABET), { minLength: 1, maxLength: 120 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(garbage, (input) => {
        const mine = inflateUriSafe(input, BIG);
        if (!mine.ok) return;
        expect(decompressFromEncodedURIComponent(input)).toBe(mine.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops a crafted expansion at the cap instead of building it', () => {
    const bomb = expansionBomb(20_000);
    // lz-string would expand these ~50 KB to about 200 million characters.
    expect(bomb.length).toBeLessThan(60_000);
    expect(inflateUriSafe(bomb, 500_000)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', maxChars: 500_000 },
    });
  });

  it('decodes a small crafted expansion the same way lz-string does (the bomb is real)', () => {
    const bomb = expansionBomb(300);
    const expanded = decompressFromEncodedURIComponent(bomb);
    expect(expanded.length).toBe((302 * 301) / 2);
    expect(expanded.length).toBeGreaterThan(100 * bomb.length);
    expect(inflateUriSafe(bomb, BIG)).toEqual({ ok: true, text: expanded });
  });

  it('calls a cut-off stream truncated (lz-string answers an empty string)', () => {
    const full = compressToEncodedURIComponent('id: town\ntitle: A town\n'.repeat(40));
    const cut = full.slice(0, Math.floor(full.length / 2));
    expect(decompressFromEncodedURIComponent(cut)).toBe('');
    expect(inflateUriSafe(cut, BIG)).toEqual({ ok: false, problem: { kind: 'truncated' } });
    expect(inflateUriSafe('', BIG)).toEqual({ ok: false, problem: { kind: 'truncated' } });
  });

  it('refuses characters outside the alphabet (lz-string reads them as zero bits)', () => {
    const good = compressToEncodedURIComponent('title: A town');
    const bad = `${good.slice(0, 3)}%${good.slice(4)}`;
    expect(inflateUriSafe(bad, BIG)).toEqual({
      ok: false,
      problem: { kind: 'badCharacter', at: 3, char: '%' },
    });
  });

  it('reads a space as +, as form decoding leaves it', () => {
    const text = 'x'.repeat(50) + '~~~~';
    const compressed = compressToEncodedURIComponent(text);
    expect(inflateUriSafe(compressed.replace(/\+/g, ' '), BIG)).toEqual({ ok: true, text });
  });

  it('calls a reference to an entry that does not exist yet corrupt', () => {
    // First character, then code 7 while the dictionary has 5 entries.
    const stream = writeCodes([
      [0, 2],
      [65, 8],
      [7, 3],
    ]);
    expect(inflateUriSafe(stream, BIG)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });
});
