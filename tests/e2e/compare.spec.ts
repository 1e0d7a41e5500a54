/**
 * Compare A and B: the comparison runs in a worker and reports its time; an edit to the rules
 * updates a comparison against the edited rules; the people whose fate differs open both dossiers;
 * a run can be cancelled; across seeds gives a mean and spread. Prints the compare time of the
 * default town (365 days).
 */
import type { Page } from '@playwright/test';
import { expect, loadTown, noErrors, shot, test } from './support/game';

const idle = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('.compare-result') && !document.querySelector('.run-progress'),
    null,
    { timeout: 120_000 },
  );

/** The cells of the figure table's row named `name` (A, B, difference), or null. */
const figure = (page: Page, name: string) =>
  page.evaluate((label) => {
    const row = [...document.querySelectorAll('.compare-result .figure-table tr')].find(
      (tr) => tr.querySelector('th')?.textContent === label,
    );
    return row ? [...row.querySelectorAll('td')].map((td) => td.textContent ?? '') : null;
  }, name);

test('compare: the default town in a worker, updated after an edit to the rules', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await page.getByRole('button', { name: 'Compare A/B' }).click();
  await idle(page);
  const timing = (await page.textContent('.compare-meta .timing')) ?? '';
  console.log(
    `     default town, 365 days, A as shipped against its variant (cold worker): ${timing}`,
  );
  expect(timing, `timing shown: ${timing}`).toMatch(/Compared in \d+\.\d s/);
  await shot(page, 'compare');

  await page.getByLabel('B', { exact: true }).selectOption('edited');
  await page.waitForFunction(
    () =>
      document
        .querySelector('.compare-result thead')
        ?.textContent?.includes('B: Your edited rules'),
    null,
    { timeout: 120_000 },
  );
  await idle(page);
  const same = await figure(page, 'Mean score at the end');
  expect(same?.[2], `shipped against unedited rules differs by nothing: ${same}`).toBe('0');

  await page.getByRole('button', { name: /^Rules( \(edited\))?$/ }).click();
  const card = page.locator('.row-card').first();
  await card.locator('summary').click();
  await card.getByLabel('Points', { exact: true }).fill('-60');
  await page.waitForFunction(() =>
    document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 60 points'),
  );
  await page.getByRole('button', { name: 'Compare A/B' }).click();
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.compare-result .figure-table th')].some(
        (th) =>
          th.textContent === 'Mean score at the end' &&
          th.parentElement?.lastElementChild?.textContent?.startsWith('−'),
      ) && !document.querySelector('.run-progress'),
    null,
    { timeout: 120_000 },
  );
  const updated = await page.textContent('.compare-meta .timing');
  console.log(`     the same town, updated after an edit to B (only B runs again): ${updated}`);
  const changed = (await figure(page, 'Mean score at the end'))!;
  expect(Number(changed[1].replace(/,/g, '')), `B lower: ${changed}`).toBeLessThan(
    Number(changed[0].replace(/,/g, '')),
  );
  noErrors(errors);
});

test('compare: people whose fate differs open both dossiers; cancel; across seeds', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'journalist.yaml');
  await page.getByRole('button', { name: 'Compare A/B' }).click();
  await idle(page);
  const groups = await page.$$eval('.people-group summary', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(
    groups.some((g) => g.includes('under A but not B')),
    `groups: ${groups.join(' | ')}`,
  ).toBe(true);
  const cause = await page.textContent('.difference .cause');
  expect(cause, `each person names the deciding difference: ${cause}`).toMatch(/^Day \d+/);

  await page.locator('.difference .link').first().click();
  await page.waitForSelector('.pair-columns .pair-side .facts');
  const sides = await page.$$eval('.pair-side', (els) => els.length);
  expect(sides, `both dossiers open, saw ${sides}`).toBe(2);
  await shot(page, 'compare-dossiers');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.person-pair'));

  // Ten seeds take long enough to cancel half-way.
  await page.getByLabel('Seeds', { exact: true }).selectOption('10');
  await page.getByRole('button', { name: 'Compare across 10 seeds' }).click();
  await page.locator('.across .run-progress').getByRole('button', { name: 'Cancel' }).click();
  await page.waitForFunction(() =>
    document.querySelector('.across')?.textContent?.includes('Cancelled.'),
  );

  await page.getByLabel('Seeds', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Compare across 3 seeds' }).click();
  await page.waitForSelector('.across .figure-table tbody tr', { timeout: 120_000 });
  const seeds = await page.textContent('.across .timing');
  expect(seeds, `across seeds: ${seeds}`).toMatch(/^3 seeds/);
  const spread = await page.textContent('.across .figure-table .spread');
  expect(spread, `spread shown: ${spread}`).toMatch(/^sd /);
  await page.evaluate(() => document.querySelector('.across')?.scrollIntoView());
  await shot(page, 'compare-across-seeds');
  noErrors(errors);
});
