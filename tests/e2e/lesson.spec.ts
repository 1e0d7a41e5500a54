/**
 * A lesson as a student plays it: predictions typed in the story panel (a bad one refused),
 * kept across a reload, locked once the run reaches their day (window.ledgertown refused too),
 * revealed beside this run and the spread over 20 seeds (the figures `npm run sim -- guide`
 * prints for the same seeds), explained in plain text, and all of it in the printed report and
 * the JSON export; the same in Chinese; the guide and worksheet open and print; axe finds nothing
 * on the new screens; a lesson link that switches every question off.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { lessonHash } from '../../src/share/lessonLink';
import { OPEN_SETTINGS } from '../../src/share/teacherSettings';
import { axeAudit } from './support/axe';
import { expect, loadTown, noErrors, shot, test } from './support/game';
import { ROOT } from './support/site';

const MARKUP = '<b>bold</b> <img src=x onerror="window.hacked=1"> few are listed';

/** The student's answers as the page holds them. */
const answers = (page: Page) => page.evaluate(() => window.ledgertown.predictions()?.answers ?? []);

async function openStory(page: Page): Promise<void> {
  await page.evaluate(() => window.ledgertown.stores.prefs.setState({ panel: 'story' }));
  await page.waitForSelector('[data-question="grade_a_share"]');
}

async function revealAt365(page: Page): Promise<void> {
  await page.evaluate(() => window.ledgertown.jumpTo(365));
  await page.evaluate(() => window.ledgertown.whenIdle());
  await page.waitForFunction(
    () => window.ledgertown.predictions()?.answers.every((a) => a.spread !== null) ?? false,
    null,
    { timeout: 10 * 60_000 },
  );
}

/** Zero axe findings of any impact. */
async function audit(page: Page, where: string): Promise<void> {
  const findings = await axeAudit(page, where);
  expect(
    findings.map((f) => `${f.id}: ${f.nodes[0]?.target}`),
    where,
  ).toEqual([]);
}

test('lesson: predict, reload, lock, reveal with spread, explain, report and export', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 1 });
  await openStory(page);

  // Out of range: refused with a message, nothing stored.
  const share = page.locator('[data-question="grade_a_share"] input[type="number"]');
  await share.fill('150');
  await share.blur();
  await expect(page.locator('[data-question="grade_a_share"] [role="alert"]')).toContainText(
    'from 0 to 100',
  );
  expect((await answers(page))[0].prediction).toBeNull();
  await share.fill('96.5');
  await share.blur();
  await page.getByLabel('About ten').check();
  expect((await answers(page)).map((a) => a.prediction)).toEqual([96.5, 'about_ten']);
  await shot(page, 'lesson-predict');
  await audit(page, 'story with questions');

  // Reload: kept, still open before day 365.
  await page.reload();
  await page.waitForFunction(() => window.ledgertown?.state().screen === 'town');
  await openStory(page);
  await expect(share).toHaveValue('96.5');
  await expect(page.getByLabel('About ten')).toBeChecked();

  // The reveal: locked, this run's figure and the spread over 20 seeds.
  await revealAt365(page);
  const [grade, listed] = await answers(page);
  expect(grade.lockedDay).toBe(365);
  expect(grade.outcome?.seed).toBe(1);
  expect(grade.spread?.[0].seeds).toHaveLength(20);
  await expect(page.locator('[data-question="grade_a_share"] .prediction-reveal')).toContainText(
    'Across 20 seeds',
  );
  // An answer typed after the lock through window.ledgertown is refused and changes nothing.
  const late = await page.evaluate(() => window.ledgertown.predict('grade_a_share', 10));
  expect(late).toEqual({ ok: false, refusal: { kind: 'locked', id: 'grade_a_share', day: 365 } });
  expect((await answers(page))[0].prediction).toBe(96.5);

  // The answer key the command line writes has the same figures for the same seeds.
  const guide = spawnSync(
    'npx',
    ['tsx', 'src/cli/main.ts', 'guide', 'scenarios/welcome.yaml', '--seeds', '20'],
    { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60_000 },
  );
  expect(guide.status, guide.stderr).toBe(0);
  const fmt = (v: number | null | undefined, digits: number) =>
    (v ?? NaN).toLocaleString('en-GB', { maximumFractionDigits: digits });
  const s = grade.spread![0];
  expect(guide.stdout).toContain(
    `median ${fmt(s.median, 1)} % of the town; range ${fmt(s.min, 1)} to ${fmt(s.max, 1)}`,
  );
  const l = listed.spread![0];
  expect(guide.stdout).toContain(
    `median ${fmt(l.median, 0)}; range ${fmt(l.min, 0)} to ${fmt(l.max, 0)}`,
  );
  await expect(page.locator('[data-question="grade_a_share"] .prediction-reveal')).toContainText(
    `median ${fmt(s.median, 1)}, range ${fmt(s.min, 1)}–${fmt(s.max, 1)}`,
  );

  // Why? Markup is kept as text, survives a reload, and is still locked after it.
  await page.locator('[data-question="listed_end"] textarea').fill(MARKUP);
  await shot(page, 'lesson-reveal');
  await audit(page, 'story with the reveal');
  await page.reload();
  await page.waitForFunction(() => window.ledgertown?.state().screen === 'town');
  await openStory(page);
  await expect(page.locator('[data-question="listed_end"] textarea')).toHaveValue(MARKUP);
  expect((await page.evaluate(() => window.ledgertown.predict('listed_end', 'none'))).ok).toBe(
    false,
  );

  // The printed report: predictions, figures and the explanation as text.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = page.locator('.report-predictions');
  await expect(report).toContainText('96.5 % of the town');
  await expect(report).toContainText('About ten');
  await expect(report.locator('.report-prediction-why').first()).toHaveText('—');
  await expect(report.locator('.report-prediction-why').nth(1)).toHaveText(MARKUP);
  expect(await report.locator('b, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBe(
    undefined,
  );
  await report.scrollIntoViewIfNeeded();
  await shot(page, 'lesson-report');
  await audit(page, 'report with predictions');

  // The JSON export carries the same LessonAnswers.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.report-download-buttons [data-export="json"]'),
  ]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(json.lesson.version).toBe(1);
  expect(json.lesson.answers.map((a: { prediction: unknown }) => a.prediction)).toEqual([
    96.5,
    'about_ten',
  ]);
  expect(json.lesson.answers[1].explanation).toBe(MARKUP);
  expect(json.lesson.answers[0].spread[0].median).toBe(s.median);
  await page.getByRole('button', { name: 'Close report' }).click();

  // The guide and the worksheet.
  await page.getByRole('button', { name: 'Teacher’s guide' }).click();
  await expect(page.locator('[data-document="guide"] .guide-key').first()).toContainText(
    `median ${fmt(s.median, 1)}`,
  );
  await shot(page, 'lesson-guide');
  await audit(page, 'guide');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Student worksheet' }).click();
  await expect(page.locator('[data-document="worksheet"] .worksheet-question')).toHaveCount(2);
  await shot(page, 'lesson-worksheet');
  await audit(page, 'worksheet');
  noErrors(errors);
});

test('lesson: the same in Chinese', async ({ openGame }) => {
  const { page, errors } = await openGame('?locale=zh-CN');
  await loadTown(page, 'welcome.yaml', { seed: 2 });
  await openStory(page);
  await page.locator('[data-question="grade_a_share"] input[type="number"]').fill('90');
  await page.locator('[data-question="grade_a_share"] input[type="number"]').blur();
  await page.getByLabel('十个左右').check();
  await expect(page.locator('[data-question="grade_a_share"]')).toContainText(
    '请在第 365 天之前作答',
  );
  await audit(page, 'zh-CN story with questions');
  await revealAt365(page);
  const reveal = page.locator('[data-question="listed_end"] .prediction-reveal');
  await expect(reveal).toContainText('你的预测');
  await expect(reveal).toContainText('十个左右');
  await expect(reveal).toContainText('20 个种子');
  await page.locator('[data-question="listed_end"] textarea').fill('名单很小，因为付款后会移出。');
  await page.locator('[data-question="listed_end"]').scrollIntoViewIfNeeded();
  await shot(page, 'lesson-zh-reveal');
  await audit(page, 'zh-CN story with the reveal');
  await page.getByRole('button', { name: '教师指南' }).click();
  await expect(page.locator('[data-document="guide"]')).toContainText('术语表');
  await expect(page.locator('[data-document="guide"] .guide-key').first()).toContainText('中位数');
  await shot(page, 'lesson-zh-guide');
  await audit(page, 'zh-CN guide');
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByRole('button', { name: '学生学习单' }).click();
  await expect(page.locator('[data-document="worksheet"]')).toContainText('学习单');
  await shot(page, 'lesson-zh-worksheet');
  await audit(page, 'zh-CN worksheet');
  noErrors(errors);
});

test('lesson: a link that switches every question off', async ({ openLink }) => {
  const text = readFileSync(`${ROOT}/scenarios/welcome.yaml`, 'utf8');
  const hash = lessonHash({
    fileName: 'welcome.yaml',
    text,
    seed: 1,
    day: 0,
    role: 'observer',
    settings: { ...OPEN_SETTINGS, questionsOff: ['grade_a_share', 'listed_end'] },
  });
  const { page, errors } = await openLink(hash);
  expect((await page.evaluate(() => window.ledgertown.state())).screen).toBe('town');
  await page.evaluate(() => window.ledgertown.stores.prefs.setState({ panel: 'story' }));
  await expect(page.getByText('Your teacher switched the questions off')).toBeVisible();
  expect(await page.locator('.prediction').count()).toBe(0);
  expect(await page.evaluate(() => window.ledgertown.predict('grade_a_share', 90))).toEqual({
    ok: false,
    refusal: { kind: 'switchedOff', id: 'grade_a_share' },
  });
  await page.getByRole('button', { name: 'Student worksheet' }).click();
  await expect(page.locator('.worksheet-question')).toHaveCount(0);
  noErrors(errors);
});
