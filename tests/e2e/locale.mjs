/**
 * Browser tests of the two languages: `?locale=zh-CN` puts Chinese on the start screen and in the
 * town; the language picker reloads the page in the other language at the same day; the browser's
 * language and a saved choice pick the start-up language; the feed and a dossier's listing read in
 * Chinese (only names in Latin letters); the axe audit passes on the start screen, town, dossier,
 * charts, events, help, rule editor (form and YAML), Compare A/B, share dialog and report in both
 * languages; and the layout holds at 1280×800 and
 * 1440×900 in both languages and with every text doubled in length.
 * Screenshots go to test-results/locale-*.png. Registered by run.mjs.
 */
import { axeAudit } from './axe.mjs';

const LOCALES = ['en', 'zh-CN'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** Registers the language tests with run.mjs's helpers. */
export function localeTests({ test, check, openGame, loadTown, shot, noErrors }) {
  const withLocale = (url, locale) => `${url}?locale=${locale}`;
  const dayText = (page) => page.textContent('[role="status"].day-text');
  const lang = (page) => page.evaluate(() => document.documentElement.lang);
  const picker = (page) => page.locator('.topbar .locale-picker select');

  /** Waits for the town a reload restored: the saved scenario at its day, drawn. */
  async function restoredTown(page, day) {
    await page.waitForFunction(
      (d) => window.ledgertown?.state().day === d && window.ledgertown.stats().figuresDrawn > 0,
      day,
    );
  }

  test('locale: ?locale=zh-CN shows Chinese on the start screen and in the town', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, withLocale(url, 'zh-CN'));
    check((await lang(page)) === 'zh-CN', `<html lang> is ${await lang(page)}`);
    check((await page.textContent('.start h1')).trim() === '账本镇', 'the app name in Chinese');
    const title = await page.textContent('.scenario-detail h2');
    check(title === '欢迎来到账本镇', `welcome.yaml's title from its translation: ${title}`);
    const start = await page.textContent('.start-form button[type="submit"]');
    check(start.trim() === '开始', `start button: ${start}`);
    const listed = await page.$$eval('.scenario-item-title', (els) =>
      els.map((e) => e.textContent),
    );
    check(
      listed.every((t) => /[\u4e00-\u9fff]/.test(t)),
      `every shipped scenario titled in Chinese: ${listed.join(' | ')}`,
    );
    check(
      (await page.inputValue('.start-header .locale-picker select')) === 'zh-CN',
      'the picker shows the language in use',
    );
    await page.click('.start-form button[type="submit"]');
    await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
    const day = await dayText(page);
    check(day.startsWith('第 0 天'), `day status: ${day}`);
    check(
      (await page.textContent('.topbar .scenario-title')) === '欢迎来到账本镇',
      'the top bar names the scenario in Chinese',
    );
    const story = await page.textContent('.story');
    check(story.includes('有台账的小镇') && story.includes('先预测'), 'story steps in Chinese');
    await page.evaluate(() => window.ledgertown.step(30));
    await page.evaluate(() => window.ledgertown.select('p1'));
    await page.waitForSelector('.dossier .facts');
    const dossier = await page.textContent('.dossier');
    check(/档案的读法/.test(dossier) && /岁/.test(dossier), `dossier in Chinese: ${dossier}`);
    noErrors(errors);
  });

  test('locale: in Chinese the feed and a listing in a dossier read in Chinese, names aside', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, withLocale(url, 'zh-CN'), VIEWPORTS[0]);
    await loadTown(page, 'journalist.yaml');
    await page.evaluate(() => window.ledgertown.step(60));
    await page.click('#tab-events');
    await page.waitForSelector('.feed-item');
    // People's names in the synthetic town are pinyin ("Wu Fang"): the only Latin letters a
    // Chinese feed may show. Each item names its subject once more, hidden: "打开Wu Fang的档案".
    const feed = await page.evaluate(() => {
      const people = new Set(window.ledgertown.stores.town.getState().peopleNames);
      return [...document.querySelectorAll('.feed-item')].slice(0, 12).map((item) => {
        const text = item.textContent;
        const name = /打开(.+)的档案$/.exec(text)?.[1] ?? '';
        return { text, name, person: people.has(name), rest: text.split(name).join('') };
      });
    });
    check(feed.length >= 8, `journalist.yaml has at least 8 events by day 60: ${feed.length}`);
    for (const item of feed) {
      check(item.person, `the item names a person of the town: ${item.text}`);
      check(!/[A-Za-z]/.test(item.rest), `no Latin letters but the name: ${item.text}`);
      check(/[\u4e00-\u9fff]{4}/.test(item.rest), `a Chinese sentence: ${item.text}`);
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
    check(subject !== undefined, 'someone is listed during the first 60 days');
    await page.evaluate((id) => window.ledgertown.select(id), subject);
    await page.evaluate(() => window.ledgertown.setLens('truth'));
    await page.waitForSelector('.dossier .entry-listed .entry-note');
    const listing = await page.$eval('.dossier .entry-listed', (el) => ({
      text: el.querySelector('.entry-text p').textContent,
      notes: [...el.querySelectorAll('.entry-note')].map((n) => n.textContent),
    }));
    const reason = listing.notes.find((note) => note.startsWith('原因：'));
    check(reason !== undefined, `the listing gives its reason: ${listing.notes.join(' | ')}`);
    check(
      /^原因：第 \d+ 号记录：[^A-Za-z]+（[^A-Za-z]+，第 \d+ 天）$/.test(reason),
      `the reason in Chinese, with the record's behaviour, source and day: ${reason}`,
    );
    check(!/[A-Za-z]/.test(listing.text), `the listing in Chinese: ${listing.text}`);
    check(
      listing.notes.some((note) => note.startsWith('这条记录')),
      `the truth lens says what the record really was: ${listing.notes.join(' | ')}`,
    );
    // The whole timeline, links to other people (their names) aside.
    const timeline = await page.$eval('.dossier .timeline', (el) => {
      const names = [...el.querySelectorAll('a, button')].map((a) => a.textContent);
      return names.reduce((text, name) => text.split(name).join(''), el.textContent);
    });
    const latin = timeline.match(/[A-Za-z][A-Za-z ]*/g) ?? [];
    check(latin.length === 0, `no Latin letters in the timeline but names: ${latin.join(' | ')}`);
    await page.locator('.dossier .entry-listed').scrollIntoViewIfNeeded();
    await shot(page, 'locale-dossier-listing-zh-CN');
    noErrors(errors);
  });

  test('locale: the picker reloads in the other language at the same day, and back', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    check((await lang(page)) === 'en', 'English by default in an English browser');
    await loadTown(page, 'journalist.yaml', { seed: 5 });
    await page.evaluate(() => window.ledgertown.step(25));
    check((await dayText(page)).startsWith('Day 25 of'), `before: ${await dayText(page)}`);

    // No waiting for the usual delayed save: the switch itself saves the run before it reloads.
    await Promise.all([page.waitForEvent('load'), picker(page).selectOption('zh-CN')]);
    await restoredTown(page, 25);
    check((await lang(page)) === 'zh-CN', `after switching: lang ${await lang(page)}`);
    check((await dayText(page)).startsWith('第 25 天'), `after: ${await dayText(page)}`);
    const s = await page.evaluate(() => window.ledgertown.state());
    check(s.fileName === 'journalist.yaml' && s.seed === 5, `same run: ${s.fileName} ${s.seed}`);
    check(!page.url().includes('locale='), `the address stays as it was: ${page.url()}`);
    const saved = await page.evaluate(() => localStorage.getItem('ledgertown.locale'));
    check(saved === 'zh-CN', `the choice is saved: ${saved}`);

    await page.reload();
    await restoredTown(page, 25);
    check((await lang(page)) === 'zh-CN', 'a plain reload keeps the chosen language');

    await Promise.all([page.waitForEvent('load'), picker(page).selectOption('en')]);
    await restoredTown(page, 25);
    check((await dayText(page)).startsWith('Day 25 of'), `back: ${await dayText(page)}`);
    noErrors(errors);
  });

  test('locale: ?locale= outranks the saved choice and is rewritten by the picker', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, withLocale(url, 'en'));
    await page.evaluate(() => localStorage.setItem('ledgertown.locale', 'zh-CN'));
    await page.reload();
    await page.waitForSelector('.scenario-item');
    check((await lang(page)) === 'en', '?locale=en wins over a saved zh-CN');
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('.start-header .locale-picker select').selectOption('zh-CN'),
    ]);
    await page.waitForSelector('.scenario-item');
    check(page.url().includes('locale=zh-CN'), `address rewritten: ${page.url()}`);
    check((await lang(page)) === 'zh-CN', 'and the page is Chinese');
    noErrors(errors);
  });

  test('locale: a Chinese browser (zh-TW) starts in Simplified Chinese', async ({
    browser,
    url,
  }) => {
    const context = await browser.browser.newContext({ locale: 'zh-TW' });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('.scenario-item');
      check((await lang(page)) === 'zh-CN', `navigator.language zh-TW gives ${await lang(page)}`);
    } finally {
      await context.close();
    }
  });

  test('locale: the accessibility audit passes on every screen in both languages', async ({
    browser,
    url,
  }) => {
    for (const locale of LOCALES) {
      const { page, errors, context } = await openGame(browser, withLocale(url, locale));
      const audit = async (where) => {
        const found = await axeAudit(page, `${locale}, ${where}`, check);
        minor.push(...found.map((v) => `${where}: ${v.id} (${v.impact})`));
        return found.length;
      };
      const minor = [];
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
    browser,
    url,
  }) => {
    for (const locale of LOCALES) {
      for (const viewport of VIEWPORTS) {
        const { page, errors, context } = await openGame(
          browser,
          withLocale(url, locale),
          viewport,
        );
        const size = `${viewport.width}x${viewport.height}`;
        const where = (screen, doubled) =>
          `${locale} ${size} ${screen}${doubled ? ' doubled' : ''}`;
        const assertFits = async (screen, doubled) => {
          const overflow = await page.evaluate(measureOverflow);
          check(overflow.length === 0, `${where(screen, doubled)}: ${overflow.join('; ')}`);
        };
        const both = async (screen) => {
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
}

/**
 * What sticks out sideways, measured in the page: the document, the top bar and its controls, the
 * start screen, the side panel and the rule editor. A box counts when its content is wider than
 * the box (scrollWidth > clientWidth) or it ends right of the window.
 */
function measureOverflow() {
  const problems = [];
  const name = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth + 1) {
    problems.push(`page ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  const boxes = [
    ...document.querySelectorAll(
      '.topbar, .start, .start-header, .scenario-detail, .side-pane, .tab-panel, .rule-editor, .workbench',
    ),
  ];
  const controls = [
    ...document.querySelectorAll(
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
function doubleEveryText() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    if (text.trim() !== '' && node.parentElement?.closest('script, style') === null) {
      node.nodeValue = `${text}${text}`;
    }
  }
}
