/**
 * The start screen's entries as the build gives them to the page (build/shippedScenarios.ts, run
 * here through Vite's own plugins): each is what the loader and catalogEntry make of the file, with
 * the texts the start screen shows in both languages and nothing it does not show.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsLiteral } from '../../build/shippedScenarios';
import { loadScenario } from '../../src/scenario/load';
import type { CatalogEntry } from '../../src/worker/protocol';
import { catalogEntry } from '../../src/worker/scenarioMeta';

const scenarioDir = new URL('../../scenarios/', import.meta.url);
const names = readdirSync(scenarioDir).filter((f) => f.endsWith('.yaml'));
const entries = import.meta.glob('/scenarios/*.yaml', {
  query: '?entry',
  import: 'default',
  eager: true,
}) as Record<string, CatalogEntry>;

describe('shipped scenarios, as built', () => {
  it.each(names)('%s: the entry is the loader’s, exactly', (fileName) => {
    const text = readFileSync(new URL(fileName, scenarioDir), 'utf8');
    const direct = catalogEntry(fileName, loadScenario(text, fileName));
    const built = entries[`/scenarios/${fileName}`];
    expect(built).toStrictEqual(direct);
    expect(jsLiteral(built)).toBe(jsLiteral(direct));
  });

  it('lists each file with its texts in both languages and its roles, without the rest', () => {
    expect(Object.keys(entries).sort()).toEqual(names.map((n) => `/scenarios/${n}`).sort());
    for (const entry of Object.values(entries)) {
      expect(entry.ok).toBe(true);
      if (!entry.ok) continue;
      expect(entry.meta.title.length).toBeGreaterThan(0);
      const zh = entry.meta.translations['zh-CN'];
      expect(zh?.title?.length ?? 0).toBeGreaterThan(0);
      // Labels, notes and choices come with the scenario when it is opened.
      expect(
        Object.keys(zh ?? {}).filter(
          (k) => !['title', 'question', 'summary', 'intro', 'roles'].includes(k),
        ),
      ).toEqual([]);
    }
    const journalist = entries['/scenarios/journalist.yaml'];
    expect(journalist.ok && journalist.meta.roles.protagonists.map((p) => p.id)).toEqual([
      'journalist',
    ]);
  });

  it('an entry of a file that fails the checks holds its positioned errors', () => {
    const entry = catalogEntry('bad.yaml', loadScenario('id: x\ntitle: 5\n', 'bad.yaml'));
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    expect(entry.errors).toContainEqual(
      expect.objectContaining({ file: 'bad.yaml', line: 2, path: 'title' }),
    );
  });

  it('writes values JSON would lose, and refuses what is not plain data', () => {
    expect(jsLiteral({ a: undefined, b: -0, c: [NaN, -Infinity], d: 'x"y' })).toBe(
      '{"a":void 0,"b":-0,"c":[NaN,-Infinity],"d":"x\\"y"}',
    );
    expect(() => jsLiteral(new Map())).toThrow('not plain data');
    expect(() => jsLiteral(JSON.parse('{"__proto__":1}'))).toThrow('__proto__');
  });
});
