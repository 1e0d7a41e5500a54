/**
 * Decompression of lz-string's URI-safe format (`compressToEncodedURIComponent`) with a cap on the
 * output. lz-string's own decoder cannot be used on links from strangers: it is LZW, where each code
 * may stand for the previous entry plus one character, so n crafted codes expand to about n²/2
 * characters (a 100 KB link to gigabytes) and the tab freezes or dies. It also reads characters
 * outside its alphabet as zero bits and answers "" for a cut-off link. This decoder follows the same
 * format step for step, but stops as soon as the output would pass `maxChars`, refuses foreign
 * characters, and tells truncation from corruption. Time and memory are O(input + maxChars).
 */

/** The 64 characters of lz-string's URI-safe alphabet, in value order. */
export const URI_SAFE_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

const VALUE_OF = new Map([...URI_SAFE_ALPHABET].map((char, value) => [char, value]));

/** Why a compressed text could not be read. */
export type InflateProblem =
  | { kind: 'badCharacter'; at: number; char: string }
  | { kind: 'truncated' }
  | { kind: 'corrupt'; at: number }
  | { kind: 'tooLarge'; maxChars: number };

export type InflateResult = { ok: true; text: string } | { ok: false; problem: InflateProblem };

/** Reads a `compressToEncodedURIComponent` string; never produces more than `maxChars` characters. */
export function inflateUriSafe(input: string, maxChars: number): InflateResult {
  // A '+' turned into a space by form decoding is read back as '+', as lz-string does.
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const char = input[i] === ' ' ? '+' : input[i];
    const value = VALUE_OF.get(char);
    if (value === undefined) return fail({ kind: 'badCharacter', at: i, char: input[i] });
    values[i] = value;
  }
  if (values.length === 0) return fail({ kind: 'truncated' });
  const bits = new BitReader(values);

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const output: string[] = [];
  let outputLength = 0;

  const literal = (code: number): string | undefined => {
    if (code === 0) return String.fromCharCode(bits.read(8));
    if (code === 1) return String.fromCharCode(bits.read(16));
    return undefined;
  };

  const first = bits.read(2);
  if (first === 2) return { ok: true, text: '' };
  const firstChar = literal(first);
  // Code 3 cannot start a stream (lz-string itself throws a TypeError on it).
  if (firstChar === undefined) return fail({ kind: 'corrupt', at: 0 });
  if (bits.overrun) return fail({ kind: 'truncated' });
  dictionary.push(firstChar);
  let previous = firstChar;
  output.push(firstChar);
  outputLength = 1;
  if (outputLength > maxChars) return fail({ kind: 'tooLarge', maxChars });

  for (;;) {
    if (bits.exhausted) return fail({ kind: 'truncated' });
    let code = bits.read(numBits);
    if (code === 2) {
      return bits.overrun ? fail({ kind: 'truncated' }) : { ok: true, text: output.join('') };
    }
    const char = literal(code);
    if (char !== undefined) {
      dictionary.push(char);
      code = dictionary.length - 1;
      if (--enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
    if (bits.overrun) return fail({ kind: 'truncated' });

    let entry: string;
    if (code < dictionary.length) entry = dictionary[code];
    else if (code === dictionary.length) entry = previous + previous[0];
    else return fail({ kind: 'corrupt', at: bits.charIndex });

    outputLength += entry.length;
    if (outputLength > maxChars) return fail({ kind: 'tooLarge', maxChars });
    output.push(entry);
    dictionary.push(previous + entry[0]);
    previous = entry;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

function fail(problem: InflateProblem): InflateResult {
  return { ok: false, problem };
}

/** Reads bits least significant first from 6-bit values, most significant bit of each value first. */
class BitReader {
  private index = 0;
  private position = 32;
  /** More bits were asked for than the input holds (read as zeros, like lz-string). */
  overrun = false;

  constructor(private readonly values: Uint8Array) {}

  /** Index of the character being read, for error messages. */
  get charIndex(): number {
    return this.index;
  }

  /** lz-string stops decoding once it has moved past the last character. */
  get exhausted(): boolean {
    return this.index >= this.values.length;
  }

  read(count: number): number {
    let result = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      const value = this.index < this.values.length ? this.values[this.index] : 0;
      if (this.index >= this.values.length) this.overrun = true;
      if (value & this.position) result += power;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = 32;
        this.index++;
      }
    }
    return result;
  }
}
