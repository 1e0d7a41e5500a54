/**
 * The single file (`npm run build:single`) keeps the game's script gzip-compressed. After
 * vite-plugin-singlefile has inlined everything into one module script, this plugin compresses
 * that script (gzip level 9, written as base64 in a data block the browser does not run) and puts
 * a small loader in its place. On opening, the loader unpacks it with the browser's own
 * `DecompressionStream` and runs it as the same module script, less than half its size (1.9 MB
 * became 0.8 MB when this was written), which fits an e-mail attachment and copies quickly to a USB
 * stick or a shared drive.
 *
 * Nothing is fetched: the data block is in the file, and an inline module script runs from
 * `file://` as before. A browser without `DecompressionStream` (older than Chrome 80, Firefox 113
 * or Safari 16.4) gets a message that says so, in English and Chinese, instead of a blank page.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The id of the data block that holds the packed script. */
export const PACKED_SCRIPT_ID = 'ledgertown-packed-script';

const MODULE_SCRIPT = /<script type="module"[^>]*>([\s\S]*?)<\/script>/g;

/**
 * Runs in the page: unpacks the data block and runs it as a module script. Plain ES2022 that
 * every browser able to run the game reads; written without `<` so it can sit in HTML as is.
 */
const LOADER = `
const say = (why) => {
  const box = document.querySelector('main.boot') ?? document.body;
  box.textContent = '';
  for (const line of [
    'Ledgertown could not open in this browser: ' + why,
    'Please use a current version of Chrome, Edge, Firefox or Safari, or the web version.',
    '此浏览器无法打开 Ledgertown 离线文件。请使用新版 Chrome、Edge、Firefox 或 Safari，或使用网页版。',
  ]) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  box.setAttribute('role', 'alert');
};
try {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('it cannot unpack compressed data (DecompressionStream is missing).');
  }
  const text = document.getElementById('${PACKED_SCRIPT_ID}').textContent.trim();
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i !== binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = await new Response(stream).text();
  document.head.append(script);
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
}
`;

/**
 * Replaces the page's one inline module script with the packed data block and the loader.
 * Throws when the page has no module script or more than one (the build changed shape).
 */
export function packModuleScript(html: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) {
    throw new Error(
      `packSingleFile: expected one inline module script in the single file, found ${scripts.length}`,
    );
  }
  const [whole, code] = scripts[0];
  const packed = gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64');
  const replacement =
    `<script type="application/octet-stream" id="${PACKED_SCRIPT_ID}">${packed}</script>\n` +
    `<script type="module">${LOADER}</script>`;
  const at = scripts[0].index ?? 0;
  return html.slice(0, at) + replacement + html.slice(at + whole.length);
}

/** Reads the packed script back out of a packed single file (for tests and the bench). */
export function packedScriptOf(html: string): Buffer | undefined {
  const start = html.indexOf(`id="${PACKED_SCRIPT_ID}">`);
  if (start < 0) return undefined;
  const from = start + `id="${PACKED_SCRIPT_ID}">`.length;
  return Buffer.from(html.slice(from, html.indexOf('</script>', from)).trim(), 'base64');
}

/** The Vite plugin: runs after vite-plugin-singlefile has inlined the scripts. */
export function packSingleFile(fileName: string): Plugin {
  return {
    name: 'ledgertown:pack-single-file',
    enforce: 'post',
    // vite-plugin-singlefile inlines in its own `order: 'post'` hook; listed after it, this one
    // runs after it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[fileName];
        if (page?.type !== 'asset') this.error(`packSingleFile: ${fileName} is not in the bundle`);
        const html =
          typeof page.source === 'string' ? page.source : Buffer.from(page.source).toString('utf8');
        page.source = packModuleScript(html);
      },
    },
  };
}
