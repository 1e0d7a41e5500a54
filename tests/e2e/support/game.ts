/**
 * What every browser spec imports: Playwright's `test` with the game's fixtures, `expect`, and the
 * helpers that drive the game through `window.ledgertown`.
 *
 *   import { expect, loadTown, noErrors, shot, test } from './support/game';
 *
 *   test('topic: what the user sees', async ({ openGame }) => {
 *     const { page, errors } = await openGame();          // start screen, en, 1440×900
 *     await loadTown(page, 'welcome.yaml', { seed: 3 });
 *     expect((await state(page)).day).toBe(0);
 *     await shot(page, 'topic-town');                      // test-results/topic-town.png
 *     noErrors(errors);
 *   });
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { ROOT, SITE_URL, VIEWPORT, WAIT_MS } from './site';

export { expect };

/** A page in its own browser context (own localStorage), with the errors it logged. */
export interface GameSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in order; `noErrors(errors)` checks it is empty. */
  errors: string[];
}

/** What `window.ledgertown.state()` returns. */
export type GameState = ReturnType<Window['ledgertown']['state']>;

/** The `openGame` fixture, for helpers that open the game themselves. */
export type OpenGame = (path?: string, options?: BrowserContextOptions) => Promise<GameSession>;

/** The `openLink` fixture. */
export type OpenLink = (
  path: string,
  options?: { town?: boolean; context?: BrowserContextOptions },
) => Promise<GameSession>;

/** The `newSession` fixture, for helpers that open pages themselves. */
export type NewSession = (options?: BrowserContextOptions) => Promise<GameSession>;

interface GameFixtures {
  /** The served site's address, with its trailing slash (`${url}?locale=zh-CN`). */
  url: string;
  /**
   * A fresh page in its own context, not yet navigated. `options` are Playwright's context options
   * (viewport, locale, reducedMotion…); the viewport defaults to 1440×900. Closed after the test.
   */
  newSession: NewSession;
  /**
   * `newSession`, then opens the game at `path` (relative to the site: '', '?locale=zh-CN',
   * '#share=…') and waits until the start screen lists the scenarios.
   */
  openGame: OpenGame;
  /**
   * `newSession`, then opens `path` (a lesson link or '#share=…') and waits until the town it
   * describes is drawn and idle — or, with `{ town: false }`, until the start screen lists the
   * scenarios (a link that is refused).
   */
  openLink: OpenLink;
  /** Console and page errors of Playwright's own `page` fixture. */
  errors: string[];
}

/** Records console errors and uncaught page errors of `page` into a new list. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

export const test = base.extend<GameFixtures>({
  url: async ({ baseURL }, use) => {
    await use(baseURL ?? SITE_URL);
  },
  newSession: async ({ browser }, use) => {
    // Every context a test opens is closed after it: a page left open keeps its game and workers
    // running and slows every later test.
    const open: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        viewport: VIEWPORT,
        baseURL: SITE_URL,
        ...options,
      });
      open.push(context);
      context.setDefaultTimeout(WAIT_MS);
      context.setDefaultNavigationTimeout(WAIT_MS);
      const page = await context.newPage();
      return { page, context, errors: collectErrors(page) };
    });
    await Promise.allSettled(open.map((context) => context.close()));
  },
  openGame: async ({ newSession }, use) => {
    await use(async (path = '', options = {}) => {
      const session = await newSession(options);
      await session.page.goto(new URL(path, SITE_URL).href);
      await session.page.waitForSelector('.scenario-item');
      return session;
    });
  },
  openLink: async ({ newSession }, use) => {
    await use(async (path, { town = true, context = {} } = {}) => {
      const session = await newSession(context);
      await session.page.goto(new URL(path, SITE_URL).href);
      // A link opens the town without the start screen, and the interface loads after the page:
      // wait for window.ledgertown before asking it anything.
      if (town) {
        await session.page.waitForFunction(() => window.ledgertown?.stats().figuresDrawn > 0);
      } else await session.page.waitForSelector('.scenario-item');
      await session.page.evaluate(() => window.ledgertown.whenIdle());
      return session;
    });
  },
  errors: async ({ page }, use) => {
    await use(collectErrors(page));
  },
});

/** Fails the test when console or page errors were logged. */
export function noErrors(errors: readonly string[]): void {
  expect(errors, `console or page errors:\n  ${errors.join('\n  ')}`).toEqual([]);
}

/** Opens a shipped scenario through `window.ledgertown` and waits until its figures are drawn. */
export async function loadTown(
  page: Page,
  fileName: string,
  options: { seed?: number; day?: number } = {},
): Promise<void> {
  const ok = await page.evaluate(([name, opts]) => window.ledgertown.loadScenario(name, opts), [
    fileName,
    options,
  ] as const);
  expect(ok, `${fileName} did not load`).toBe(true);
  await page.waitForFunction(
    () => window.ledgertown.stats().figuresDrawn > 0 && window.ledgertown.debug.figurePosition(0),
  );
}

/** `window.ledgertown.state()`: where the game is. */
export const state = (page: Page): Promise<GameState> =>
  page.evaluate(() => window.ledgertown.state());

/** The day status in the top bar ("Day 3 of 365"). */
export const dayText = async (page: Page): Promise<string> =>
  (await page.textContent('[role="status"].day-text')) ?? '';

/**
 * Where `shot` saves screenshots for people to look at: kept between runs (Playwright's own
 * failure screenshots and traces go to test-results/playwright-<port>/, which each run empties).
 */
export const SCREENSHOTS = join(ROOT, 'test-results');

/** Saves a screenshot of `page` as test-results/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
