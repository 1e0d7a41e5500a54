/**
 * Browser tests of working offline: every request the page, its workers and its downloads make
 * is watched, and none may leave the local server while the game loads, plays, opens dossiers,
 * makes a share link and exports; and the single-file build (npm run build:single) runs from
 * file:// with the network blocked. Registered by run.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { OUT_DIR, ROOT, freePort } from './harness.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * The plainest web server there is: files from `dir` under the path `prefix`, nothing else (no
 * fallback to index.html, no rewriting), as a school's shared web space would serve them.
 */
async function serveStatic(dir, prefix) {
  const port = await freePort();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
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
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}${prefix}`, stop: () => server.close() };
}

/** URLs that never reach a network: the page's own data, blobs and files. */
const isInline = (url) => /^(data|blob|file|about):/.test(url);

/**
 * Blocks every request that is not to `allowedOrigin` (or inline) and records it; requests seen
 * by the context (workers included) are recorded too, so nothing slips past unrouted.
 */
async function blockNetwork(context, allowedOrigin) {
  const leaks = [];
  const allowed = (url) =>
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

/** Registers the offline tests with run.mjs's helpers. */
export function offlineTests({ test, check, shot, noErrors }) {
  test('offline: no request leaves the page while loading, playing, reading dossiers, sharing and exporting', async ({
    browser,
    url,
  }) => {
    const { page, context, errors } = await browser.newPage();
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
    for (const lens of ['told', 'truth']) {
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
    check((await download.path()) !== null, 'the people export did not download');
    check(leaks.length === 0, `requests left the page: ${leaks.join(', ')}`);
    noErrors(errors);
  });

  test('offline: the built site runs from a sub-folder of a plain static web server', async ({
    browser,
  }) => {
    // OUT_DIR holds the site run.mjs built; a school might put it at /classes/9b/ledgertown/.
    const server = await serveStatic(OUT_DIR, '/classes/9b/ledgertown/');
    try {
      const { page, context, errors } = await browser.newPage();
      const leaks = await blockNetwork(context, new URL(server.url).origin);
      await page.goto(server.url);
      await page.waitForSelector('.scenario-item');
      await page.click('.start-form button[type="submit"]');
      await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
      await page.evaluate(() => window.ledgertown.step(3));
      const day = await page.evaluate(() => window.ledgertown.state().day);
      check(day === 3, `the town reached day ${day}`);
      check(leaks.length === 0, `requests left the page: ${leaks.join(', ')}`);
      noErrors(errors);
      await context.close();
    } finally {
      server.stop();
    }
  });

  test('offline: the single-file build runs from file:// with the network blocked', async ({
    browser,
  }) => {
    const out = mkdtempSync(join(tmpdir(), 'ledgertown-single-'));
    try {
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
      check(build.status === 0, `build:single failed:\n${build.stdout}\n${build.stderr}`);
      const files = readdirSync(out);
      check(
        JSON.stringify(files) === JSON.stringify(['ledgertown.html']),
        `expected one file, found ${files.join(', ')}`,
      );
      const file = join(out, 'ledgertown.html');
      console.log(`     single file: ${(statSync(file).size / 1024).toFixed(0)} KB`);

      const { page, context, errors } = await browser.newPage();
      const leaks = await blockNetwork(context, null);
      await context.setOffline(true);
      await page.goto(`file://${file}`);
      await page.waitForSelector('.scenario-item', { timeout: 20_000 });
      const scenarios = await page.$$eval('.scenario-item', (els) => els.length);
      check(scenarios >= 9, `only ${scenarios} scenarios bundled`);
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
      check(day >= 7, `the town reached day ${day}`);
      await shot(page, 'offline-single-file');
      // The comparison runs in a second inlined worker.
      await page.getByRole('button', { name: 'Compare A/B' }).click();
      await page.waitForSelector('.compare-result', { timeout: 180_000 });
      check(leaks.length === 0, `requests left the page: ${leaks.join(', ')}`);
      noErrors(errors);
      await context.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}
