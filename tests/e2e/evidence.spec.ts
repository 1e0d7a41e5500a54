/**
 * Where the figures come from, in the browser: the story panel's sources are links to real web
 * addresses (opened without opener or referrer), "What is real here?" lists every marked number
 * with its mark and source in both languages (axe clean), the rule editor shows a number's mark,
 * and checking the claims across seeds puts "across N seeds: median X, range a–b" beside each
 * figure the notes quote. Screenshots: evidence-real-en, evidence-real-zh-CN, evidence-claims,
 * evidence-editor.
 */
import { axeAudit } from './support/axe';
import { expect, loadTown, noErrors, shot, test } from './support/game';

for (const locale of ['en', 'zh-CN']) {
  test(`evidence: sources link out and "What is real here?" lists marked numbers (${locale})`, async ({
    openGame,
  }) => {
    const { page, errors } = await openGame(`?locale=${locale}`);
    await loadTown(page, 'defaulters.yaml');
    await page.click('#tab-story');
    const sources = page.locator('.source-list a');
    expect(await sources.count()).toBeGreaterThanOrEqual(10);
    const first = sources.first();
    expect(await first.getAttribute('href')).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(await first.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await first.getAttribute('target')).toBe('_blank');
    await page.click('.real-here summary');
    const rows = page.locator('.real-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(20);
    // The list's two years: secondary, from the 2017 provisions, linked.
    const duration = rows.filter({ hasText: '730' });
    await expect(duration.locator('.evidence-secondary')).toHaveCount(1);
    await expect(duration.locator('a')).toHaveAttribute('href', /chinalawtranslate\.com/);
    await page.locator('.real-here').scrollIntoViewIfNeeded();
    await shot(page, `evidence-real-${locale}`);
    await axeAudit(page, `${locale}, What is real here?`);
    noErrors(errors);
  });
}

test('evidence: checking the claims puts the spread across seeds beside each quoted figure', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'journalist.yaml');
  await page.click('#tab-story');
  await page.click('.claims-check summary');
  await page.click('.claims-check button');
  await page.waitForSelector('.claims-list .claim-check', { timeout: 5 * 60_000 });
  const lines = await page.locator('.claims-list li').allTextContents();
  expect(lines.length).toBe(3);
  for (const line of lines)
    expect(line).toMatch(/across 20 seeds: median [\d.]+, range [\d.–-]+: holds/);
  await page.click('.notes summary >> nth=0');
  const quoted = page.locator('.claim-figure[data-claim="wrongful_share"] .claim-check').first();
  await expect(quoted).toHaveText(/across 20 seeds: median [\d.]+, range [\d.]+–[\d.]+/);
  await page.locator('.claims-check').scrollIntoViewIfNeeded();
  await shot(page, 'evidence-claims');
  noErrors(errors);
});

test('evidence: the rule editor shows the mark beside a marked number', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'rongcheng.yaml');
  await page.getByRole('button', { name: /^Rules( \(edited\))?$/ }).click();
  await page.waitForSelector('.rule-editor .row-card');
  await page.locator('.rule-editor .row-card').first().scrollIntoViewIfNeeded();
  const marks = page.locator('.field-row .evidence-mark');
  expect(await marks.count()).toBeGreaterThan(0);
  await shot(page, 'evidence-editor');
  noErrors(errors);
});
