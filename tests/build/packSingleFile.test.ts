import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACKED_SCRIPT_ID, packModuleScript, packedScriptOf } from '../../build/packSingleFile';

const page = (scripts: string) =>
  `<!doctype html><html><head>${scripts}<style>p{}</style></head>` +
  `<body><div id="app"><main class="boot"><p>Loading</p></main></div></body></html>`;

describe('packSingleFile', () => {
  const code = 'const price = "$&"; console.log(`a ${price}`); // 价格 '.repeat(200);

  it('keeps the script gzip-compressed and gives back exactly what went in', () => {
    const html = page(`<script type="module" crossorigin>${code}</script>`);
    const packed = packModuleScript(html);
    expect(packed).not.toContain(code);
    expect(packed.length).toBeLessThan(html.length);
    const script = packedScriptOf(packed);
    expect(script).toBeDefined();
    expect(gunzipSync(script!).toString('utf8')).toBe(code);
  });

  it('leaves the rest of the page as it was and adds the loader', () => {
    const html = page(`<script type="module" crossorigin>${code}</script>`);
    const packed = packModuleScript(html);
    expect(packed.startsWith('<!doctype html><html><head>')).toBe(true);
    expect(packed).toContain('<style>p{}</style></head><body><div id="app">');
    expect(packed).toContain(`id="${PACKED_SCRIPT_ID}"`);
    expect(packed.match(/<script type="module">/g)).toHaveLength(1);
    expect(packed).toContain("new DecompressionStream('gzip')");
  });

  it('writes a loader that HTML cannot cut short', () => {
    const packed = packModuleScript(page(`<script type="module">${code}</script>`));
    const loader = packed.slice(packed.lastIndexOf('<script type="module">') + 22);
    expect(loader.indexOf('</script>')).toBe(loader.lastIndexOf('</script>'));
    expect(loader.slice(0, loader.indexOf('</script>'))).not.toContain('<');
  });

  it('refuses a page with no module script, or more than one', () => {
    expect(() => packModuleScript(page(''))).toThrow(/found 0/);
    expect(() =>
      packModuleScript(page('<script type="module">a</script><script type="module">b</script>')),
    ).toThrow(/found 2/);
  });

  it('finds no packed script in a page without one', () => {
    expect(packedScriptOf(page('<script type="module">a</script>'))).toBeUndefined();
  });
});
