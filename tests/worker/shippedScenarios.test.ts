/**
 * The shipped scenarios as the build gives them to the page (build/shippedScenarios.ts, run here
 * through Vite's own plugins): each file's checked scenario is the loader's own, key for key and
 * in order (runs depend on it), and the start screen's entries hold what it shows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsLiteral } from '../../build/shippedScenarios';
import { loadScenario } from '../../src/scenario/load';
import type { ShippedScenario } from '../../src/store/shippedScenarios';
import type { CatalogEntry } from '../../src/worker/protocol';

const scenarioDir = new URL('../../scenarios/', import.meta.url);
const names = readdirSync(scenarioDir).filter((f) => f.endsWith('.yaml'));
const built = import.meta.glob('/scenarios/*.yaml', {
  query: '?checked',
  import: 'default',
  eager: true,
}) as Record<string, ShippedScenario>;
const entries = import.meta.glob('/scenarios/*.yaml', {
  query: '?entry',
  import: 'default',
  eager: true,
}) as Record<string, CatalogEntry>;

describe('shipped scenarios, as built', () => {
  it.each(names)('%s: the text and the loader’s result, exactly', (fileName) => {
    const text = readFileSync(new URL(fileName, scenarioDir), 'utf8');
    const file = built[`/scenarios/${fileName}`];
    expect(file.text).toBe(text);
    const direct = loadScenario(text, fileName);
    expect(direct.ok && file.result.ok).toBe(true);
    if (!direct.ok || !file.result.ok) return;
    expect(file.result.hash).toBe(direct.hash);
    // Key order and keys holding undefined included: jsLiteral writes both.
    expect(jsLiteral(file.result.scenario)).toBe(jsLiteral(direct.scenario));
    expect(file.result.scenario).toStrictEqual(direct.scenario);
    expect(file.result.warnings).toEqual(direct.warnings);
  });

  it('lists each file with its texts in both languages and its roles', () => {
    expect(Object.keys(entries).sort()).toEqual(names.map((n) => `/scenarios/${n}`).sort());
    for (const entry of Object.values(entries)) {
      expect(entry.ok).toBe(true);
      if (!entry.ok) continue;
      expect(entry.meta.title.length).toBeGreaterThan(0);
      expect(entry.meta.translations['zh-CN']?.title?.length ?? 0).toBeGreaterThan(0);
    }
    const journalist = entries['/scenarios/journalist.yaml'];
    expect(journalist.ok && journalist.meta.roles.protagonists.map((p) => p.id)).toEqual([
      'journalist',
    ]);
  });

  it('writes values JSON would lose, and refuses what is not plain data', () => {
    expect(jsLiteral({ a: undefined, b: -0, c: [NaN, -Infinity], d: 'x"y' })).toBe(
      '{"a":void 0,"b":-0,"c":[NaN,-Infinity],"d":"x\\"y"}',
    );
    expect(() => jsLiteral(new Map())).toThrow('not plain data');
    expect(() => jsLiteral(JSON.parse('{"__proto__":1}'))).toThrow('__proto__');
  });
});
