/**
 * The game's main screens in a browser: the start screen and every shipped scenario, the clock
 * from mouse and keyboard, dossiers from the map and the keyboard, lenses, charts, the event feed,
 * a broken scenario's errors, saved progress, the worker's watchdog, help. Screenshots of the main
 * screens go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayText, expect, loadTown, noErrors, shot, state, test } from './support/game';
import { ROOT, VIEWPORT } from './support/site';

test('start screen lists every shipped scenario and starts the default one', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  const files = await page.evaluate(() => window.ledgertown.scenarios());
  const items = await page.$$eval('.scenario-item', (els) => els.length);
  expect(items, `expected ${files.length} scenarios listed, saw ${items}`).toBe(files.length);
  expect(
    ((await page.textContent('.scenario-detail h2')) ?? '').length,
    'scenario title missing',
  ).toBeGreaterThan(0);
  await shot(page, 'start-screen');
  // On a short window the start screen scrolls; the town opens at its top all the same.
  await page.setViewportSize({ width: 1024, height: 500 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY), 'start screen did not scroll').toBeGreaterThan(
    0,
  );
  await page.click('.start-form button[type="submit"]');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  expect(await page.evaluate(() => window.scrollY), 'town opened scrolled down').toBe(0);
  await page.setViewportSize(VIEWPORT);
  expect(await dayText(page), `day status: ${await dayText(page)}`).toMatch(/^Day 0 of/);
  await shot(page, 'town-day-0');
  noErrors(errors);
});

test('every shipped scenario loads, runs and draws with no console errors', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  const files = await page.evaluate(() => window.ledgertown.scenarios());
  for (const file of files) {
    await loadTown(page, file);
    await page.evaluate(() => window.ledgertown.step(3));
    const s = await state(page);
    expect(s.day, `${file}: expected day 3, got ${s.day}`).toBe(3);
    expect(s.fileName, `${file}: expected day 3, got ${s.day}`).toBe(file);
    expect(await dayText(page), `${file}: status ${await dayText(page)}`).toMatch(/^Day 3 of/);
    await shot(page, `scenario-${file.replace(/\.yaml$/, '')}`);
  }
  noErrors(errors);
});

test('play, pause and step move the day; Space and → work from the keyboard', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => window.ledgertown.state().day >= 2);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.evaluate(() => window.ledgertown.whenIdle());
  const paused = (await state(page)).day;
  await page.waitForTimeout(1500);
  expect((await state(page)).day, 'the day moved while paused').toBe(paused);
  expect(await dayText(page), `status says ${await dayText(page)}`).toBe(`Day ${paused} of 365`);

  await page.getByRole('button', { name: 'Step one day' }).click();
  await page.waitForFunction((d) => window.ledgertown.state().day === d + 1, paused);

  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
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
  expect(await dayText(page), `after jumping back: ${await dayText(page)}`).toBe('Day 10 of 365');
  noErrors(errors);
});

test('clicking a figure on the map opens that person’s dossier', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => window.ledgertown.step(2));
  await page.waitForFunction(() => window.ledgertown.debug.figurePosition(0) !== null);
  const pane = await page.locator('.map-canvas').boundingBox();
  expect(pane, 'the map has a box').not.toBeNull();
  // A person at home, away from crowds, so the click cannot land on a neighbour.
  const target = await page.evaluate((box) => {
    const api = window.ledgertown;
    const { layout } = api.stores.town.getState();
    for (let i = 0; i < layout!.homePlace.length; i += 7) {
      const p = api.debug.figurePosition(i);
      const inside = p && p.x > box.x + 300 && p.y > box.y + 60 && p.x < box.x + box.width - 80;
      if (inside && p.y < box.y + box.height - 60) return { i, ...p };
    }
    return null;
  }, pane!);
  expect(target, 'no figure in view').not.toBeNull();
  await page.mouse.move(target!.x, target!.y);
  await page.waitForSelector('.hover-card');
  await page.mouse.click(target!.x, target!.y);
  await page.waitForFunction(() => window.ledgertown.state().selected !== null);
  const selected = (await state(page)).selected!;
  await page.waitForSelector('.dossier .facts');
  const name = await page.textContent('#dossier-name');
  const expected = await page.evaluate(
    (id) => window.ledgertown.stores.town.getState().peopleNames[Number(id.slice(1))],
    selected,
  );
  expect(name, `dossier shows ${name}, selected ${expected}`).toBe(expected);
  await shot(page, 'dossier-clicked');
  noErrors(errors);
});

test('a dossier opens from the keyboard alone', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  const name = await page.evaluate(() => window.ledgertown.stores.town.getState().peopleNames[10]);
  await page.focus('#tab-story');
  await page.keyboard.press('Home');
  expect(await page.evaluate(() => document.activeElement?.id), 'tab focus').toBe('tab-person');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#dossier-name');
  expect(await page.textContent('#dossier-name'), 'dossier for the typed name').toBe(name);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.ledgertown.state().selected === null);

  // The map: focus it, Enter opens the person in the centre ring.
  await page.focus('.map-canvas');
  await page.keyboard.press('+');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.ledgertown.state().selected !== null);
  noErrors(errors);
});

test('lenses show different entries and the truth lens flags mismatches', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'everything-recorded.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(200));
  await page.waitForFunction(() => window.ledgertown.state().day === 200);
  const subject = await page.evaluate(() => {
    const feed = window.ledgertown.stores.town.getState().feed;
    return feed.find((e) => e.kind === 'wrongfulListing')?.subject ?? null;
  });
  expect(subject, 'no wrongful listing by day 200 in everything-recorded.yaml').not.toBeNull();
  await page.evaluate((id) => window.ledgertown.select(id), subject!);
  await page.waitForSelector('.dossier .entries');
  await page.getByLabel('What the system recorded').check();
  const recorded = await page.$$eval('.entry', (els) => els.length);
  const flaggedRecorded = await page.$$eval('.entry-flagged', (els) => els.length);
  await page.getByLabel('What really happened').check();
  await page.waitForSelector('.gaps');
  const flaggedTruth = await page.$$eval('.entry-flagged', (els) => els.length);
  expect(flaggedRecorded, 'the recorded lens must not know about mismatches').toBe(0);
  expect(flaggedTruth, 'the truth lens flags the wrongful listing').toBeGreaterThan(0);
  await shot(page, 'dossier-truth-lens');
  await page.getByLabel('What they are told').check();
  const told = await page.$$eval('.entry', (els) => els.length);
  expect(told, `told lens shows ${told} entries, recorded ${recorded}`).toBeLessThan(recorded);
  await shot(page, 'dossier-told-lens');
  noErrors(errors);
});

test('charts show the metrics with their units', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(60));
  await page.waitForFunction(() => window.ledgertown.state().day === 60);
  await page.click('#tab-charts');
  await page.waitForSelector('#chart-listed-title');
  const charts = await page.$$eval('figure.chart', (els) => els.length);
  expect(charts, `expected 7 charts, saw ${charts}`).toBeGreaterThanOrEqual(7);
  const canvases = await page.$$eval('figure.chart canvas', (els) => els.length);
  expect(canvases, 'every chart draws a canvas').toBeGreaterThanOrEqual(7);
  const label = (await page.getAttribute('#chart-score-title + .chart-plot', 'aria-label'))!;
  const mean = await page.evaluate(() => {
    const series = window.ledgertown.stores.town.getState().metrics.meanScore;
    return series[series.length - 1];
  });
  expect(label, `score chart names its unit: ${label}`).toContain('points');
  expect(
    label.includes(mean.toFixed(1)) || label.includes(String(Math.round(mean))),
    `chart reads ${label}, store ${mean}`,
  ).toBe(true);
  await shot(page, 'charts');
  noErrors(errors);
});

test('the event feed filters by kind and opens dossiers', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'defaulters.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(120));
  await page.waitForFunction(() => window.ledgertown.state().day === 120);
  await page.click('#tab-events');
  await page.waitForSelector('.feed-item');
  const before = await page.$$eval('.feed-item', (els) => els.length);
  await page.getByLabel('Refusals', { exact: true }).uncheck();
  const refusalsLeft = await page.$$eval('.feed-refused', (els) => els.length);
  expect(before, 'unchecking refusals hides them').toBeGreaterThan(0);
  expect(refusalsLeft, 'unchecking refusals hides them').toBe(0);
  await shot(page, 'feed');
  await page.click('.feed-item');
  await page.waitForSelector('#dossier-name');
  noErrors(errors);
});

test('a broken scenario shows its errors at their lines and columns', async ({ openGame }) => {
  const { page, errors } = await openGame();
  const text = readFileSync(join(ROOT, 'tests/e2e/fixtures/broken.yaml'), 'utf8');
  const ok = await page.evaluate((t) => window.ledgertown.loadScenarioText(t, 'broken.yaml'), text);
  expect(ok, 'the broken scenario must not load').toBe(false);
  await page.waitForSelector('.issue-panel');
  const lines = await page.$$eval('.issue-list li', (els) => els.map((el) => el.textContent ?? ''));
  expect(lines.length, `expected several problems, saw ${lines.length}`).toBeGreaterThanOrEqual(2);
  expect(
    lines.every((line) => /^broken\.yaml:\d+:\d+: /.test(line)),
    `unpositioned: ${lines.join(' | ')}`,
  ).toBe(true);
  expect(
    lines.some((line) => line.startsWith('broken.yaml:4:')),
    'the days error points at line 4',
  ).toBe(true);
  await shot(page, 'broken-scenario');
  // Also through the file picker.
  await page.setInputFiles('.file-open input', join(ROOT, 'tests/e2e/fixtures/broken.yaml'));
  await page.waitForSelector('.issue-panel');
  noErrors(errors);
});

test('progress survives a reload; corrupt saved data is set aside with a message', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
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
  expect(s.fileName, `restored ${s.fileName} seed ${s.seed}`).toBe('journalist.yaml');
  expect(s.seed, `restored ${s.fileName} seed ${s.seed}`).toBe(7);
  expect(s.selected, `restored selection ${s.selected}, speed ${s.speed}`).toBe('p3');
  expect(s.speed, `restored selection ${s.selected}, speed ${s.speed}`).toBe(20);

  // Corrupt the saved data as the page goes away: after the game's own pagehide handler, which
  // writes any save still pending (registered earlier, so it runs first).
  await page.evaluate(() =>
    window.addEventListener('pagehide', () =>
      localStorage.setItem('ledgertown.progress', '{"version":1,"fileName":'),
    ),
  );
  await page.reload();
  await page.waitForSelector('.notice');
  const notice = (await page.textContent('.notice')) ?? '';
  expect(notice, `notice: ${notice}`).toContain('set aside');
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ledgertown.progress.corrupt.')),
  );
  expect(setAside.length, 'the unreadable data is kept under another key').toBe(1);
  noErrors(errors);
});

test('a crashed or stuck worker is restarted and the run restored', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 3 });
  await page.evaluate(() => window.ledgertown.step(12));
  await page.evaluate(() => window.ledgertown.debug.crashWorker());
  await page.waitForSelector('.notice');
  await page.waitForFunction(
    () => window.ledgertown.stores.session.getState().workerRestarts === 1,
  );
  await page.evaluate(() => window.ledgertown.whenIdle());
  let s = await state(page);
  const afterCrash = `after crash: day ${s.day}, ${s.status}`;
  expect(s.day, afterCrash).toBe(12);
  expect(s.seed, afterCrash).toBe(3);
  expect(s.status, afterCrash).toBe('ready');
  await page.evaluate(() => window.ledgertown.step(1));
  expect((await state(page)).day, 'the restored run keeps stepping').toBe(13);

  await page.evaluate(() => window.ledgertown.debug.hangWorker());
  await page.evaluate(() => window.ledgertown.step(1));
  await page.waitForFunction(
    () => window.ledgertown.stores.session.getState().workerRestarts === 2,
    null,
    { timeout: 120_000 },
  );
  await page.evaluate(() => window.ledgertown.whenIdle());
  s = await state(page);
  expect(s.day, `after hang: day ${s.day}, ${s.status}`).toBeGreaterThanOrEqual(13);
  expect(s.status, `after hang: day ${s.day}, ${s.status}`).toBe('ready');
  await shot(page, 'worker-restarted');
  // The crash itself logs an uncaught error from the worker; nothing else may.
  noErrors(errors.filter((e) => !e.includes('Fault injected for testing')));
});

test('help opens with ? and closes with Escape; controls have names', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  await page.waitForSelector('dialog.help[open]');
  await shot(page, 'help');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.help[open]'));
  const unnamed = await page.$$eval('button, input, select, [role="tab"]', (els) =>
    (els as HTMLInputElement[])
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
  expect(unnamed, `controls without a name: ${unnamed.join(' | ')}`).toEqual([]);
  noErrors(errors);
});
