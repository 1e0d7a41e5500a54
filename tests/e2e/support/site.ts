/**
 * Where the browser tests find the site and the browser: shared by playwright.config.ts (which
 * builds and serves the site through its webServer) and the specs (the offline test serves the
 * same build from a plain static server).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { packedScriptOf } from '../../../build/packSingleFile';

/** The repository's root directory. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The port `vite preview` serves the tests' build on. Fixed, so a run is easy to reproduce; set
 * E2E_PORT when another run (or another engineer's) already holds it.
 */
export const PORT = Number(process.env.E2E_PORT ?? 5180);

/** The served site, with its trailing slash. */
export const SITE_URL = `http://127.0.0.1:${PORT}/`;

/**
 * Where the tests build the site: a private directory per port, because dist/ is shared with
 * anyone running `npm start` or a build at the same time, and a build replaces it under a running
 * server.
 */
export const SITE_DIR = join(tmpdir(), `ledgertown-e2e-site-${PORT}`);

/** Debian's Chromium (never a browser download); CHROMIUM_PATH points elsewhere if need be. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, software rendering, no background traffic, a fresh profile every launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The default window: the size the game is designed for. */
export const VIEWPORT = { width: 1440, height: 900 };

/**
 * Generous: the shared machine the tests run on is often loaded far beyond its two cores. Every
 * wait (selectors, functions, clicks, navigation) gives up after this long unless told otherwise.
 */
export const WAIT_MS = 90_000;

/**
 * Builds the single file (`vite.single.config.ts`) into a new temporary folder named from `prefix`:
 * the folder (the caller removes it), whether the build succeeded, and its output.
 */
export function buildSingleFile(prefix: string): { out: string; ok: boolean; log: string } {
  const out = mkdtempSync(join(tmpdir(), prefix));
  const build = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.single.config.ts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { out, ok: build.status === 0, log: `${build.stdout}\n${build.stderr}` };
}

/**
 * A built single file: its HTML as written, and the game's script unpacked from it (the file keeps
 * the script gzip-compressed; build/packSingleFile.ts). Throws when the file holds no packed script.
 */
export function readSingleFile(file: string): { html: string; script: string } {
  const html = readFileSync(file, 'utf8');
  const packed = packedScriptOf(html);
  if (!packed) throw new Error(`${file} holds no packed script`);
  return { html, script: gunzipSync(packed).toString('utf8') };
}
