/**
 * The scenario's content hash, stamped on every report. It is taken over the validated scenario
 * (canonical JSON: keys sorted, defaults filled in), not the raw text, so the same scenario read
 * from YAML, JSON or a share link gets the same hash, and comments or formatting do not change it.
 * FNV-1a 64-bit, written out here so it runs the same in Node and in the browser without crypto.
 */

/** 16 hex digits identifying a scenario's content. */
export function scenarioHash(scenario: unknown): string {
  return fnv1a64(canonicalJson(scenario));
}

/** JSON with object keys in code-unit order at every level, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const fields = keys.map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    );
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a over the UTF-8 bytes, with the 64-bit product done in 16-bit limbs (no BigInt needed). */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325 as four 16-bit limbs, most significant first.
  let h3 = 0xcbf2;
  let h2 = 0x9ce4;
  let h1 = 0x8422;
  let h0 = 0x2325;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i];
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping the low 64 bits.
    // The 2^40 term shifts each limb up by two limbs and 8 bits; limbs 2 and 3 fall off the top.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
