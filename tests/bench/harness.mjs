/**
 * Shared set-up for the browser benchmarks (browser.mjs, class.bench.ts): build the site into a
 * private directory, serve it with `vite preview` on a free port, and launch Debian's Chromium
 * headless with software rendering. The browser tests do the same through playwright.config.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Where benchmarks build the site: a private directory, because dist/ is shared with anyone running
 * `npm start` or a build at the same time, and a build replaces it under a running server.
 */
export const OUT_DIR = mkdtempSync(join(tmpdir(), 'ledgertown-site-'));

/** Runs `vite build` into OUT_DIR; throws with its output on failure. */
export function buildSite() {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, '--emptyOutDir'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Removes the private build. */
export function removeSite() {
  rmSync(OUT_DIR, { recursive: true, force: true });
}

/** A free TCP port on localhost. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves the private build on a free port; resolves with its URL and a stop function. */
export async function serveSite() {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      OUT_DIR,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stopProcess(child);
      throw new Error(`vite preview did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop: () => stopProcess(child) };
}

function stopProcess(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const startChromium = () =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

/**
 * Launches headless Chromium the way the team brief prescribes (a fresh temporary profile). Pages
 * opened through it are closed by `closePages()` after each test: a page left open keeps its game
 * and workers running and slows every later test. A browser that died is started again by
 * `ensureRunning()`, so one crash fails one test, not all that follow.
 */
export async function launchBrowser() {
  let browser = await startChromium();
  const open = new Set();
  const harness = {
    get browser() {
      return browser;
    },
    /** A page in its own context (own localStorage), collecting console errors and page errors. */
    async newPage(viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({ viewport });
      open.add(context);
      context.on('close', () => open.delete(context));
      const page = await context.newPage();
      // Generous: the shared machine this runs on is often loaded far beyond its two cores.
      page.setDefaultTimeout(90_000);
      const errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      return { page, context, errors };
    },
    /** Closes every page opened since the last call. */
    async closePages() {
      await Promise.allSettled([...open].map((context) => context.close()));
      open.clear();
    },
    /** Starts Chromium again if it has gone. */
    async ensureRunning() {
      if (browser.isConnected()) return;
      open.clear();
      browser = await startChromium();
    },
    close: () => browser.close(),
  };
  return harness;
}
