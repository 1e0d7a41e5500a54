/**
 * Browser tests: builds the site, serves it on a free port, drives Debian's Chromium (software
 * rendering) through the game, saves screenshots of the main screens in test-results/, and exits
 * non-zero when any test fails. Run with `npm run test:e2e`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildSite, launchBrowser, removeSite, serveSite } from './harness.mjs';
import { a11yTests } from './a11y.mjs';

const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });
const only = process.argv[2];

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Opens the game on a fresh context; `ready` waits until the scenario list is shown. */
async function openGame(browser, url, viewport) {
  const session = await browser.newPage(viewport);
  await session.page.goto(url);
  await session.page.waitForSelector('.scenario-item');
  return session;
}

async function loadTown(page, fileName, options = {}) {
  const ok = await page.evaluate(
    ([name, opts]) => window.ledgertown.loadScenario(name, opts),
    [fileName, options],
  );
  check(ok, `${fileName} did not load`);
  await page.waitForFunction(
    () => window.ledgertown.stats().figuresDrawn > 0 && window.ledgertown.debug.figurePosition(0),
  );
}

const shot = (page, name) => page.screenshot({ path: join(RESULTS, `${name}.png`) });

function noErrors(errors) {
  check(errors.length === 0, `console or page errors:\n  ${errors.join('\n  ')}`);
}

// -------------------------------------------------------------------------------------------

// The accessibility audit of every screen, in both languages, is in locale.mjs (and roles.mjs,
// a11y.mjs for the screens they open).

// -------------------------------------------------------------------------------------------

// Accessibility: the town in words, chart tables, projector colours on the map, axe on them.
a11yTests({ test, check, openGame, loadTown, shot, noErrors });

buildSite();
const server = await serveSite();
const browser = await launchBrowser();
let failed = 0;
let ran = 0;
try {
  for (const { name, fn } of tests) {
    if (only && !name.includes(only)) continue;
    ran++;
    const started = Date.now();
    await browser.ensureRunning();
    try {
      await fn({ browser, url: server.url });
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(
        `FAIL ${name}\n     ${String(error?.stack ?? error)
          .split('\n')
          .join('\n     ')}`,
      );
    } finally {
      await browser.closePages();
    }
  }
} finally {
  await browser.close();
  server.stop();
  removeSite();
}
if (ran === 0) console.log(`no browser test name contains "${only}"`);
else if (failed > 0) console.log(`${failed} of ${ran} failed`);
else console.log(`${ran} of ${tests.length} browser tests ran and passed`);
process.exit(failed === 0 && ran > 0 ? 0 : 1);
