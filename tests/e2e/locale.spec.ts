/**
 * The two languages: `?locale=zh-CN` puts Chinese on the start screen and in the town; the
 * language picker reloads the page in the other language at the same day; the browser's language
 * and a saved choice pick the start-up language; the feed and a dossier's listing read in Chinese
 * (only names in Latin letters); the axe audit passes on the start screen, town, dossier, charts,
 * events, help, rule editor (form and YAML), Compare A/B, share dialog and report in both
 * languages; and the layout holds at 1280×800 and 1440×900 in both languages and with every text
 * doubled in length. Screenshots go to test-results/locale-*.png.
 */
import type { Page } from '@playwright/test';
import { axeAudit } from './support/axe';
import { dayText, expect, loadTown, noErrors, shot, test } from './support/game';

const LOCALES = ['en', 'zh-CN'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

const withLocale = (locale: string) => `?locale=${locale}`;
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const picker = (page: Page) => page.locator('.topbar .locale-picker select');

/** Waits for the town a reload restored: the saved scenario at its day, drawn. */
async function restoredTown(page: Page, day: number): Promise<void> {
  await page.waitForFunction(
    (d) => window.ledgertown?.state().day === d && window.ledgertown.stats().figuresDrawn > 0,
    day,
  );
}

test('locale: ?locale=zh-CN shows Chinese on the start screen and in the town', async ({
  openGame,
}) => {
  const { page, errors } = await openGame(withLocale('zh-CN'));
  expect(await lang(page), `<html lang> is ${await lang(page)}`).toBe('zh-CN');
  expect((await page.textContent('.start h1'))!.trim(), 'the app name in Chinese').toBe('账本镇');
  const title = await page.textContent('.scenario-detail h2');
  expect(title, `welcome.yaml's title from its translation: ${title}`).toBe('欢迎来到账本镇');
  const start = (await page.textContent('.start-form button[type="submit"]'))!;
  expect(start.trim(), `start button: ${start}`).toBe('开始');
  const listed = await page.$$eval('.scenario-item-title', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(
    listed.every((t) => /[\u4e00-\u9fff]/.test(t)),
    `every shipped scenario titled in Chinese: ${listed.join(' | ')}`,
  ).toBe(true);
  expect(
    await page.inputValue('.start-header .locale-picker select'),
    'the picker shows the language in use',
  ).toBe('zh-CN');
  await page.click('.start-form button[type="submit"]');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  const day = await dayText(page);
  expect(day, `day status: ${day}`).toMatch(/^第 0 天/);
  expect(
    await page.textContent('.topbar .scenario-title'),
    'the top bar names the scenario in Chinese',
  ).toBe('欢迎来到账本镇');
  const story = (await page.textContent('.story'))!;
  expect(story, 'story steps in Chinese').toContain('有台账的小镇');
  expect(story, 'story steps in Chinese').toContain('先预测');
  await page.evaluate(() => window.ledgertown.step(30));
  await page.evaluate(() => window.ledgertown.select('p1'));
  await page.waitForSelector('.dossier .facts');
  const dossier = (await page.textContent('.dossier'))!;
  expect(dossier, `dossier in Chinese: ${dossier}`).toMatch(/档案的读法/);
  expect(dossier, `dossier in Chinese: ${dossier}`).toMatch(/岁/);
  noErrors(errors);
});

test('locale: in Chinese the feed and a listing in a dossier read in Chinese, names aside', async ({
  openGame,
}) => {
  const { page, errors } = await openGame(withLocale('zh-CN'), { viewport: VIEWPORTS[0] });
  await loadTown(page, 'journalist.yaml');
  await page.evaluate(() => window.ledgertown.step(60));
  await page.click('#tab-events');
  await page.waitForSelector('.feed-item');
  // People's names in the synthetic town are pinyin ("Wu Fang"): the only Latin letters a
  // Chinese feed may show. Each item names its subject once more, hidden: "打开Wu Fang的档案".
  const feed = await page.evaluate(() => {
    const people = new Set(window.ledgertown.stores.town.getState().peopleNames);
    return [...document.querySelectorAll('.feed-item')].slice(0, 12).map((item) => {
      const text = item.textContent!;
      const name = /打开(.+)的档案$/.exec(text)?.[1] ?? '';
      return { text, name, person: people.has(name), rest: text.split(name).join('') };
    });
  });
  expect(
    feed.length,
    `journalist.yaml has at least 8 events by day 60: ${feed.length}`,
  ).toBeGreaterThanOrEqual(8);
  for (const item of feed) {
    expect(item.person, `the item names a person of the town: ${item.text}`).toBe(true);
    expect(item.rest, `no Latin letters but the name: ${item.text}`).not.toMatch(/[A-Za-z]/);
    expect(item.rest, `a Chinese sentence: ${item.text}`).toMatch(/[\u4e00-\u9fff]{4}/);
  }
  await shot(page, 'locale-feed-zh-CN');

  // The first person listed during the run (not on the list from the start): their listing.
  const subject = await page.evaluate(
    () =>
      window.ledgertown.stores.town
        .getState()
        .feed.find((e) => (e.kind === 'listed' || e.kind === 'wrongfulListing') && !e.atStart)
        ?.subject,
  );
  expect(subject, 'someone is listed during the first 60 days').not.toBeUndefined();
  await page.evaluate((id) => window.ledgertown.select(id!), subject);
  await page.evaluate(() => window.ledgertown.setLens('truth'));
  await page.waitForSelector('.dossier .entry-listed .entry-note');
  const listing = await page.$eval('.dossier .entry-listed', (el) => ({
    text: el.querySelector('.entry-text p')!.textContent!,
    notes: [...el.querySelectorAll('.entry-note')].map((n) => n.textContent!),
  }));
  const reason = listing.notes.find((note) => note.startsWith('原因：'));
  expect(reason, `the listing gives its reason: ${listing.notes.join(' | ')}`).not.toBeUndefined();
  expect(
    reason,
    `the reason in Chinese, with the record's behaviour, source and day: ${reason}`,
  ).toMatch(/^原因：第 \d+ 号记录：[^A-Za-z]+（[^A-Za-z]+，第 \d+ 天）$/);
  expect(listing.text, `the listing in Chinese: ${listing.text}`).not.toMatch(/[A-Za-z]/);
  expect(
    listing.notes.some((note) => note.startsWith('这条记录')),
    `the truth lens says what the record really was: ${listing.notes.join(' | ')}`,
  ).toBe(true);
  // The whole timeline, links to other people (their names) aside.
  const timeline = await page.$eval('.dossier .timeline', (el) => {
    const names = [...el.querySelectorAll('a, button')].map((a) => a.textContent!);
    return names.reduce((text, name) => text.split(name).join(''), el.textContent!);
  });
  const latin = timeline.match(/[A-Za-z][A-Za-z ]*/g) ?? [];
  expect(latin, `no Latin letters in the timeline but names: ${latin.join(' | ')}`).toEqual([]);
  await page.locator('.dossier .entry-listed').scrollIntoViewIfNeeded();
  await shot(page, 'locale-dossier-listing-zh-CN');
  noErrors(errors);
});

test('locale: the picker reloads in the other language at the same day, and back', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  expect(await lang(page), 'English by default in an English browser').toBe('en');
  await loadTown(page, 'journalist.yaml', { seed: 5 });
  await page.evaluate(() => window.ledgertown.step(25));
  expect(await dayText(page), `before: ${await dayText(page)}`).toMatch(/^Day 25 of/);

  // No waiting for the usual delayed save: the switch itself saves the run before it reloads.
  await Promise.all([page.waitForEvent('load'), picker(page).selectOption('zh-CN')]);
  await restoredTown(page, 25);
  expect(await lang(page), `after switching: lang ${await lang(page)}`).toBe('zh-CN');
  expect(await dayText(page), `after: ${await dayText(page)}`).toMatch(/^第 25 天/);
  const s = await page.evaluate(() => window.ledgertown.state());
  expect(s.fileName, `same run: ${s.fileName} ${s.seed}`).toBe('journalist.yaml');
  expect(s.seed, `same run: ${s.fileName} ${s.seed}`).toBe(5);
  expect(page.url(), `the address stays as it was: ${page.url()}`).not.toContain('locale=');
  const saved = await page.evaluate(() => localStorage.getItem('ledgertown.locale'));
  expect(saved, `the choice is saved: ${saved}`).toBe('zh-CN');

  await page.reload();
  await restoredTown(page, 25);
  expect(await lang(page), 'a plain reload keeps the chosen language').toBe('zh-CN');

  await Promise.all([page.waitForEvent('load'), picker(page).selectOption('en')]);
  await restoredTown(page, 25);
  expect(await dayText(page), `back: ${await dayText(page)}`).toMatch(/^Day 25 of/);
  noErrors(errors);
});

test('locale: ?locale= outranks the saved choice and is rewritten by the picker', async ({
  openGame,
}) => {
  const { page, errors } = await openGame(withLocale('en'));
  await page.evaluate(() => localStorage.setItem('ledgertown.locale', 'zh-CN'));
  await page.reload();
  await page.waitForSelector('.scenario-item');
  expect(await lang(page), '?locale=en wins over a saved zh-CN').toBe('en');
  await Promise.all([
    page.waitForEvent('load'),
    page.locator('.start-header .locale-picker select').selectOption('zh-CN'),
  ]);
  await page.waitForSelector('.scenario-item');
  expect(page.url(), `address rewritten: ${page.url()}`).toContain('locale=zh-CN');
  expect(await lang(page), 'and the page is Chinese').toBe('zh-CN');
  noErrors(errors);
});

test('locale: a Chinese browser (zh-TW) starts in Simplified Chinese', async ({
  newSession,
  url,
}) => {
  const { page } = await newSession({ locale: 'zh-TW' });
  await page.goto(url);
  await page.waitForSelector('.scenario-item');
  expect(await lang(page), `navigator.language zh-TW gives ${await lang(page)}`).toBe('zh-CN');
});

test('locale: the accessibility audit passes on every screen in both languages', async ({
  openGame,
}) => {
  for (const locale of LOCALES) {
    const { page, errors, context } = await openGame(withLocale(locale));
    const minor: string[] = [];
    const audit = async (where: string) => {
      const found = await axeAudit(page, `${locale}, ${where}`);
      minor.push(...found.map((v) => `${where}: ${v.id} (${v.impact})`));
      return found.length;
    };
    const counts = [await audit('start screen')];
    await shot(page, `locale-start-${locale}`);
    await loadTown(page, 'welcome.yaml');
    await page.evaluate(() => window.ledgertown.step(40));
    counts.push(await audit('town, story panel'));
    await shot(page, `locale-town-${locale}`);
    await page.evaluate(() => window.ledgertown.select('p1'));
    await page.waitForSelector('.dossier .facts');
    counts.push(await audit('dossier'));
    await shot(page, `locale-dossier-${locale}`);
    await page.click('#tab-charts');
    await page.waitForSelector('.chart');
    counts.push(await audit('charts'));
    await shot(page, `locale-charts-${locale}`);
    await page.click('#tab-events');
    counts.push(await audit('events'));
    await page.click('.help-button');
    await page.waitForSelector('#help-title');
    counts.push(await audit('help'));
    await shot(page, `locale-help-${locale}`);
    await page.keyboard.press('Escape');
    await page.click('.view-switch .view-button >> nth=1');
    await page.waitForSelector('.rule-editor .row-card');
    counts.push(await audit('rule editor'));
    await shot(page, `locale-editor-${locale}`);
    await page.click('#editor-tab-yaml');
    await page.waitForSelector('#editor-tab-panel textarea');
    counts.push(await audit('YAML tab'));
    await page.click('.view-switch .view-button >> nth=2');
    await page.waitForFunction(
      () => document.querySelector('.compare-result') && !document.querySelector('.run-progress'),
      null,
      { timeout: 120_000 },
    );
    counts.push(await audit('compare A/B'));
    await shot(page, `locale-compare-${locale}`);
    await page.click('.view-switch .view-button >> nth=0');
    await page.click('.classroom-buttons .button >> nth=0');
    await page.waitForSelector('.share-dialog[open]');
    counts.push(await audit('share dialog'));
    await page.click('.share-header .button');
    await page.click('.classroom-buttons .button >> nth=1');
    await page.waitForSelector('.report-download-buttons');
    counts.push(await audit('report'));
    await shot(page, `locale-report-${locale}`);
    console.log(
      `     ${locale}: minor or moderate axe findings per screen: ${counts.join(', ')}${minor.length > 0 ? ` (${minor.join('; ')})` : ''}`,
    );
    noErrors(errors);
    await context.close();
  }
});

test('locale: the layout holds at 1280×800 and 1440×900, and with every text doubled', async ({
  openGame,
}) => {
  for (const locale of LOCALES) {
    for (const viewport of VIEWPORTS) {
      const { page, errors, context } = await openGame(withLocale(locale), { viewport });
      const size = `${viewport.width}x${viewport.height}`;
      const where = (screen: string, doubled: boolean) =>
        `${locale} ${size} ${screen}${doubled ? ' doubled' : ''}`;
      const assertFits = async (screen: string, doubled: boolean) => {
        const overflow = await page.evaluate(measureOverflow);
        expect(overflow, `${where(screen, doubled)}: ${overflow.join('; ')}`).toEqual([]);
      };
      const both = async (screen: string) => {
        await assertFits(screen, false);
        await page.evaluate(doubleEveryText);
        await assertFits(screen, true);
        await shot(page, `locale-long-${screen}-${locale}-${size}`);
      };
      await both('start');
      await page.reload();
      await page.waitForSelector('.scenario-item');
      await loadTown(page, 'welcome.yaml');
      await page.evaluate(() => window.ledgertown.step(40));
      await page.evaluate(() => window.ledgertown.select('p1'));
      await page.waitForSelector('.dossier .facts');
      await assertFits('town', false);
      await shot(page, `locale-town-${locale}-${size}`);
      await both('town');
      // A fresh page (the run comes back from its saved progress), so texts are doubled once.
      await page.waitForTimeout(900);
      await page.reload();
      await page.waitForFunction(() => window.ledgertown?.state().day === 40);
      await page.waitForSelector('.dossier .facts');
      await page.click('.view-switch .view-button >> nth=1');
      await page.waitForSelector('.rule-editor .row-card');
      await both('editor');
      noErrors(errors);
      await context.close();
    }
  }
});

/**
 * What sticks out sideways, measured in the page: the document, the top bar and its controls, the
 * start screen, the side panel and the rule editor. A box counts when its content is wider than
 * the box (scrollWidth > clientWidth) or it ends right of the window.
 */
function measureOverflow(): string[] {
  const problems: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth + 1) {
    problems.push(`page ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  const boxes = [
    ...document.querySelectorAll<HTMLElement>(
      '.topbar, .start, .start-header, .scenario-detail, .side-pane, .tab-panel, .rule-editor, .workbench',
    ),
  ];
  const controls = [
    ...document.querySelectorAll<HTMLElement>(
      '.topbar button, .topbar select, .topbar label, .tabs button, .start-header button, .start-header select',
    ),
  ];
  for (const el of [...boxes, ...controls]) {
    if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
    const rect = el.getBoundingClientRect();
    if (el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${name(el)} content ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    if (rect.right > window.innerWidth + 1) {
      problems.push(`${name(el)} ends at ${Math.round(rect.right)}px`);
    }
  }
  return problems;
}

/** Doubles every visible text in the page, a stand-in for a language with much longer words. */
function doubleEveryText(): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    if (text.trim() !== '' && node.parentElement?.closest('script, style') === null) {
      node.nodeValue = `${text}${text}`;
    }
  }
}
