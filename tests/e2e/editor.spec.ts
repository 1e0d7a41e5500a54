/**
 * The rule editor: a form edit changes the rule's plain-language preview, undo and redo work from
 * the keyboard, Apply restarts the town with the edit on the same seed, a reload finds the edit
 * still there; the YAML tab shows an error at its line and column and the town keeps its rules;
 * corrupt saved edits are set aside with a message.
 */
import type { Page } from '@playwright/test';
import { expect, loadTown, noErrors, shot, test } from './support/game';

const firstRule = (page: Page) => page.locator('.row-card').first();
const preview = async (page: Page) =>
  (await firstRule(page).locator('.rule-preview').textContent()) ?? '';

async function openRules(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Rules( \(edited\))?$/ }).click();
  await page.waitForSelector('.rule-editor .row-card');
}

test('rule editor: edit a rule, see the preview, undo, apply, reload and find it', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 4 });
  await openRules(page);
  expect(await preview(page), `preview: ${await preview(page)}`).toContain('they lose 5 points');

  await firstRule(page).locator('summary').click();
  const points = firstRule(page).getByLabel('Points', { exact: true });
  await points.fill('-25');
  await page.waitForFunction(() =>
    document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 25 points'),
  );
  const status = (await page.textContent('.wb-status')) ?? '';
  expect(status, `status after an edit: ${status}`).toContain('Not applied yet');
  await shot(page, 'rule-editor');

  await page.keyboard.press('Control+z');
  await page.waitForFunction(() =>
    document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 5 points'),
  );
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() =>
    document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 25 points'),
  );

  await page.getByRole('button', { name: 'Apply and restart' }).click();
  await page.waitForFunction(
    () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points === -25,
  );
  const applied = await page.evaluate(() => window.ledgertown.state());
  const afterApply = `after apply: seed ${applied.seed}, day ${applied.day}`;
  expect(applied.seed, afterApply).toBe(4);
  expect(applied.day, afterApply).toBe(0);
  // The game saves its progress (with the applied text) half a second after a change.
  await page.waitForFunction(() =>
    localStorage.getItem('ledgertown.progress')?.includes('points: -25'),
  );

  await page.reload();
  await page.waitForFunction(() => window.ledgertown?.state().status === 'ready');
  await openRules(page);
  expect(await preview(page), 'the edit is still there after a reload').toContain('lose 25 points');
  const town = await page.evaluate(
    () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points,
  );
  expect(town, `the town runs the applied edit after a reload, found ${town}`).toBe(-25);
  noErrors(errors);
});

test('rule editor: the YAML tab shows an error at its line and column', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml');
  await openRules(page);
  await page.getByRole('tab', { name: 'YAML' }).click();
  const area = page.locator('textarea.yaml-text');
  const text = await area.inputValue();
  const target = '      points: -5 # traffic ticket';
  const line = text.split('\n').findIndex((l) => l.startsWith(target)) + 1;
  expect(line, 'the traffic ticket rule is in the YAML').toBeGreaterThan(0);
  await area.fill(text.replace(target, '      points: lots # traffic ticket'));
  await page.waitForSelector('.yaml-problems .problem-link');
  const place = await page.textContent('.yaml-problems .problem-place');
  expect(place, `problem placed at "${place}", expected line ${line}`).toBe(
    `Line ${line}, column 15`,
  );
  const message = (await page.textContent('.yaml-problems .problem-link')) ?? '';
  expect(message, `problem names the field: ${message}`).toContain('ruleset.rules[0].points');
  const marked = await page.$$eval('.gutter-error', (els) => els.map((el) => el.textContent));
  expect(marked, `gutter marks line ${line}: ${marked}`).toContain(String(line));

  await page.click('.yaml-problems .problem-link');
  const caret = await area.evaluate((el: HTMLTextAreaElement) => {
    const before = el.value.slice(0, el.selectionStart);
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
  });
  expect(caret, `caret at ${caret.line}:${caret.column}`).toEqual({ line, column: 15 });
  expect(
    await page.getByRole('button', { name: 'Apply and restart' }).isDisabled(),
    'an invalid draft cannot be applied',
  ).toBe(true);
  const points = await page.evaluate(
    () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points,
  );
  expect(points, `the town keeps its last valid rules, found ${points}`).toBe(-5);
  await shot(page, 'rule-editor-yaml-error');

  await page.getByRole('tab', { name: 'Forms' }).click();
  const badge = await page.textContent('.section-link[aria-current="true"] .badge');
  expect(badge, `the Rules section counts its problem: ${badge}`).toBe('1');
  noErrors(errors);
});

test('rule editor: corrupt saved edits are set aside with a message', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await page.evaluate(() =>
    localStorage.setItem('ledgertown.editor.v1.welcome.yaml', '{"version":1,'),
  );
  await loadTown(page, 'welcome.yaml');
  await openRules(page);
  const notice = (await page.textContent('.rule-editor .notice')) ?? '';
  expect(notice, `notice: ${notice}`).toContain('could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) =>
      k.startsWith('ledgertown.editor.v1.welcome.yaml.corrupt.'),
    ),
  );
  expect(kept.length, `set-aside keys: ${kept}`).toBe(1);
  const value = await page.evaluate((key) => localStorage.getItem(key), kept[0]);
  expect(value, 'the corrupt data is kept unchanged').toBe('{"version":1,');
  noErrors(errors);
});
