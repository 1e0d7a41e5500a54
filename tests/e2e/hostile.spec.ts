/**
 * Hostile input in the browser: a condition that would take exponential time, arriving through a
 * lesson link, a dropped file and a rule edit, is refused at once with a message while the run in
 * play stays as it was and the worker is never restarted; and with localStorage full, each
 * `ledgertown.*` entry corrupted in turn, the game still starts and says what it set aside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lz from 'lz-string';
import { expect, loadTown, noErrors, shot, state, test } from './support/game';
import type { Page } from '@playwright/test';
import { ROOT } from './support/site';

/** `exists` over ten items nested twelve deep: 10^12 steps if it were ever evaluated. */
function exponential(): string {
  let condition = 'person.age < 0.0';
  for (let k = 0; k < 12; k++) condition = `[0,1,2,3,4,5,6,7,8,9].exists(v${k}, ${condition})`;
  return condition;
}

const WELCOME = readFileSync(join(ROOT, 'scenarios/welcome.yaml'), 'utf8');
const TRAFFIC = '      id: traffic_ticket\n      on: bad_driving\n';

/** `text` (welcome.yaml) with the exponential condition on its traffic ticket rule. */
function withExponential(text: string): string {
  expect(text, 'welcome.yaml has its traffic ticket rule').toContain(TRAFFIC);
  return text.replace(TRAFFIC, `${TRAFFIC}      when: '${exponential()}'\n`);
}

/** The run in play: scenario, seed, day, and how often the worker was restarted. */
async function runInPlay(page: Page) {
  const s = await state(page);
  const restarts = await page.evaluate(
    () => window.ledgertown.stores.session.getState().workerRestarts,
  );
  return { fileName: s.fileName, seed: s.seed, day: s.day, status: s.status, restarts };
}

test('hostile: an exponential condition by link, drop and rule edit is refused at once', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 4 });
  await page.evaluate(() => window.ledgertown.step(3));
  const before = await runInPlay(page);
  expect(before).toMatchObject({ fileName: 'welcome.yaml', day: 3, restarts: 0 });
  const hostile = withExponential(WELCOME);
  const refused = async (how: string) => {
    // The message is there within a few seconds, not after a worker timeout (~46 s).
    await page.waitForFunction(
      () => document.querySelector('.issue-panel')?.textContent?.includes('cost limit'),
      undefined,
      { timeout: 10_000 },
    );
    const panel = (await page.textContent('.issue-panel')) ?? '';
    expect(panel, `${how}: ${panel}`).toContain('may nest at most 2 deep');
    await page.evaluate(() => window.ledgertown.whenIdle());
    expect(await runInPlay(page), `${how}: the run in play`).toEqual(before);
  };

  // 1. A lesson link carrying the scenario.
  const link = lz.compressToEncodedURIComponent(
    `${JSON.stringify({ file: 'hostile.yaml', seed: 1, day: 0 })}\n${hostile}`,
  );
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#v1=${link}`);
  await refused('link');
  await shot(page, 'hostile-link-refused');

  // 2. The same file dropped on the page.
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'hostile.yaml', { type: 'text/yaml' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
  }, hostile);
  await refused('drop');

  // 3. The same condition typed into the rule editor: a problem at once, Apply stays off.
  await page.evaluate(() => window.ledgertown.stores.session.setState({ invalid: null }));
  await page.evaluate(() => window.ledgertown.stores.session.setState({ screen: 'town' }));
  await page.getByRole('button', { name: 'Rules', exact: true }).click();
  await page.getByRole('tab', { name: 'YAML' }).click();
  const area = page.locator('textarea.yaml-text');
  const text = await area.inputValue();
  await area.fill(withExponential(text));
  await page.waitForFunction(
    () => document.querySelector('.yaml-problems')?.textContent?.includes('cost limit'),
    undefined,
    { timeout: 10_000 },
  );
  const problem = (await page.textContent('.yaml-problems .problem-link')) ?? '';
  expect(problem).toContain('may nest at most 2 deep');
  expect(await page.getByRole('button', { name: 'Apply and restart' }).isDisabled()).toBe(true);
  await shot(page, 'hostile-rule-edit-refused');
  await page.evaluate(() => window.ledgertown.whenIdle());
  expect(await runInPlay(page)).toEqual(before);
  noErrors(errors);
});

/** Fills localStorage to the brim with filler entries, so every later write throws. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler.${n}`, 'x'.repeat(size));
        n++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
}

test('hostile: with storage full, each corrupt ledgertown entry still starts the game with a message', async ({
  newSession,
  url,
}) => {
  const corrupt = '{corrupt';
  const cases: [key: string, where: 'notice' | 'editor' | 'language'][] = [
    ['ledgertown.progress', 'notice'],
    ['ledgertown.role', 'notice'],
    ['ledgertown.editor.v1.welcome.yaml', 'editor'],
    ['ledgertown.locale', 'language'],
  ];
  for (const [key, where] of cases) {
    const { page, errors } = await newSession();
    await page.goto(url);
    await page.waitForSelector('.scenario-item');
    // A saved run to come back to: progress and role, as a player leaves them.
    await loadTown(page, 'welcome.yaml', { seed: 6 });
    await page.evaluate(() => window.ledgertown.step(2));
    await page.evaluate(() => window.ledgertown.stores.session.getState());
    // Progress is saved a moment after a change: wait for the save of day 2, or it could land after
    // the corrupt entry below and replace it (the reload then restores the town, with no notice).
    await page.waitForFunction(() => {
      const saved = localStorage.getItem('ledgertown.progress');
      return saved !== null && (JSON.parse(saved) as { day?: number }).day === 2;
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, corrupt] as const);
    const fillers = await fillStorage(page);
    expect(fillers, 'storage was filled').toBeGreaterThan(0);
    const others = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );
    await page.reload();
    await page.waitForSelector('.scenario-item, .town-view, canvas', { timeout: 30_000 });
    await page.evaluate(() => window.ledgertown.whenIdle());
    if (where === 'notice' || where === 'language') {
      await page.waitForSelector('.notice');
      const notice = (await page.textContent('.notices')) ?? '';
      expect(notice, `${key}: ${notice}`).toContain(
        where === 'language'
          ? '(“{corrupt”) is not a language this game speaks'
          : 'could not be read',
      );
      expect(notice, `${key}: ${notice}`).toContain('Storage is full');
    } else {
      // The saved run is back (welcome.yaml, seed 6, day 2): its rules, with the draft's message.
      await page.waitForFunction(() => window.ledgertown.state().status === 'ready');
      await page.getByRole('button', { name: 'Rules', exact: true }).click();
      const notice = (await page.textContent('.rule-editor .notice')) ?? '';
      expect(notice, `${key}: ${notice}`).toContain('could not be read');
    }
    // Nothing else in storage was lost, and the corrupt entry is kept: where it was when there was
    // no room to move it, else under a .corrupt. key of its own.
    const after = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );
    const setAside = Object.keys(after).filter((k) => k.startsWith(`${key}.corrupt.`));
    expect(
      after[key] === corrupt || setAside.some((k) => after[k] === corrupt),
      `${key}: the corrupt entry is kept (${JSON.stringify(after[key])}, set aside: ${setAside})`,
    ).toBe(true);
    for (const [k, v] of Object.entries(others))
      if (k !== key && (!k.startsWith('ledgertown.') || k === 'ledgertown.locale'))
        expect(after[k], `${key}: ${k} kept`).toBe(v);
    if (key === 'ledgertown.progress') await shot(page, 'hostile-storage-full-progress');
    noErrors(errors);
  }
});
