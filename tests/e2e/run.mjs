/**
 * Browser tests: builds the site, serves it on a free port, drives Debian's Chromium (software
 * rendering) through the game, saves screenshots of the main screens in test-results/, and exits
 * non-zero when any test fails. Run with `npm run test:e2e`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildSite, launchBrowser, removeSite, serveSite } from './harness.mjs';
import { a11yTests } from './a11y.mjs';
import { compareTests } from './compare.mjs';
import { editorTests } from './editor.mjs';
import { exportTests } from './export.mjs';
import { localeTests } from './locale.mjs';
import { offlineTests } from './offline.mjs';
import { rolesTests } from './roles.mjs';
import { shareTests } from './share.mjs';

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

const state = (page) => page.evaluate(() => window.ledgertown.state());
const dayText = (page) => page.textContent('[role="status"].day-text');
const shot = (page, name) => page.screenshot({ path: join(RESULTS, `${name}.png`) });

function noErrors(errors) {
  check(errors.length === 0, `console or page errors:\n  ${errors.join('\n  ')}`);
}

// -------------------------------------------------------------------------------------------

test('start screen lists every shipped scenario and starts the default one', async ({
  browser,
  url,
}) => {
  const { page, errors } = await openGame(browser, url);
  const files = await page.evaluate(() => window.ledgertown.scenarios());
  const items = await page.$$eval('.scenario-item', (els) => els.length);
  check(items === files.length, `expected ${files.length} scenarios listed, saw ${items}`);
  check((await page.textContent('.scenario-detail h2')).length > 0, 'scenario title missing');
  await shot(page, 'start-screen');
  await page.click('.start-form button[type="submit"]');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  check((await dayText(page)).startsWith('Day 0 of'), `day status: ${await dayText(page)}`);
  await shot(page, 'town-day-0');
  noErrors(errors);
});

test('every shipped scenario loads, runs and draws with no console errors', async ({
  browser,
  url,
}) => {
  const { page, errors } = await openGame(browser, url);
  const files = await page.evaluate(() => window.ledgertown.scenarios());
  for (const file of files) {
    await loadTown(page, file);
    await page.evaluate(() => window.ledgertown.step(3));
    const s = await state(page);
    check(s.day === 3 && s.fileName === file, `${file}: expected day 3, got ${s.day}`);
    check((await dayText(page)).startsWith('Day 3 of'), `${file}: status ${await dayText(page)}`);
    await shot(page, `scenario-${file.replace(/\.yaml$/, '')}`);
  }
  noErrors(errors);
});

test('play, pause and step move the day; Space and → work from the keyboard', async ({
  browser,
  url,
}) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => window.ledgertown.state().day >= 2);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.evaluate(() => window.ledgertown.whenIdle());
  const paused = (await state(page)).day;
  await page.waitForTimeout(1500);
  check((await state(page)).day === paused, 'the day moved while paused');
  check((await dayText(page)) === `Day ${paused} of 365`, `status says ${await dayText(page)}`);

  await page.getByRole('button', { name: 'Step one day' }).click();
  await page.waitForFunction((d) => window.ledgertown.state().day === d + 1, paused);

  await page.locator('body').focus();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((d) => window.ledgertown.state().day === d + 2, paused);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.ledgertown.state().playing);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !window.ledgertown.state().playing);

  await page.fill('#jump-day', '40');
  await page.press('#jump-day', 'Enter');
  await page.waitForFunction(() => window.ledgertown.state().day === 40);
  await page.fill('#jump-day', '10');
  await page.press('#jump-day', 'Enter');
  await page.waitForFunction(() => window.ledgertown.state().day === 10);
  check((await dayText(page)) === 'Day 10 of 365', `after jumping back: ${await dayText(page)}`);
  noErrors(errors);
});

test('clicking a figure on the map opens that person’s dossier', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => window.ledgertown.step(2));
  await page.waitForFunction(() => window.ledgertown.debug.figurePosition(0) !== null);
  const pane = await page.locator('.map-canvas').boundingBox();
  // A person at home, away from crowds, so the click cannot land on a neighbour.
  const target = await page.evaluate((box) => {
    const api = window.ledgertown;
    const { layout } = api.stores.town.getState();
    for (let i = 0; i < layout.homePlace.length; i += 7) {
      const p = api.debug.figurePosition(i);
      const inside = p && p.x > box.x + 300 && p.y > box.y + 60 && p.x < box.x + box.width - 80;
      if (inside && p.y < box.y + box.height - 60) return { i, ...p };
    }
    return null;
  }, pane);
  check(target !== null, 'no figure in view');
  await page.mouse.move(target.x, target.y);
  await page.waitForSelector('.hover-card');
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(() => window.ledgertown.state().selected !== null);
  const selected = (await state(page)).selected;
  await page.waitForSelector('.dossier .facts');
  const name = await page.textContent('#dossier-name');
  const expected = await page.evaluate(
    (id) => window.ledgertown.stores.town.getState().peopleNames[Number(id.slice(1))],
    selected,
  );
  check(name === expected, `dossier shows ${name}, selected ${expected}`);
  await shot(page, 'dossier-clicked');
  noErrors(errors);
});

test('a dossier opens from the keyboard alone', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml');
  const name = await page.evaluate(() => window.ledgertown.stores.town.getState().peopleNames[10]);
  await page.focus('#tab-story');
  await page.keyboard.press('Home');
  check((await page.evaluate(() => document.activeElement?.id)) === 'tab-person', 'tab focus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#dossier-name');
  check((await page.textContent('#dossier-name')) === name, 'dossier for the typed name');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.ledgertown.state().selected === null);

  // The map: focus it, Enter opens the person in the centre ring.
  await page.focus('.map-canvas');
  await page.keyboard.press('+');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.ledgertown.state().selected !== null);
  noErrors(errors);
});

test('lenses show different entries and the truth lens flags mismatches', async ({
  browser,
  url,
}) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'everything-recorded.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(200));
  await page.waitForFunction(() => window.ledgertown.state().day === 200);
  const subject = await page.evaluate(() => {
    const feed = window.ledgertown.stores.town.getState().feed;
    return feed.find((e) => e.kind === 'wrongfulListing')?.subject ?? null;
  });
  check(subject !== null, 'no wrongful listing by day 200 in everything-recorded.yaml');
  await page.evaluate((id) => window.ledgertown.select(id), subject);
  await page.waitForSelector('.dossier .entries');
  await page.getByLabel('What the system recorded').check();
  const recorded = await page.$$eval('.entry', (els) => els.length);
  const flaggedRecorded = await page.$$eval('.entry-flagged', (els) => els.length);
  await page.getByLabel('What really happened').check();
  await page.waitForSelector('.gaps');
  const flaggedTruth = await page.$$eval('.entry-flagged', (els) => els.length);
  check(flaggedRecorded === 0, 'the recorded lens must not know about mismatches');
  check(flaggedTruth > 0, 'the truth lens flags the wrongful listing');
  await shot(page, 'dossier-truth-lens');
  await page.getByLabel('What they are told').check();
  const told = await page.$$eval('.entry', (els) => els.length);
  check(told < recorded, `told lens shows ${told} entries, recorded ${recorded}`);
  await shot(page, 'dossier-told-lens');
  noErrors(errors);
});

test('charts show the metrics with their units', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(60));
  await page.waitForFunction(() => window.ledgertown.state().day === 60);
  await page.click('#tab-charts');
  await page.waitForSelector('#chart-listed-title');
  const charts = await page.$$eval('figure.chart', (els) => els.length);
  check(charts >= 7, `expected 7 charts, saw ${charts}`);
  const canvases = await page.$$eval('figure.chart canvas', (els) => els.length);
  check(canvases >= 7, 'every chart draws a canvas');
  const label = await page.getAttribute('#chart-score-title + .chart-plot', 'aria-label');
  const mean = await page.evaluate(() => {
    const series = window.ledgertown.stores.town.getState().metrics.meanScore;
    return series[series.length - 1];
  });
  check(label.includes('points'), `score chart names its unit: ${label}`);
  check(
    label.includes(mean.toFixed(1)) || label.includes(String(Math.round(mean))),
    `chart reads ${label}, store ${mean}`,
  );
  await shot(page, 'charts');
  noErrors(errors);
});

test('the event feed filters by kind and opens dossiers', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'defaulters.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(120));
  await page.waitForFunction(() => window.ledgertown.state().day === 120);
  await page.click('#tab-events');
  await page.waitForSelector('.feed-item');
  const before = await page.$$eval('.feed-item', (els) => els.length);
  await page.getByLabel('Refusals', { exact: true }).uncheck();
  const refusalsLeft = await page.$$eval('.feed-refused', (els) => els.length);
  check(before > 0 && refusalsLeft === 0, 'unchecking refusals hides them');
  await shot(page, 'feed');
  await page.click('.feed-item');
  await page.waitForSelector('#dossier-name');
  noErrors(errors);
});

test('a broken scenario shows its errors at their lines and columns', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  const text = readFileSync(join(ROOT, 'tests/e2e/fixtures/broken.yaml'), 'utf8');
  const ok = await page.evaluate((t) => window.ledgertown.loadScenarioText(t, 'broken.yaml'), text);
  check(ok === false, 'the broken scenario must not load');
  await page.waitForSelector('.issue-panel');
  const lines = await page.$$eval('.issue-list li', (els) => els.map((el) => el.textContent));
  check(lines.length >= 2, `expected several problems, saw ${lines.length}`);
  check(
    lines.every((line) => /^broken\.yaml:\d+:\d+: /.test(line)),
    `unpositioned: ${lines.join(' | ')}`,
  );
  check(
    lines.some((line) => line.startsWith('broken.yaml:4:')),
    'the days error points at line 4',
  );
  await shot(page, 'broken-scenario');
  // Also through the file picker.
  await page.setInputFiles('.file-open input', join(ROOT, 'tests/e2e/fixtures/broken.yaml'));
  await page.waitForSelector('.issue-panel');
  noErrors(errors);
});

test('progress survives a reload; corrupt saved data is set aside with a message', async ({
  browser,
  url,
}) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'journalist.yaml', { seed: 7 });
  await page.evaluate(() => window.ledgertown.step(5));
  await page.evaluate(() => {
    window.ledgertown.setSpeed(20);
    window.ledgertown.select('p3');
  });
  await page.waitForTimeout(900);
  await page.reload();
  await page.waitForFunction(() => window.ledgertown?.state().day === 5);
  const s = await state(page);
  check(s.fileName === 'journalist.yaml' && s.seed === 7, `restored ${s.fileName} seed ${s.seed}`);
  check(
    s.selected === 'p3' && s.speed === 20,
    `restored selection ${s.selected}, speed ${s.speed}`,
  );

  // Corrupt the saved data as the page goes away: after the game's own pagehide handler, which
  // writes any save still pending (registered earlier, so it runs first).
  await page.evaluate(() =>
    window.addEventListener('pagehide', () =>
      localStorage.setItem('ledgertown.progress', '{"version":1,"fileName":'),
    ),
  );
  await page.reload();
  await page.waitForSelector('.notice');
  const notice = await page.textContent('.notice');
  check(notice.includes('set aside'), `notice: ${notice}`);
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ledgertown.progress.corrupt.')),
  );
  check(setAside.length === 1, 'the unreadable data is kept under another key');
  noErrors(errors);
});

test('a crashed or stuck worker is restarted and the run restored', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml', { seed: 3 });
  await page.evaluate(() => window.ledgertown.step(12));
  await page.evaluate(() => window.ledgertown.debug.crashWorker());
  await page.waitForSelector('.notice');
  await page.waitForFunction(
    () => window.ledgertown.stores.session.getState().workerRestarts === 1,
  );
  await page.evaluate(() => window.ledgertown.whenIdle());
  let s = await state(page);
  check(
    s.day === 12 && s.seed === 3 && s.status === 'ready',
    `after crash: day ${s.day}, ${s.status}`,
  );
  await page.evaluate(() => window.ledgertown.step(1));
  check((await state(page)).day === 13, 'the restored run keeps stepping');

  await page.evaluate(() => window.ledgertown.debug.hangWorker());
  await page.evaluate(() => window.ledgertown.step(1));
  await page.waitForFunction(
    () => window.ledgertown.stores.session.getState().workerRestarts === 2,
    null,
    { timeout: 120_000 },
  );
  await page.evaluate(() => window.ledgertown.whenIdle());
  s = await state(page);
  check(s.day >= 13 && s.status === 'ready', `after hang: day ${s.day}, ${s.status}`);
  await shot(page, 'worker-restarted');
  // The crash itself logs an uncaught error from the worker; nothing else may.
  noErrors(errors.filter((e) => !e.includes('Fault injected for testing')));
});

test('help opens with ? and closes with Escape; controls have names', async ({ browser, url }) => {
  const { page, errors } = await openGame(browser, url);
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('?');
  await page.waitForSelector('dialog.help[open]');
  await shot(page, 'help');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.help[open]'));
  const unnamed = await page.$$eval('button, input, select, [role="tab"]', (els) =>
    els
      .filter((el) => el.offsetParent !== null || el.type === 'radio')
      .filter((el) => {
        const label =
          el.getAttribute('aria-label') ||
          el.textContent?.trim() ||
          (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
          el.closest('label')?.textContent?.trim();
        return !label;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  check(unnamed.length === 0, `controls without a name: ${unnamed.join(' | ')}`);
  noErrors(errors);
});

// The accessibility audit of every screen, in both languages, is in locale.mjs (and roles.mjs,
// a11y.mjs for the screens they open).

// -------------------------------------------------------------------------------------------

// The rule editor's and Compare A/B's tests live beside this file.
editorTests({ test, check, openGame, loadTown, shot, noErrors });
compareTests({ test, check, openGame, loadTown, shot, noErrors });
// Share and lock, exports and report, offline (npm run build:single) live beside this file too.
shareTests({ test, check, openGame, loadTown, shot, noErrors });
exportTests({ test, check, openGame, loadTown, shot, noErrors });
offlineTests({ test, check, openGame, loadTown, shot, noErrors });
// The roles: citizen, planner and appeals officer played to their endings.
rolesTests({ test, check, openGame, loadTown, shot, noErrors });
// The two languages: ?locale=, the picker, axe in both, layout with long strings.
localeTests({ test, check, openGame, loadTown, shot, noErrors });
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
