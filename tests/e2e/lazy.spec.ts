/**
 * What is fetched when: an English start does not download the Chinese catalogue, and choosing
 * 简体中文 fetches it then; a panel that is not on the first screen is its own chunk, fetched when
 * first opened, with a "Loading…" status meanwhile and an alert with a retry if the fetch fails.
 */
import type { Page, Route } from '@playwright/test';
import { expect, loadTown, noErrors, shot, test } from './support/game';

/** The scripts the page (and its workers) fetched, by file name. */
function recordScripts(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) names.push(name);
  });
  return names;
}

const isChineseCatalogue = (name: string) => /^zh-CN-[\w-]+\.js$/.test(name);

/** Holds the responses of chunks whose file name starts with `prefix` until `release()`. */
async function holdChunk(page: Page, prefix: string) {
  const held: Route[] = [];
  let released = false;
  await page.route(new RegExp(`/assets/${prefix}-[\\w-]+\\.js$`), (route) => {
    if (released) void route.continue();
    else held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

test('lazy: an English start fetches no Chinese; choosing 简体中文 fetches it and speaks it', async ({
  newSession,
  url,
}) => {
  const { page, errors } = await newSession({ locale: 'en-GB' });
  const scripts = recordScripts(page);
  await page.goto(url);
  await page.waitForSelector('.scenario-item');
  expect(scripts.filter(isChineseCatalogue), `fetched: ${scripts.join(', ')}`).toEqual([]);
  await expect(page.locator('h1')).toHaveText('Ledgertown');

  await page.getByLabel('Language').selectOption('zh-CN');
  await page.waitForURL(/./, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.waitForSelector('.scenario-item');
  expect(scripts.filter(isChineseCatalogue), `fetched: ${scripts.join(', ')}`).toHaveLength(1);
  await expect(page.locator('h1')).toHaveText('账本镇');
  await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
  noErrors(errors);
});

test('lazy: a page that starts in Chinese draws no English while its catalogue loads', async ({
  newSession,
  url,
}) => {
  const { page, errors } = await newSession();
  const catalogue = await holdChunk(page, 'zh-CN');
  await page.goto(`${url}?locale=zh-CN`);
  await expect.poll(catalogue.held).toBe(1);
  // The boot screen is in Chinese, and the interface waits for its words.
  await expect(page.locator('#app .boot h1')).toHaveText('账本镇');
  await expect(page.locator('#app .boot p').first()).toHaveText('正在加载小镇……');
  await expect(page.locator('.scenario-item')).toHaveCount(0);
  await catalogue.release();
  await page.waitForSelector('.scenario-item');
  await expect(page.locator('h1')).toHaveText('账本镇');
  noErrors(errors);
});

test('lazy: the rule editor shows "Loading…" until its chunk arrives, then opens', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  const scripts = recordScripts(page);
  await loadTown(page, 'welcome.yaml', { seed: 2 });
  expect(scripts.some((name) => name.startsWith('RuleEditor-'))).toBe(false);

  const editor = await holdChunk(page, 'RuleEditor');
  await page.getByRole('button', { name: /^Rules( \(edited\))?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect.poll(editor.held).toBe(1);
  await editor.release();
  await page.waitForSelector('.rule-editor .row-card');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  noErrors(errors);
});

test('lazy: the class screen says 正在加载…… in Chinese, then opens', async ({ openGame }) => {
  const { page, errors } = await openGame('?locale=zh-CN');
  const screen = await holdChunk(page, 'ClassScreen');
  await page.getByRole('button', { name: '全班结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在加载……' })).toBeVisible();
  await expect.poll(screen.held).toBe(1);
  await screen.release();
  await expect(page.getByRole('heading', { name: '全班结果' })).toBeVisible();
  noErrors(errors);
});

test('lazy: a panel whose chunk fails says which and opens on "Try again"', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 2 });
  let failures = 1;
  await page.route(/\/assets\/ComparePanel-[\w-]+\.js$/, (route) => {
    if (failures-- > 0) void route.abort('internetdisconnected');
    else void route.continue();
  });
  await page.getByRole('button', { name: 'Compare A/B' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The comparison could not be loaded' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await page.waitForSelector('.compare');
  // The failed fetch was logged; nothing else was.
  expect(
    errors.filter(
      (error) => !/ComparePanel|dynamically imported module|Failed to load resource/.test(error),
    ),
  ).toEqual([]);
});

test('lazy: a map whose chunk fails says so and draws the town on "Try again"', async ({
  newSession,
  url,
}) => {
  const { page, errors } = await newSession();
  // The connection is down for the map's chunk (which the town screen also preloads) until the
  // alert shows.
  let down = true;
  await page.route(/\/assets\/createTownMap-[\w-]+\.js$/, (route) => {
    if (down) void route.abort('internetdisconnected');
    else void route.continue();
  });
  await page.goto(url);
  await page.waitForSelector('.scenario-item');
  const ok = await page.evaluate(() => window.ledgertown.loadScenario('welcome.yaml', { seed: 2 }));
  expect(ok, 'welcome.yaml did not load').toBe(true);
  const alert = page.getByRole('alert').filter({ hasText: 'The town map could not be loaded' });
  await expect(alert).toBeVisible();
  await shot(page, 'lazy-map-failed');
  expect(await page.evaluate(() => window.ledgertown.stats().figuresDrawn)).toBe(0);
  down = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  expect(
    errors.filter(
      (error) => !/createTownMap|dynamically imported module|Failed to load resource/.test(error),
    ),
  ).toEqual([]);
});
