/**
 * The accessibility features that have their own UI: the town described in words in a polite
 * live region (quiet while the town runs, spoken after a step, naming the selected person), each
 * chart's data table, the projector colours on the map (pixels compared before, during and
 * after), reduced motion (figures keep still within a day while the town plays), and the axe
 * audit of that UI in both languages at 1280×800. Screenshots go to test-results/a11y-*.png.
 */
import type { Page } from '@playwright/test';
import { axeAudit } from './support/axe';
import { expect, loadTown, noErrors, shot, test } from './support/game';

const SMALL = { viewport: { width: 1280, height: 800 } };

const live = async (page: Page) => (await page.textContent('#town-description-live'))!;

/** Runs axe on the page; fails on any serious or critical finding, returns how many others. */
const audit = async (page: Page, where: string) => (await axeAudit(page, where)).length;

/** Turns the teacher's projector colours on or off, as a lesson link would. */
const setProjector = (page: Page, on: boolean) =>
  page.evaluate((projector) => {
    const teacher = window.ledgertown.stores.teacher;
    teacher.setState({ settings: { ...teacher.getState().settings, projector } });
  }, on);

test('a11y: the live description speaks after a step, names the selected person, and is quiet while playing', async ({
  openGame,
}) => {
  const { page, errors } = await openGame('', SMALL);
  await loadTown(page, 'everything-recorded.yaml', { seed: 4 });
  await page.evaluate(() => window.ledgertown.jumpTo(120));
  const region = page.locator('#town-description-live');
  expect(await region.getAttribute('aria-live'), 'the region is polite').toBe('polite');
  const subject = await page.evaluate(() => {
    const { feed } = window.ledgertown.stores.town.getState();
    return feed.find((e) => e.kind === 'wrongfulListing' && e.subject.startsWith('p'))?.subject;
  });
  expect(subject, 'a person wrongly listed by day 120').not.toBeUndefined();
  const name = await page.evaluate(
    (id) => window.ledgertown.stores.town.getState().peopleNames[Number(id.slice(1))],
    subject!,
  );
  await page.evaluate((id) => window.ledgertown.select(id), subject!);
  await page.waitForFunction(
    (n) => document.querySelector('#town-description-live')?.textContent?.includes(n),
    name,
  );
  const before = await live(page);
  expect(before, `names the selected person: ${before}`).toContain(`Selected: ${name}.`);
  expect(before, before).toMatch(/people live in the town/);
  expect(before, before).toMatch(/Today: /);
  expect(before, `the system's view by default, no truth: ${before}`).not.toMatch(/wrong/);

  // Step to a day with listings (a day like the one before says the same, and says nothing).
  let listings = 0;
  for (let i = 0; i < 40 && listings === 0; i++) {
    await page.evaluate(() => window.ledgertown.step(1));
    listings = await page.evaluate(() => {
      const { metrics, snapshot } = window.ledgertown.stores.town.getState();
      const today = snapshot!.day - 1;
      return metrics.newListings[today] !== metrics.newListings[today - 1]
        ? metrics.newListings[today]
        : 0;
    });
  }
  expect(listings, 'no day with new listings within 40 days of day 120').toBeGreaterThan(0);
  const said = `Today: ${listings} new listing`;
  await page.waitForFunction(
    (text) => document.querySelector('#town-description-live')?.textContent?.includes(text),
    said,
  );
  const after = await live(page);
  expect(after, 'the live region changed after the step').not.toBe(before);
  expect(after, `still names the selected person: ${after}`).toContain(`Selected: ${name}.`);
  const expected = await page.evaluate(() => {
    const { snapshot } = window.ledgertown.stores.town.getState();
    return snapshot!.listed.reduce((n, bits) => n + (bits !== 0 ? 1 : 0), 0);
  });
  expect(after, `the count of listed people (${expected}) after the step: ${after}`).toContain(
    `${expected.toLocaleString('en-GB')} people are on a list`,
  );

  // The truth, where the game shows it: the map's switch for the town, the lens for the person.
  await page.evaluate(() => {
    window.ledgertown.stores.prefs.setState({ revealWrongful: true });
    window.ledgertown.setLens('truth');
  });
  await page.waitForFunction(() =>
    document.querySelector('#town-description-live')?.textContent?.includes('on a list wrongly'),
  );
  const truth = await live(page);
  expect(truth, `the town's wrongful count: ${truth}`).toMatch(/of them wrongly/);

  // Playing at speed: the live region holds still (the day status is quiet then too).
  const resting = await live(page);
  await page.evaluate(() => {
    window.ledgertown.setSpeed(20);
    window.ledgertown.play();
  });
  const startDay = (await page.evaluate(() => window.ledgertown.state())).day;
  await page.waitForFunction((d) => window.ledgertown.state().day >= d + 15, startDay);
  expect(await live(page), 'the live region changed while the town ran').toBe(resting);
  await page.evaluate(() => window.ledgertown.pause());
  await page.evaluate(() => window.ledgertown.whenIdle());
  await page.waitForFunction(
    (text) => document.querySelector('#town-description-live')?.textContent !== text,
    resting,
  );

  // The same words on screen, from the keyboard: the toggle opens and Escape closes the card.
  const toggle = page.locator('.town-description-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded'), 'the toggle says it is open').toBe('true');
  const card = (await page.textContent('#town-description-card'))!;
  expect(card, card).toContain(`Selected: ${name}.`);
  expect(card, card).toMatch(/people live in the town/);
  await shot(page, 'a11y-description');
  await page.locator('#town-description-card').focus();
  await page.keyboard.press('Escape');
  expect(await page.locator('#town-description-card').isHidden(), 'Escape closes the card').toBe(
    true,
  );
  expect(
    await page.evaluate(() => document.activeElement?.className),
    'focus goes back to the toggle',
  ).toContain('town-description-toggle');
  expect(await page.evaluate(() => window.ledgertown.state().selected), 'kept').toBe(subject);
  noErrors(errors);
});

test('a11y: each chart shows its data as a table, from the keyboard', async ({ openGame }) => {
  for (const locale of ['en', 'zh-CN']) {
    const { page, errors, context } = await openGame(`?locale=${locale}`, SMALL);
    await loadTown(page, 'welcome.yaml');
    await page.evaluate(() => window.ledgertown.jumpTo(60));
    await page.click('#tab-charts');
    await page.waitForSelector('#chart-listed-title');
    const toggles = await page.$$eval('figure.chart .chart-table-toggle', (els) =>
      els.map((el) => el.getAttribute('aria-expanded')),
    );
    expect(
      toggles.length,
      `every chart has a closed table toggle: ${toggles}`,
    ).toBeGreaterThanOrEqual(7);
    expect(
      toggles.every((e) => e === 'false'),
      `every chart has a closed table toggle: ${toggles}`,
    ).toBe(true);
    const button = page.locator('figure[aria-labelledby="chart-listed-title"] .chart-table-toggle');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded'), `${locale}: expanded`).toBe('true');
    const table = await page.evaluate(() => {
      const el = document.querySelector('#chart-listed-table table')!;
      return {
        caption: el.querySelector('caption')!.textContent!,
        headers: [...el.querySelectorAll('thead th')].map((th) => th.textContent),
        scopes: [...el.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
        rows: [...el.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((cell) => cell.textContent),
        ),
        rowHeaders: el.querySelectorAll('tbody th[scope="row"]').length,
      };
    });
    const metrics = await page.evaluate(() => {
      const { metrics } = window.ledgertown.stores.town.getState();
      return { listed: metrics.listed, wrongful: metrics.wrongfulListings };
    });
    const days = table.rows.map((row) => Number(row[0]));
    expect(days.join(), `${locale}: day 1, every 7th day and the last: ${days}`).toBe(
      '1,8,15,22,29,36,43,50,57,60',
    );
    expect(table.rowHeaders, 'each row names its day').toBe(days.length);
    expect(
      table.scopes.every((s) => s === 'col'),
      'column headers',
    ).toBe(true);
    const heads =
      locale === 'en' ? ['Day', 'Listed', 'Wrongly listed'] : ['天', '在名单上', '被错误列入'];
    expect(table.headers.join('|'), `${locale}: ${table.headers}`).toBe(heads.join('|'));
    const captionWords = locale === 'en' ? ['every 7 days', '(day 60)'] : ['每 7 天', '第 60 天'];
    for (const words of captionWords) {
      expect(table.caption, `${locale} caption: ${table.caption}`).toContain(words);
    }
    for (const row of table.rows) {
      const day = Number(row[0]);
      const want = [metrics.listed[day - 1], metrics.wrongful[day - 1]].map((v) =>
        v.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN'),
      );
      expect(
        row.slice(1).join(),
        `${locale} day ${day}: table ${row.slice(1)}, store ${want}`,
      ).toBe(want.join());
    }
    await page.locator('#chart-listed-table').scrollIntoViewIfNeeded();
    await shot(page, `a11y-chart-table-${locale}`);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded'), 'closes again').toBe('false');
    expect(await page.locator('#chart-listed-table').isHidden(), 'and the table goes').toBe(true);
    noErrors(errors);
    await context.close();
  }
});

test('a11y: projector colours redraw the map, and back', async ({ openGame }) => {
  const { page, errors } = await openGame('', SMALL);
  await loadTown(page, 'welcome.yaml');
  await page.evaluate(() => window.ledgertown.step(5));
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  // Two frames apart, so the scene has drawn what the store says.
  const frames = (n: number) =>
    page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          const start = window.ledgertown.stats().mapFrames;
          const wait = () =>
            window.ledgertown.stats().mapFrames >= start + count
              ? resolve()
              : requestAnimationFrame(wait);
          wait();
        }),
      n,
    );
  await frames(3);
  const everyday = await page.screenshot({ clip });
  await setProjector(page, true);
  await frames(3);
  expect(await page.evaluate(() => document.documentElement.dataset.theme), 'the page theme').toBe(
    'projector',
  );
  const projector = await page.screenshot({ clip });
  await shot(page, 'a11y-projector-map');
  await setProjector(page, false);
  await frames(3);
  const back = await page.screenshot({ clip });

  const changed = await differingShare(page, everyday, projector);
  const restored = await differingShare(page, everyday, back);
  console.log(
    `     map pixels changed by projector colours: ${(changed * 100).toFixed(1)} %; after turning them off: ${(restored * 100).toFixed(2)} %`,
  );
  expect(
    changed,
    `projector colours changed only ${(changed * 100).toFixed(1)} % of the map`,
  ).toBeGreaterThan(0.3);
  expect(restored, `turned off, ${(restored * 100).toFixed(2)} % still differ`).toBeLessThan(0.01);
  noErrors(errors);
});

test('a11y: with reduced motion the figures stay still while the town plays', async ({
  openGame,
}) => {
  /**
   * Plays the town at 1× for about two seconds, sampling the first 40 figures' positions every
   * 100 ms; counts how often the layout changed and how often the day did. Figures may stand
   * elsewhere on the next day (a change of state, drawn a frame after the day turns), so with
   * reduced motion the layout may change once per new day and no more.
   */
  async function changes(reduce: boolean) {
    const { page, errors } = await openGame('', SMALL);
    await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    await page.reload();
    await page.waitForSelector('.scenario-item');
    await loadTown(page, 'welcome.yaml');
    await page.evaluate(() => window.ledgertown.play());
    const samples: { day: number; layout: string }[] = [];
    for (let k = 0; k < 20; k++) {
      await page.waitForTimeout(100);
      samples.push(
        await page.evaluate(() => ({
          day: window.ledgertown.state().day,
          layout: JSON.stringify(
            Array.from({ length: 40 }, (_, i) => window.ledgertown.debug.figurePosition(i)),
          ),
        })),
      );
    }
    await page.evaluate(() => window.ledgertown.pause());
    noErrors(errors);
    const changed = (key: 'day' | 'layout') =>
      samples.filter((s, k) => k > 0 && s[key] !== samples[k - 1][key]);
    return { layouts: changed('layout').length, days: changed('day').length };
  }
  const still = await changes(true);
  const moving = await changes(false);
  console.log(
    `     layout changes in 20 samples while playing: reduced motion ${still.layouts} (${still.days} new days), otherwise ${moving.layouts} (${moving.days} new days)`,
  );
  expect(
    still.layouts,
    `with reduced motion the figures moved within a day: ${still.layouts} changes, ${still.days} new days`,
  ).toBeLessThanOrEqual(still.days);
  expect(
    moving.layouts,
    'without reduced motion the figures walk through their day',
  ).toBeGreaterThan(moving.days + 2);
});

test('a11y: the axe audit passes on the description, tables and projector map in both languages, at 1280×800', async ({
  openGame,
}) => {
  for (const locale of ['en', 'zh-CN']) {
    const { page, errors, context } = await openGame(`?locale=${locale}`, SMALL);
    await loadTown(page, 'welcome.yaml');
    await page.evaluate(() => window.ledgertown.step(30));
    await page.evaluate(() => window.ledgertown.select('p1'));
    await page.waitForSelector('.dossier .facts');
    await page.click('.town-description-toggle');
    await page.waitForSelector('#town-description-card:not([hidden])');
    const counts = [await audit(page, `${locale}, description card`)];
    await page.click('#tab-charts');
    await page.waitForSelector('#chart-listed-title');
    for (const id of ['chart-score', 'chart-grades', 'chart-listed']) {
      await page.click(`figure[aria-labelledby="${id}-title"] .chart-table-toggle`);
    }
    await page.waitForSelector('#chart-listed-table table');
    counts.push(await audit(page, `${locale}, chart tables`));
    await setProjector(page, true);
    await page.waitForTimeout(300);
    counts.push(await audit(page, `${locale}, projector colours`));
    const layout = await page.evaluate(() => {
      const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const stage = rect('.stage');
      const card = rect('.town-description');
      const legend = rect('.map-legend');
      const pane = rect('.side-pane');
      const tables = [...document.querySelectorAll('.chart-table-wrap')].map((el) =>
        el.getBoundingClientRect(),
      );
      return {
        pageWide: document.documentElement.scrollWidth > window.innerWidth + 1,
        cardInside:
          card.left >= stage.left && card.right <= stage.right && card.bottom <= stage.bottom,
        overlapsLegend: card.left < legend.right && card.top < legend.bottom,
        tablesInside: tables.every((t) => t.left >= pane.left && t.right <= pane.right + 1),
      };
    });
    expect(layout.pageWide, `${locale}: the page scrolls sideways`).toBe(false);
    expect(layout.cardInside, `${locale}: the description card leaves the map`).toBe(true);
    expect(layout.overlapsLegend, `${locale}: the description card covers the legend`).toBe(false);
    expect(layout.tablesInside, `${locale}: a chart table sticks out of the side pane`).toBe(true);
    await shot(page, `a11y-town-${locale}`);
    console.log(`     ${locale}: minor or moderate axe findings: ${counts.join(', ')}`);
    noErrors(errors);
    await context.close();
  }
});

/**
 * The share of pixels (0–1) that differ between two PNG screenshots of the same size, decoded
 * and compared in the page (no image library in Node).
 */
function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      let differ = 0;
      for (let i = 0; i < x.length; i += 4) {
        const d =
          Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]);
        if (d > 24) differ++;
      }
      return differ / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}
