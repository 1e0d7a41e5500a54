/**
 * The roles: a citizen (the journalist) plays a fixed policy of weekly choices to the ending
 * screen and its explanation, then opens the full dossier; the planner (Counterfeit street) edits a
 * rule, places bets, runs the plan in a worker while the page stays responsive, and reads a
 * debrief with numbers; an appeals officer decides cases for a few days under the quota, finishes,
 * and reads how many wrong listings stood and right ones fell; a citizen's game comes back after a
 * reload; a lesson link fixes the role; in Chinese the role picker and the citizen desk show the
 * scenario's translated role texts, and a citizen's ending and an appellant's statement and hint
 * read in Chinese but for people's names. Screenshots of every role screen and ending.
 */
import type { Page } from '@playwright/test';
import type { GoalStatus } from '../../src/engine/types';
import { axeAudit } from './support/axe';
import { expect, noErrors, shot, test, type GameSession, type OpenGame } from './support/game';

/** Fails on serious or critical accessibility problems on the page. */
const audit = (page: Page, where: string) => axeAudit(page, where);

/** Opens the game in Chinese at 1280×800 and picks the journalist (记者): its role picker shows. */
async function openJournalistInChinese(openGame: OpenGame): Promise<GameSession> {
  const session = await openGame('?locale=zh-CN', { viewport: { width: 1280, height: 800 } });
  await session.page
    .locator('.scenario-item', {
      has: session.page.locator('.scenario-item-title', { hasText: /^记者$/ }),
    })
    .click();
  await session.page.waitForSelector('.role-picker');
  return session;
}

/** Chooses a scenario and a role on the start screen, presses Start, waits for the desk. */
async function startRole(page: Page, title: string, role: RegExp): Promise<void> {
  await page.locator('.scenario-item', { hasText: title }).click();
  await page.getByRole('radio', { name: role }).check();
  await page.click('.start-form button[type="submit"]');
  // The observer has the sandbox's panels; every other role a desk.
  await page.waitForSelector(/Observer/.test(String(role)) ? '.tabs' : '.role-pane .role-desk');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
}

const role = (page: Page) =>
  page.evaluate(() => {
    const r = window.ledgertown.stores.role.getState();
    return { playing: r.playing, frame: r.frame, planRun: r.planRun, debriefOpen: r.debriefOpen };
  });
const idle = (page: Page) => page.evaluate(() => window.ledgertown.whenIdle());

/** The lines the ending shows for a story: one per story line, and a heading per relative. */
const storyLines = (status: GoalStatus) =>
  status.story.reduce((n, chapter) => n + chapter.lines.length + (chapter.relative ? 1 : 0), 0);

test('roles: a citizen plays the journalist to the ending and its explanation', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await page.locator('.scenario-item', { hasText: 'The journalist' }).click();
  await page.waitForSelector('.role-picker');
  await shot(page, 'roles-start-screen');
  await startRole(page, 'The journalist', /Citizen: the journalist/);
  const start = await role(page);
  expect(start.playing.kind, `playing ${JSON.stringify(start.playing)}`).toBe('citizen');
  // The journalist is listed from day 0 without being told: the town's panels stay shut and
  // the map shows nobody's grade or list.
  expect(await page.$('.tabs'), 'the town panels show before the ending').toBeNull();
  const masked = await page.evaluate(() => {
    const { snapshot } = window.ledgertown.stores.town.getState();
    return snapshot!.listed.every((l) => l === 0);
  });
  expect(masked, 'the map shows listings the citizen does not know of').toBe(true);
  await shot(page, 'roles-citizen-desk');
  await audit(page, 'citizen desk');

  // A fixed policy: publish, appeal, take the train; then apologise while it is possible,
  // else try the train again.
  const policy = ['Publish the investigation', 'Ask to be taken off any list'];
  const choices: string[] = [];
  for (let week = 0; week < 60; week++) {
    if ((await page.$('.role-stage')) !== null) break;
    const wanted =
      policy[week] ??
      (week % 2 === 0 ? 'Apologise as the court ordered' : 'Take the high-speed train');
    const button = page.getByRole('button', { name: wanted, exact: true });
    const pick = (await button.isEnabled()) ? wanted : 'Take the high-speed train';
    await page.getByRole('button', { name: pick, exact: true }).click();
    await page.waitForFunction(
      (label) => document.querySelector('.role-chosen')?.textContent?.includes(label),
      pick,
    );
    choices.push(pick);
    const before = (await role(page)).frame!.citizen!.view.day;
    await page.click('.role-live');
    await page.waitForFunction(
      (day) => window.ledgertown.stores.role.getState().frame!.citizen!.view.day > day,
      before,
    );
    await idle(page);
  }
  await page.waitForSelector('.role-stage h2');
  const title = (await page.textContent('.role-stage h2')) ?? '';
  expect(
    ['You made it', 'You did not make it', 'Time ran out'],
    `ending title: ${title}`,
  ).toContain(title);
  const ended = await role(page);
  const explanation = await page.$$eval('.role-explanation li', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(explanation.length, `explanation: ${explanation.length} lines`).toBeGreaterThanOrEqual(3);
  expect(
    explanation.length,
    'the screen shows the engine’s story: a line per story line, a heading per relative',
  ).toBe(storyLines(ended.frame!.citizen!.status));
  expect(
    explanation.some((line) => /list/i.test(line)),
    `the explanation says how the listing came about: ${explanation.slice(0, 3).join(' | ')}`,
  ).toBe(true);
  console.log(
    `     citizen: ${choices.length} weeks, ending "${title}" on day ${ended.frame!.citizen!.status.ending!.day}, ${explanation.length} lines of explanation`,
  );
  await shot(page, 'roles-citizen-ending');
  await audit(page, 'citizen ending');

  await page.getByRole('button', { name: 'Open your full dossier' }).click();
  await page.waitForSelector('.tabs #tab-person[aria-selected="true"]');
  await page.waitForSelector('.dossier');
  const selected = await page.evaluate(() => window.ledgertown.state());
  const dossierOf = `dossier of ${selected.selected} in lens ${selected.lens}`;
  expect(selected.selected, dossierOf).toBe(ended.frame!.citizen!.view.person);
  expect(selected.lens, dossierOf).toBe('truth');
  // After the ending the map shows the truth again.
  await page.evaluate(() => window.ledgertown.step(1));
  const unmasked = await page.evaluate(() => {
    const { snapshot } = window.ledgertown.stores.town.getState();
    return snapshot!.listed.some((l) => l !== 0);
  });
  expect(unmasked, 'the map stays hidden after the ending').toBe(true);
  await shot(page, 'roles-citizen-dossier');
  noErrors(errors);
});

test('roles: a citizen’s game comes back after a reload, moves replayed', async ({ openGame }) => {
  const { page, errors } = await openGame();
  await startRole(page, 'The journalist', /Citizen: the journalist/);
  for (const pick of ['Publish the investigation', 'Post a criticism']) {
    await page.getByRole('button', { name: pick, exact: true }).click();
    await page.waitForFunction(
      (label) => document.querySelector('.role-chosen')?.textContent?.includes(label),
      pick,
    );
    await page.click('.role-live');
    await idle(page);
  }
  const before = await role(page);
  expect(before.frame!.moves.length, `moves before reload: ${before.frame!.moves.length}`).toBe(2);
  await page.waitForFunction(() => localStorage.getItem('ledgertown.role')?.includes('"day":7'));
  await page.reload();
  await page.waitForSelector('.role-pane .citizen-desk .role-live');
  await idle(page);
  const after = await role(page);
  expect(after.playing.kind, `after reload playing ${after.playing.kind}`).toBe('citizen');
  expect(
    JSON.stringify(after.frame!.moves),
    `moves after reload: ${JSON.stringify(after.frame!.moves)}`,
  ).toBe(JSON.stringify(before.frame!.moves));
  expect(
    JSON.stringify(after.frame!.citizen!.view) === JSON.stringify(before.frame!.citizen!.view),
    'the citizen sees the same after the reload',
  ).toBe(true);
  noErrors(errors);
});

test('roles: the planner edits a rule, bets, runs the plan in a worker, reads the debrief', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await startRole(page, 'Counterfeit street', /^Planner/);
  await page.waitForSelector('.planner-desk');
  await page.getByRole('button', { name: 'Edit the rules' }).click();
  await page.waitForSelector('.rule-editor .row-card');
  const rule = page.locator('.row-card').first();
  await rule.locator('summary').click();
  await rule.getByLabel('Points', { exact: true }).fill('-200');
  await page.waitForFunction(() =>
    document.querySelector('.planner-desk')?.textContent?.includes('as you edited them'),
  );
  await page.getByRole('button', { name: 'Back to the map' }).click();

  await page.getByLabel(/^Target:/).fill('-0.3');
  await page.getByLabel(/^Cost: People wrongly listed/).fill('0.5');
  await page.getByLabel(/^Cost: Speech/).fill('-0.1');
  await shot(page, 'roles-planner-desk');
  await audit(page, 'planner desk');

  await page.getByRole('button', { name: 'Run the plan' }).click();
  await page.waitForSelector('.role-running');
  // The page answers while both runs go on in the planner's worker.
  let slowest = 0;
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    slowest = Math.max(slowest, Date.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(slowest, `the page froze for ${slowest} ms while the plan ran`).toBeLessThan(1000);
  await page.waitForSelector('.role-stage h2', { timeout: 240_000 });
  const title = (await page.textContent('.role-stage h2')) ?? '';
  expect(['Target met', 'Target missed'], `debrief title: ${title}`).toContain(title);
  const { planRun } = await role(page);
  expect(planRun.status, `plan run: ${planRun.status}`).toBe('done');
  if (planRun.status !== 'done') return;
  const { result, bets, ms } = planRun;
  expect(bets.target, `bet kept: ${bets.target}`).toBe(-0.3);
  const figures = await page.$$eval('.role-figure', (els) =>
    els.map((e) => [
      e.querySelector('dt')!.textContent,
      e.querySelector('.role-figure-value')!.textContent,
    ]),
  );
  const measured = figures.find(([label]) => label === 'Measured change')?.[1] ?? '';
  const shown = Math.round((result.change ?? 0) * 100);
  expect(
    measured.replace('−', '-').replace(/\s/g, ''),
    `measured change shown ${measured}, engine ${result.change}`,
  ).toBe(`${shown > 0 ? '+' : ''}${shown}%`);
  const rows = await page.$$eval('.role-table tbody tr', (els) =>
    els.map((tr) => [...tr.children].map((c) => c.textContent)),
  );
  expect(rows.length, `${rows.length} cost rows for ${result.costs.length}`).toBe(
    result.costs.length,
  );
  const lines = await page.$$eval('.role-chart polyline', (els) =>
    els.map((e) => e.getAttribute('points')!.split(' ').length),
  );
  expect(lines, `chart lines: ${lines}`).toEqual([result.days, result.days]);
  console.log(
    `     planner: rule edited (counterfeit −200 points), ${title.toLowerCase()}: measured ${measured} against a bet of −30 %, target ${result.target.change * 100} %; plan ${result.figure.plan} counterfeit sales against ${result.figure.baseline}; both runs ${(ms / 1000).toFixed(1)} s in the worker`,
  );
  const costNames = await page.$$eval('.role-table tbody th', (els) =>
    els.map((th) => th.firstChild!.textContent),
  );
  for (const [index, [, own, plan, change, bet]] of rows.entries()) {
    const cost = costNames[index];
    console.log(`       ${cost}: own ${own}, plan ${plan}, change ${change}, bet ${bet}`);
  }
  await shot(page, 'roles-planner-debrief');
  await audit(page, 'planner debrief');
  noErrors(errors);
});

test('roles: an appeals officer decides cases for a few days, finishes, reads the debrief', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await startRole(page, 'Everything is recorded', /^Appeals officer/);
  await page.waitForSelector('.officer-desk');
  const quota = await page.evaluate(
    () => window.ledgertown.stores.role.getState().roles!.appealsOfficer!.quota,
  );
  // The first appeals come after some weeks: go to a day with a queue.
  await page.evaluate(() => window.ledgertown.jumpTo(120));
  await idle(page);
  let decided = 0;
  for (let day = 0; day < 3; day++) {
    if ((await page.locator('.role-case').count()) === 0) {
      await page.getByRole('button', { name: 'Wait for the next appeal' }).click();
      await page.waitForSelector('.role-case', { timeout: 120_000 });
      await idle(page);
    }
    const cases = await page.locator('.role-case').count();
    const today = Math.min(cases, quota);
    for (let k = 0; k < today; k++) {
      const card = page.locator('.role-case').nth(k);
      const grant = decided % 2 === 0;
      await card.getByRole('button', { name: grant ? /^Grant/ : /^Deny/ }).click();
      await page.waitForFunction(
        (n) =>
          document.querySelector('.role-quota')?.textContent?.startsWith(`Decided today: ${n} of`),
        k + 1,
      );
      decided++;
    }
    if (cases > quota) {
      const next = page.locator('.role-case').nth(quota);
      expect(
        await next.getByRole('button', { name: /^Grant/ }).isDisabled(),
        'a case past the quota could still be decided',
      ).toBe(true);
    }
    if (day === 0) {
      await shot(page, 'roles-officer-desk');
      await audit(page, 'officer desk');
    }
    await page.getByRole('button', { name: /^End the day/ }).click();
    await idle(page);
  }
  await page.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await page.waitForSelector('.role-stage h2');
  expect(await page.textContent('.role-stage h2'), 'debrief title').toBe('Your shift is over');
  const debrief = (await role(page)).frame!.officer!.debrief!;
  expect(debrief.decisions, `${debrief.decisions} decisions for ${decided} made`).toBe(decided);
  expect(
    debrief.wrongStood + debrief.rightFell + debrief.correct,
    `wrong stood ${debrief.wrongStood} + right fell ${debrief.rightFell} + correct ${debrief.correct}`,
  ).toBe(decided);
  const figure = (label: string) =>
    page.evaluate((text) => {
      const box = [...document.querySelectorAll('.role-figure')].find(
        (e) => e.querySelector('dt')!.textContent === text,
      );
      return box?.querySelector('.role-figure-value')!.textContent;
    }, label);
  expect(await figure('Wrong listings that stood'), 'wrong listings that stood shown').toBe(
    String(debrief.wrongStood),
  );
  expect(await figure('Right listings that fell'), 'right listings that fell shown').toBe(
    String(debrief.rightFell),
  );
  const rows = await page.locator('.role-table tbody tr').count();
  expect(rows, `${rows} decided cases listed for ${decided}`).toBe(decided);
  console.log(
    `     officer: ${decided} decisions over 3 days (quota ${quota}): ${debrief.wrongStood} wrong listings stood, ${debrief.rightFell} right ones fell, ${debrief.correct} right calls; backlog ${debrief.backlog} (${debrief.backlogWrongful} wrongful), mean wait ${debrief.meanDaysWaited.toFixed(1)} days`,
  );
  await shot(page, 'roles-officer-debrief');
  await audit(page, 'officer debrief');
  noErrors(errors);
});

test('roles: a lesson link fixes the role', async ({ openGame, newSession }) => {
  const { page, errors } = await openGame();
  await startRole(page, 'The journalist', /^Observer/);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.waitForSelector('.share-dialog[open]');
  await page.getByRole('combobox', { name: /^Role/ }).selectOption('appealsOfficer');
  await page.getByLabel('Students cannot change the role').check();
  const link = await page.inputValue('.share-link textarea');
  const student = await newSession();
  await student.page.goto(link);
  await student.page.waitForSelector('.role-pane .officer-desk');
  const playing = await student.page.evaluate(
    () => window.ledgertown.stores.role.getState().playing.kind,
  );
  expect(playing, `the lesson plays ${playing}`).toBe('appealsOfficer');
  await student.page.getByRole('button', { name: 'Scenarios' }).click();
  await student.page.waitForSelector('.role-picker');
  const options = await student.page.$$eval('.role-picker input', (els) =>
    (els as HTMLInputElement[]).map((e) => [e.value, e.disabled] as const),
  );
  expect(
    options.every(([value, disabled]) => disabled === (value !== 'appealsOfficer')),
    `role options: ${JSON.stringify(options)}`,
  ).toBe(true);
  await shot(student.page, 'roles-lesson-fixed');
  noErrors([...errors, ...student.errors]);
});

test('roles: in ?locale=zh-CN the role picker and the citizen desk show the role texts in Chinese', async ({
  openGame,
}) => {
  const { page, errors } = await openJournalistInChinese(openGame);
  const picker = (await page.textContent('.role-picker')) ?? '';
  for (const text of [
    '观察整个小镇', // the observer's description
    '公民：记者', // the protagonist's label
    '你撰写有关地方官员的报道', // their description
    '局里希望名单维持住', // the supervisor's message
  ]) {
    expect(picker, `the role picker lacks "${text}": ${picker}`).toContain(text);
  }
  expect(picker, `English role texts in the picker: ${picker}`).not.toMatch(
    /You write about|The bureau/,
  );
  await shot(page, 'roles-zh-picker');

  await page.getByRole('radio', { name: /^公民：记者/ }).check();
  await page.click('.start-form button[type="submit"]');
  await page.waitForSelector('.role-pane .role-desk .citizen-desk');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  const title = await page.textContent('.role-pane-title');
  expect(title, `desk title: ${title}`).toMatch(/^公民：记者/);
  const lead = await page.textContent('.role-lead');
  expect(lead, `who you are: ${lead}`).toMatch(/^你是.+，记者。你撰写有关地方官员的报道/);
  const goals = await page.$$eval('.role-goal-text', (els) => els.map((e) => e.textContent));
  expect(goals.length, `goals in Chinese: ${goals.join(' | ')}`).toBe(3);
  expect(goals[0], `goals in Chinese: ${goals.join(' | ')}`).toBe('发表你的调查报道。');
  const publish = page.getByRole('button', { name: '发表调查报道', exact: true });
  expect(await publish.count(), 'the choice "Publish the investigation" in Chinese').toBe(1);
  const desk = (await page.textContent('.citizen-desk')) ?? '';
  expect(desk, 'a choice described in Chinese').toContain('把你关于那位官员的报道发到网上。');
  expect(desk, `English choices: ${desk}`).not.toMatch(
    /Publish the investigation|Keep your head down/,
  );
  await shot(page, 'roles-zh-citizen-desk');
  noErrors(errors);
});

/** Latin-letter runs in `texts` that are not a name of the town's people or businesses. */
const latinBesidesNames = (page: Page, texts: string[]) =>
  page.evaluate((lines) => {
    const town = window.ledgertown.stores.town.getState();
    const names = new Set([...town.peopleNames, ...town.businessNames]);
    return lines.flatMap((line) =>
      (line.match(/[A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z]/g) ?? [])
        .filter((run) => !names.has(run))
        .map((run) => `${run} in: ${line}`),
    );
  }, texts);

test('roles: in ?locale=zh-CN a citizen’s ending explains in Chinese, names aside', async ({
  openGame,
}) => {
  const { page, errors } = await openJournalistInChinese(openGame);
  await startRole(page, '记者', /^公民：记者/);
  // Publish, keep quiet a week, appeal, then take the train until the story ends (day 36).
  const policy = ['发表调查报道', '低调行事', '申请移出任何名单', '坐高铁'];
  for (let week = 0; week < 20 && (await page.$('.role-stage')) === null; week++) {
    const choice = policy[Math.min(week, policy.length - 1)];
    await page.getByRole('button', { name: choice, exact: true }).click();
    await page.waitForFunction(
      (label) => document.querySelector('.role-chosen')?.textContent?.includes(label),
      choice,
    );
    const before = (await role(page)).frame!.citizen!.view.day;
    await page.click('.role-live');
    await page.waitForFunction(
      (day) => window.ledgertown.stores.role.getState().frame!.citizen!.view.day > day,
      before,
    );
    await idle(page);
  }
  await page.waitForSelector('.role-stage h2');
  const ended = (await role(page)).frame!.citizen!.status;
  expect(ended.ending?.kind, `the journalist's ending: ${JSON.stringify(ended.ending)}`).toBe(
    'win',
  );
  const lines = await page.$$eval('.role-explanation li', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(lines.length, `${lines.length} lines shown for the engine's ${storyLines(ended)}`).toBe(
    storyLines(ended),
  );
  const latin = await latinBesidesNames(page, lines);
  expect(latin, `Latin letters besides names:\n  ${latin.join('\n  ')}`).toEqual([]);
  expect(
    lines.every((line) => /^(故事开始之前|第 [\d、 ]+天[^：]*)：.*[\u4e00-\u9fff]{4}/.test(line)),
    `each line says its days and a Chinese sentence: ${lines.join(' | ')}`,
  ).toBe(true);
  expect(
    lines.some((line) => line.includes('申诉获准')),
    `the explanation tells how the appeal was decided: ${lines.join(' | ')}`,
  ).toBe(true);
  console.log(
    `     zh-CN ending on day ${ended.ending!.day}: ${lines.length} lines, e.g. ${lines[2]}`,
  );
  await shot(page, 'roles-zh-citizen-ending');
  await page.locator('.role-explanation li').last().scrollIntoViewIfNeeded();
  await shot(page, 'roles-zh-citizen-ending-truth');
  noErrors(errors);
});

test('roles: in ?locale=zh-CN the appeals officer reads the appellant in Chinese', async ({
  openGame,
}) => {
  const { page, errors } = await openJournalistInChinese(openGame);
  await startRole(page, '记者', /^申诉审理员/);
  await page.waitForSelector('.officer-desk');
  await page.getByRole('button', { name: '等待下一项申诉' }).click();
  await page.waitForSelector('.role-case', { timeout: 120_000 });
  await idle(page);
  const cases = await page.$$eval('.role-case', (els) =>
    els.map((el) => ({
      statement: el.querySelector('.role-statement')!.textContent ?? '',
      hint: el.querySelector('.role-hint')?.textContent ?? null,
    })),
  );
  const texts = cases.flatMap((c) => [c.statement, ...(c.hint === null ? [] : [c.hint])]);
  const latin = await latinBesidesNames(page, texts);
  expect(latin, `Latin letters besides names:\n  ${latin.join('\n  ')}`).toEqual([]);
  expect(
    texts.every((text) => /[\u4e00-\u9fff]{4}/.test(text)),
    `statements and hints in Chinese: ${texts.join(' | ')}`,
  ).toBe(true);
  console.log(`     zh-CN officer desk: ${cases.length} case(s), e.g. ${texts.join(' / ')}`);
  await page.locator('.role-case .role-decide').first().scrollIntoViewIfNeeded();
  await shot(page, 'roles-zh-officer-desk');
  noErrors(errors);
});
