/**
 * What each built script is made of: builds the site into a private folder with a plugin that
 * records every chunk's modules (the page's and the worker's), then prints one line per chunk
 * (raw and gzip size) with its largest modules grouped by package or source folder, and the
 * modules that are in more than one script (the worker's and the page's) with their sizes.
 *   node tests/bench/chunks.mjs [--all]   (--all lists every module, not only the top ones)
 * Sizes are the rendered (minified) bytes; a module's gzip is its own code compressed alone
 * (level 9), an estimate: within a chunk it compresses together with its neighbours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = new URL('../..', import.meta.url).pathname;
const all = process.argv.includes('--all');
const outDir = mkdtempSync(join(tmpdir(), 'ledgertown-chunks-'));
/** chunk file name → { kind, bytes, modules: Map<group id, { bytes, gzip }> } */
const chunks = new Map();

const gz = (text) => (text ? gzipSync(text, { level: 9 }).length : 0);
/** A module's name: its package, or its path (with its query: `x.yaml?raw` is not `x.yaml?entry`). */
const nameOf = (id) => {
  const clean = id.replace(/^\0/, '');
  const pkg = clean.match(/node_modules\/((?:@[^/]+\/)?[^/?]+)/);
  return pkg ? `npm:${pkg[1]}` : relative(ROOT, clean);
};

const record = (kind) => ({
  name: 'ledgertown:record-chunks',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      const modules = new Map();
      for (const [id, module] of Object.entries(output.modules)) {
        if (module.renderedLength === 0) continue;
        modules.set(nameOf(id), { bytes: module.renderedLength, gzip: gz(module.code) });
      }
      chunks.set(output.fileName, {
        kind,
        bytes: Buffer.byteLength(output.code),
        gzip: gz(output.code),
        modules,
      });
    }
  },
});

try {
  await build({
    root: ROOT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [record('page')],
    worker: { plugins: () => [record('worker')] },
  });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
/** Modules grouped: a package, or a source folder (src/engine/systems/…). */
const groupOf = (name) => (name.startsWith('npm:') ? name : name.split('/').slice(0, 3).join('/'));

for (const [file, chunk] of [...chunks].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${chunk.kind.padEnd(6)} ${kb(chunk.bytes)} KB ${kb(chunk.gzip)} KB gz  ${file}`);
  const groups = new Map();
  for (const [name, size] of chunk.modules) {
    const key = all ? name : groupOf(name);
    const group = groups.get(key) ?? { bytes: 0, gzip: 0 };
    group.bytes += size.bytes;
    group.gzip += size.gzip;
    groups.set(key, group);
  }
  const counted = [...chunk.modules.values()].reduce((sum, size) => sum + size.bytes, 0);
  // Rolldown reports some packages' modules short (zod, yaml): the rest of the chunk is theirs.
  if (chunk.bytes > counted)
    groups.set('(not attributed to a module)', { bytes: chunk.bytes - counted, gzip: 0 });
  const sorted = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  for (const [name, size] of all ? sorted : sorted.slice(0, 8)) {
    console.log(`         ${kb(size.bytes)} KB ${kb(size.gzip)} KB gz    ${name}`);
  }
}

// Modules in both a worker script and a page chunk (or in two chunks of the same side).
const places = new Map();
for (const [file, chunk] of chunks) {
  for (const [name, size] of chunk.modules) {
    const entry = places.get(name) ?? { size, files: [] };
    entry.files.push(`${chunk.kind}:${file.replace(/^assets\//, '')}`);
    places.set(name, entry);
  }
}
const shared = [...places].filter(([, entry]) => entry.files.length > 1);
const byGroup = new Map();
for (const [name, entry] of shared) {
  const key = groupOf(name);
  const group = byGroup.get(key) ?? { bytes: 0, gzip: 0, files: new Set() };
  group.bytes += entry.size.bytes * (entry.files.length - 1);
  group.gzip += entry.size.gzip * (entry.files.length - 1);
  for (const file of entry.files) group.files.add(file.replace(/-[\w-]{8}\.js$/, ''));
  byGroup.set(key, group);
}
const total = [...byGroup.values()].reduce((sum, g) => sum + g.gzip, 0);
console.log(`\nduplicated (extra copies): ${kb(total)} KB gz`);
for (const [name, group] of [...byGroup].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(
    `${kb(group.bytes)} KB ${kb(group.gzip)} KB gz  ${name}  [${[...group.files].join(', ')}]`,
  );
}
