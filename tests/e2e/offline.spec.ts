/**
 * Working offline: every request the page, its workers and its downloads make is watched, and none
 * may leave the local server while the game loads, plays, opens dossiers, makes a share link and
 * exports; the built site runs from a sub-folder of a plain static server; and the single-file
 * build (npm run build:single) runs from file:// with the network blocked, in both languages.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, noErrors, shot, test } from './support/game';
import { buildSingleFile, SITE_DIR } from './support/site';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/**
 * The plainest web server there is: files from `dir` under the path `prefix`, nothing else (no
 * fallback to index.html, no rewriting), as a school's shared web space would serve them. Listens
 * on a free port.
 */
async function serveStatic(dir: string, prefix: string) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = path === prefix ? 'index.html' : path.slice(prefix.length);
    const file = normalize(join(dir, relative));
    if (!path.startsWith(prefix) || !file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, stop: () => server.close() };
}

/** URLs that never reach a network: the page's own data, blobs and files. */
const isInline = (url: string) => /^(data|blob|file|about):/.test(url);

/**
 * Blocks every request that is not to `allowedOrigin` (or inline) and records it; requests seen
 * by the context (workers included) are recorded too, so nothing slips past unrouted.
 */
async function blockNetwork(
  context: BrowserContext,
  allowedOrigin: string | null,
): Promise<string[]> {
  const leaks: string[] = [];
  const allowed = (url: string) =>
    isInline(url) || (allowedOrigin !== null && url.startsWith(allowedOrigin));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    leaks.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!allowed(request.url()) && !leaks.includes(request.url())) leaks.push(request.url());
  });
  return leaks;
}

test('offline: no request leaves the page while loading, playing, reading dossiers, sharing and exporting', async ({
  newSession,
  url,
}) => {
  const { page, context, errors } = await newSession();
  const leaks = await blockNetwork(context, new URL(url).origin);
  await page.goto(url);
  await page.waitForSelector('.scenario-item');
  await page.click('.start-form button[type="submit"]');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  await page.evaluate(() => window.ledgertown.setSpeed(20));
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => window.ledgertown.state().day >= 15, null, {
    timeout: 20_000,
  });
  await page.evaluate(() => window.ledgertown.pause());
  await page.evaluate(() => window.ledgertown.select('p7'));
  await page.waitForSelector('.dossier .facts');
  for (const lens of ['told', 'truth'] as const) {
    await page.evaluate((name) => window.ledgertown.setLens(name), lens);
  }
  await page.click('#tab-charts');
  await page.waitForSelector('.chart canvas');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.waitForSelector('.share-dialog[open]');
  await page.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.waitForSelector('.report-chart img');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.report-download-buttons [data-export="people"]'),
  ]);
  expect(await download.path(), 'the people export did not download').not.toBeNull();
  expect(leaks, `requests left the page: ${leaks.join(', ')}`).toEqual([]);
  noErrors(errors);
});

test('offline: the built site runs from a sub-folder of a plain static web server', async ({
  newSession,
}) => {
  // SITE_DIR holds the site the config built; a school might put it at /classes/9b/ledgertown/.
  const server = await serveStatic(SITE_DIR, '/classes/9b/ledgertown/');
  try {
    const { page, context, errors } = await newSession();
    const leaks = await blockNetwork(context, new URL(server.url).origin);
    await page.goto(server.url);
    await page.waitForSelector('.scenario-item');
    await page.click('.start-form button[type="submit"]');
    await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
    await page.evaluate(() => window.ledgertown.step(3));
    const day = await page.evaluate(() => window.ledgertown.state().day);
    expect(day, `the town reached day ${day}`).toBe(3);
    expect(leaks, `requests left the page: ${leaks.join(', ')}`).toEqual([]);
    noErrors(errors);
    await context.close();
  } finally {
    server.stop();
  }
});

test('offline: the single-file build runs from file:// with the network blocked', async ({
  newSession,
}) => {
  const { out, ok, log } = buildSingleFile('ledgertown-single-');
  try {
    expect(ok, `build:single failed:\n${log}`).toBe(true);
    const files = readdirSync(out);
    expect(JSON.stringify(files), `expected one file, found ${files.join(', ')}`).toBe(
      JSON.stringify(['ledgertown.html']),
    );
    const file = join(out, 'ledgertown.html');
    console.log(`     single file: ${(statSync(file).size / 1024).toFixed(0)} KB`);

    const { page, context, errors } = await newSession();
    const leaks = await blockNetwork(context, null);
    await context.setOffline(true);
    await page.goto(`file://${file}`);
    await page.waitForSelector('.scenario-item', { timeout: 20_000 });
    const scenarios = await page.$$eval('.scenario-item', (els) => els.length);
    expect(scenarios, `only ${scenarios} scenarios bundled`).toBeGreaterThanOrEqual(9);
    await page.click('.start-form button[type="submit"]');
    await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0, null, {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => window.ledgertown.state().day >= 3, null, {
      timeout: 20_000,
    });
    await page.evaluate(() => window.ledgertown.pause());
    await page.evaluate(() => window.ledgertown.step(4));
    await page.evaluate(() => window.ledgertown.select('p2'));
    await page.waitForSelector('.dossier .facts');
    const day = await page.evaluate(() => window.ledgertown.state().day);
    expect(day, `the town reached day ${day}`).toBeGreaterThanOrEqual(7);
    await shot(page, 'offline-single-file');
    // The comparison runs in a second inlined worker.
    await page.getByRole('button', { name: 'Compare A/B' }).click();
    await page.waitForSelector('.compare-result', { timeout: 180_000 });
    // The Chinese catalogue, a chunk of its own on the served site, is inside the file too.
    // Saved progress brings the town back, now in Chinese.
    await page.goto(`file://${file}?locale=zh-CN`);
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible({ timeout: 20_000 });
    expect(leaks, `requests left the page: ${leaks.join(', ')}`).toEqual([]);
    noErrors(errors);

    // The file keeps its script gzip-compressed; a browser that cannot unpack it says so, in
    // both languages, instead of showing a blank page.
    const oldBrowser = await context.newPage();
    await oldBrowser.addInitScript(() => {
      delete (window as { DecompressionStream?: unknown }).DecompressionStream;
    });
    await oldBrowser.goto(`file://${file}`);
    const alert = oldBrowser.getByRole('alert');
    await expect(alert).toContainText('Ledgertown could not open in this browser');
    await expect(alert).toContainText('DecompressionStream is missing');
    await expect(alert).toContainText('此浏览器无法打开');
    await shot(oldBrowser, 'offline-single-file-old-browser');
    await context.close();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
