/**
 * Class results in the browser: 30 students hand in through `window.ledgertown` (each a name,
 * a seed, predictions and a policy of weekly choices for the journalist), the teacher opens the 30
 * files at once, and every aggregate the screen shows is checked against the same figures
 * computed here in Node from the files; the class CSV has its header first and reads back through
 * the project's CSV reader; bad inputs each get their reason and lose nothing else; both
 * languages pass axe and the screen is reachable by keyboard.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from '../export/csvParser.mjs';
import { axeAudit } from './support/axe';
import { expect, noErrors, shot, test } from './support/game';

interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
}
interface HandInFile {
  name: string;
  seed: number;
  scenario: { id: string; hash: string };
  choices: { choice: string }[];
  ending: { kind: string } | null;
  figures: Record<string, number>;
  questions: { id: string; kind: string; options: { id: string; upTo: number | null }[] }[];
  answers: {
    question: string;
    prediction: number | string | string[] | null;
    observed: (number | null)[] | null;
    spread: Spread[] | null;
    explanation: string;
  }[];
}

const STUDENTS = 30;
/** The hand-ins of the first test, read by the next two (CLASS_E2E_DIR: reuse an earlier run's). */
const DIR = process.env.CLASS_E2E_DIR ?? join(tmpdir(), `ledgertown-class-${process.pid}`);
const NAMES = [
  'Ana',
  'Bo',
  'Chen Li',
  'Dara',
  'Emeka',
  'Fatima',
  'Gao Yan',
  'Hugo',
  'Ines',
  'Jun',
  'Kofi',
  'Lena',
  'Mei',
  'Noor',
  'Omar',
  'Pia',
  'Qiang',
  'Rosa',
  'Sami',
  'Tomás',
  'Uma',
  'Vik',
  'Wen',
  'Xu Ming',
  'Yara',
  'Zoe',
  '李华',
  'Élise',
  "O'Brien, Pat",
  '=SUM(A1)',
];

/** One student: their role, weekly choices, predictions and explanations, then the hand-in. */
async function handInStudent(
  page: Page,
  i: number,
): Promise<{ fileName: string; json: string; code: string }> {
  return page.evaluate(
    async ({ i, name }) => {
      const lt = window.ledgertown;
      // Each student starts from a blank answer sheet. The spread across seeds is the same for
      // every student of this scenario, so the first student's stays (it takes a worker half a
      // minute to compute under load; each student's own browser would compute it once).
      const sheet = lt.stores.predictions.getState().answers;
      if (sheet !== null)
        lt.stores.predictions.setState({
          answers: {
            ...sheet,
            answers: sheet.answers.map((a) => ({
              ...a,
              prediction: null,
              answeredDay: null,
              lockedDay: null,
              explanation: '',
              outcome: null,
            })),
          },
        });
      const ok = await lt.playRole(
        'journalist.yaml',
        { kind: 'citizen', protagonist: 'journalist' },
        { seed: 1000 + i * 7 },
      );
      if (!ok) throw new Error(`student ${i}: journalist did not load`);
      await lt.whenIdle();
      lt.predict('wrongful_end', 5 + ((i * 13) % 60));
      lt.predict('speech_change', ['falls_a_lot', 'falls_a_little', 'stays'][i % 3]);
      // Weekly choices: the student's own order of the actions, skipping those not open now.
      const order = ['publish', 'post', 'fly', 'train', 'apologise', 'appeal', 'quiet'];
      for (let week = 0; week < 6 + (i % 5); week++) {
        const view = lt.stores.role.getState().frame?.citizen?.view;
        if (!view || lt.stores.role.getState().frame?.citizen?.status.ending) break;
        const open = view.actions.filter((a) => a.available).map((a) => a.id);
        const wanted = order[(i + week * (1 + (i % 3))) % order.length];
        await lt.roleMove({
          kind: 'choose',
          action: open.includes(wanted) ? wanted : (open[0] ?? null),
        });
        await lt.step(7);
      }
      await lt.jumpTo(365);
      await lt.whenIdle();
      // The reveal's spread across seeds is computed once per scenario, in a worker.
      const start = Date.now();
      while (Date.now() - start < 120_000) {
        const answers = lt.predictions()?.answers ?? [];
        if (answers.length > 0 && answers.every((a) => a.spread !== null && a.outcome !== null))
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
      lt.explain('wrongful_end', `${name}: the flags were wrong <and> nobody was told (${i}).`);
      if (i % 4 !== 0) lt.explain('speech_change', `People saw neighbours refused; student ${i}.`);
      const handIn = lt.handIn(name);
      if (handIn === null) throw new Error('no hand-in');
      return handIn;
    },
    { i, name: NAMES[i] },
  );
}

// ---------------------------------------------------------------------------------------------
// The same figures in Node, from the files (written here, not imported from the game).

function summary(values: (number | null | undefined)[]) {
  const v = values.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, min: null, max: null };
  const mid = Math.floor(v.length / 2);
  return {
    n: v.length,
    median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2,
    min: v[0],
    max: v[v.length - 1],
  };
}

/** What a table row holds: the `data-value` of each cell. */
async function rowValues(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} td[data-value]`, (cells) =>
    cells.map((c) => c.getAttribute('data-value') ?? ''),
  );
}

const asCells = (s: { n: number; median: number | null; min: number | null; max: number | null }) =>
  [s.n, s.median, s.min, s.max].map((x) => (x === null ? '' : String(x)));

test.describe.configure({ mode: 'serial' });

test('class: 30 students hand in; the class screen shows what the files say', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  const codes: string[] = [];
  for (let i = 0; i < STUDENTS; i++) {
    const handIn = await handInStudent(page, i);
    const path = join(DIR, `${String(i).padStart(2, '0')}-${handIn.fileName}`);
    writeFileSync(path, handIn.json);
    files.push(path);
    codes.push(handIn.code);
  }
  const data: HandInFile[] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  expect(new Set(data.map((d) => d.name)).size).toBe(STUDENTS);
  expect(new Set(data.map((d) => d.seed)).size).toBe(STUDENTS);
  expect(new Set(data.map((d) => d.choices.map((c) => c.choice).join())).size).toBeGreaterThan(20);
  expect(data.every((d) => d.answers.length === 2 && d.answers[0].observed !== null)).toBe(true);
  writeFileSync(join(DIR, 'codes.txt'), codes.join('\n'));

  // The teacher: the hand-in dialog first (what a student sees), then the class screen.
  await page.getByRole('button', { name: 'Hand in', exact: true }).click();
  await page.fill('input[name=student-name]', 'Ana');
  await shot(page, 'class-hand-in');
  await axeAudit(page, 'hand-in dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Class results', exact: true }).click();
  await page.waitForSelector('#class-title');
  await page.setInputFiles('.class-file-input', files);
  await page.waitForSelector('.class-page');
  await expect(page.locator('.class-add [role=status]')).toHaveText(
    'Read 30 hand-ins: 30 kept, 0 set aside.',
  );

  // Predictions: the number question against the runs and the seeds' spread.
  const wrongful = data.map((d) => d.answers.find((a) => a.question === 'wrongful_end')!);
  const q = '[data-question="wrongful_end"]';
  expect(await rowValues(page, `${q} tr[data-row=predicted]`)).toEqual(
    asCells(summary(wrongful.map((a) => a.prediction as number))),
  );
  expect(await rowValues(page, `${q} tr[data-row=observed]`)).toEqual(
    asCells(summary(wrongful.map((a) => a.observed?.[0]))),
  );
  const spreads = wrongful.map((a) => a.spread![0]);
  const spread = {
    n: spreads.length,
    median: summary(spreads.map((s) => s.median)).median,
    min: summary(spreads.map((s) => s.min)).min,
    max: summary(spreads.map((s) => s.max)).max,
  };
  expect(await rowValues(page, `${q} tr[data-row=spread]`)).toEqual(asCells(spread));

  // The choice question: the class's choices and the options the runs fell in.
  const speech = data[0].questions.find((x) => x.id === 'speech_change')!;
  for (const option of speech.options) {
    const predicted = data.filter(
      (d) => d.answers.find((a) => a.question === 'speech_change')!.prediction === option.id,
    ).length;
    const observed = data.filter((d) => {
      const v = d.answers.find((a) => a.question === 'speech_change')!.observed![0]!;
      const fell =
        speech.options.find((o) => o.upTo === null || v <= o.upTo) ?? speech.options.at(-1)!;
      return fell.id === option.id;
    }).length;
    expect(
      await rowValues(page, `[data-question="speech_change"] tr[data-row="${option.id}"]`),
    ).toEqual([String(predicted), String(observed)]);
  }

  // Endings of the journalist and the flow from first move to ending.
  const role = '[data-role="citizen:journalist"]';
  const endings = new Map<string, number>();
  const flows = new Map<string, number>();
  for (const d of data) {
    const ending = d.ending?.kind ?? 'none';
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
    const flow = `${d.choices[0]?.choice ?? ''}>${ending}`;
    flows.set(flow, (flows.get(flow) ?? 0) + 1);
  }
  for (const [ending, count] of endings)
    expect(await rowValues(page, `${role} [data-table=endings] tr[data-row="${ending}"]`)).toEqual([
      String(count),
    ]);
  const shownFlows = await page.$$eval(`${role} [data-table=flows] tbody tr`, (rows) =>
    rows.map(
      (r) =>
        `${r.getAttribute('data-first')}>${r.getAttribute('data-ending')}:${r.querySelector('td[data-value]')?.getAttribute('data-value')}`,
    ),
  );
  expect(shownFlows.sort()).toEqual([...flows].map(([f, n]) => `${f}:${n}`).sort());

  // The runs' figures side by side.
  const figureRows = await page.$$eval('[data-table=figures] tbody tr', (rows) =>
    rows.map((r) => r.getAttribute('data-row')!),
  );
  expect(figureRows.length).toBeGreaterThanOrEqual(8);
  for (const key of figureRows)
    expect(await rowValues(page, `[data-table=figures] tr[data-row="${key}"]`)).toEqual(
      asCells(summary(data.map((d) => d.figures[key]))),
    );

  // The student list: every name shown as typed, sortable by seed both ways.
  const names = await page.$$eval('.class-students tbody th.class-name', (cells) =>
    cells.map((c) => c.textContent),
  );
  expect([...names].sort()).toEqual(data.map((d) => d.name).sort());
  await page.click('button[data-sort=seed]');
  const seedsUp = await page.$$eval('.class-students tbody tr td:nth-of-type(1)', (c) =>
    c.map((x) => Number(x.textContent)),
  );
  expect(seedsUp).toEqual(data.map((d) => d.seed).sort((a, b) => a - b));
  await page.click('button[data-sort=seed]');
  const seedsDown = await page.$$eval('.class-students tbody tr td:nth-of-type(1)', (c) =>
    c.map((x) => Number(x.textContent)),
  );
  expect(seedsDown).toEqual([...seedsUp].reverse());

  // The explanations, one after another.
  const explained = data.flatMap((d) => d.answers.filter((a) => a.explanation.trim() !== ''));
  // One at a time by default, for reading out or projecting; all at once on request.
  await expect(page.locator('.class-explanation')).toHaveCount(1);
  await expect(page.locator('.class-explanations [role=status]')).toHaveText(
    `1 of ${explained.length}`,
  );
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.class-explanations [role=status]')).toHaveText(
    `2 of ${explained.length}`,
  );
  await page.locator('.class-projector input').check();
  await page.locator('.class-explanations').scrollIntoViewIfNeeded();
  await shot(page, 'class-projector-explanation');
  await page.locator('.class-projector input').uncheck();
  await page.getByRole('button', { name: 'All at once' }).click();
  await expect(page.locator('.class-explanation')).toHaveCount(explained.length);
  const texts = await page.$$eval('.class-explanation-text', (els) =>
    els.map((e) => e.textContent),
  );
  expect(texts.sort()).toEqual(explained.map((a) => a.explanation).sort());

  // The class CSV: header first, one row per student, read back by the project's reader.
  const download = page.waitForEvent('download');
  await page.click('button[data-class=csv]');
  const csvPath = join(DIR, 'class.csv');
  await (await download).saveAs(csvPath);
  const rows = parseCsv(readFileSync(csvPath, 'utf8'));
  const header = rows[0];
  expect(header.slice(0, 3)).toEqual(['name', 'role', 'protagonist']);
  expect(header.slice(-4)).toEqual(['ledgertown_version', 'scenario_id', 'scenario_hash', 'seed']);
  expect(rows).toHaveLength(STUDENTS + 1);
  const col = (name: string) => header.indexOf(name);
  for (const d of data) {
    const row = rows.find((r) => r[col('seed')] === String(d.seed))!;
    expect(row[col('name')]).toBe(d.name.startsWith('=') ? `'${d.name}` : d.name);
    expect(row[col('ending')]).toBe(d.ending?.kind ?? '');
    expect(row[col('predict_wrongful_end')]).toBe(String(d.answers[0].prediction));
    expect(row[col('scenario_hash')]).toBe(d.scenario.hash);
  }

  await page.evaluate(() => document.querySelector('.class-screen')?.scrollTo(0, 0));
  await shot(page, 'class-screen');
  await page.locator('.class-page').screenshot({ path: join('test-results', 'class-page.png') });
  await axeAudit(page, 'class screen');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join('test-results', 'class-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  noErrors(errors);
});

test('class: bad inputs each get their reason and lose nothing else', async ({ openGame }) => {
  const { page, errors } = await openGame();
  const files = Array.from({ length: STUDENTS }, (_, i) => i)
    .map((i) => readdirPrefix(i))
    .filter((f): f is string => f !== null)
    .slice(0, 5);
  expect(files).toHaveLength(5);
  const good: HandInFile[] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const bad = join(DIR, 'bad');
  mkdirSync(bad, { recursive: true });
  writeFileSync(join(bad, 'garbage.json'), Buffer.from([0, 159, 146, 150, 1, 2, 3]));
  writeFileSync(join(bad, 'huge.json'), Buffer.alloc(10 * 1024 * 1024, 32));
  writeFileSync(
    join(bad, 'wrong-shape.json'),
    JSON.stringify({ format: 'ledgertown-hand-in', version: 1, name: 5 }),
  );
  const tampered = JSON.parse(readFileSync(files[1], 'utf8'));
  tampered.figures.totalNewListings += 1;
  writeFileSync(join(bad, 'tampered.json'), JSON.stringify(tampered));
  writeFileSync(join(bad, 'copy.json'), readFileSync(files[0]));

  // A hand-in of another scenario, and one whose name is markup, made in this page.
  const other = await page.evaluate(async () => {
    await window.ledgertown.loadScenario('welcome.yaml', { seed: 4, day: 20 });
    await window.ledgertown.whenIdle();
    return window.ledgertown.handIn('<img src=x onerror="window.__owned=1"><b>Bold</b>');
  });
  writeFileSync(join(bad, 'other-scenario.json'), other!.json);

  await page.getByRole('button', { name: 'Class results', exact: true }).click();
  await page.setInputFiles('.class-file-input', [
    ...files,
    ...[
      'garbage.json',
      'huge.json',
      'wrong-shape.json',
      'tampered.json',
      'copy.json',
      'other-scenario.json',
    ].map((f) => join(bad, f)),
  ]);
  await page.waitForSelector('.class-page');
  const codes = readFileSync(join(DIR, 'codes.txt'), 'utf8').split('\n');
  await page.fill(
    '.class-add textarea',
    `Pat 10:02 ${codes[10]}\nRay: ${codes[11].slice(0, Math.floor(codes[11].length / 2))}`,
  );
  await page.getByRole('button', { name: 'Read the codes' }).click();
  await expect(page.locator('.class-add [role=status]')).toHaveText(
    'Read 2 hand-ins: 1 kept, 1 set aside.',
  );

  const reasons = await page.$$eval('.class-rejected tbody tr', (rows) =>
    rows.map((r) => [
      r.children[0].textContent,
      r.getAttribute('data-problem'),
      r.children[1].textContent,
    ]),
  );
  const byFile = Object.fromEntries(reasons.map(([f, kind, text]) => [f, { kind, text }]));
  expect(byFile['garbage.json'].kind).toBe('notJson');
  expect(byFile['huge.json']).toEqual({
    kind: 'tooLarge',
    text: expect.stringContaining('10,486 KB'),
  });
  expect(byFile['wrong-shape.json'].kind).toBe('badShape');
  expect(byFile['tampered.json'].text).toContain('seal does not match');
  expect(byFile['copy.json'].text).toContain(files[0].split('/').pop());
  expect(byFile['code 2'].text).toBe('the code is cut off: paste all of it');
  expect(reasons).toHaveLength(6);

  // Kept: the five files and the pasted code in one group, the other scenario in its own.
  await expect(page.locator('[data-groups]')).toContainText('2 different scenarios or rule sets');
  const journalist = good[0].scenario.hash;
  await expect(page.locator(`[data-group="${journalist}"] .class-students tbody tr`)).toHaveCount(
    6,
  );
  await page.selectOption('.class-groups select', { index: 1 });
  const shownName = page.locator('.class-students tbody th.class-name');
  await expect(shownName).toHaveText('<img src=x onerror="window.__owned=1"><b>Bold</b>');
  expect(await page.locator('.class-students img, .class-students b').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __owned?: number }).__owned),
  ).toBeUndefined();
  await shot(page, 'class-bad-inputs');

  // Saved only when asked; back after a reload; forgotten on request.
  expect(await page.evaluate(() => localStorage.getItem('ledgertown.class.v1'))).toBeNull();
  await page.click('button[data-class=save]');
  await expect(page.locator('.class-note[role=alert]')).toHaveText('Saved: 7 students.');
  // The reload restores the town last played; the top bar has the button too.
  await page.reload();
  await page.getByRole('button', { name: 'Class results', exact: true }).click();
  await expect(page.locator('.class-note[role=alert]')).toHaveText(
    'Your saved class is back: 7 students.',
  );
  page.once('dialog', (dialog) => void dialog.accept());
  await page.click('button[data-class=forget]');
  expect(await page.evaluate(() => localStorage.getItem('ledgertown.class.v1'))).toBeNull();
  await expect(page.locator('.report-empty')).toBeVisible();
  noErrors(errors);
});

test('class: in Chinese, by keyboard, with a corrupt saved class', async ({ openGame }) => {
  const { page, errors } = await openGame('?locale=zh-CN');
  await page.evaluate(() =>
    localStorage.setItem('ledgertown.class.v1', '{"version":1,"students":['),
  );
  // From the start screen by keyboard alone.
  const button = page.getByRole('button', { name: '全班结果', exact: true });
  for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#class-title');
  await expect(page.locator('.class-note[role=alert]')).toContainText(
    'ledgertown.class.v1.corrupt.',
  );
  const files = Array.from({ length: 12 }, (_, i) => readdirPrefix(i)).filter(
    (f): f is string => f !== null,
  );
  await page.setInputFiles('.class-file-input', files);
  await page.waitForSelector('.class-page');
  await expect(page.locator('.class-add [role=status]')).toHaveText(
    '读取了 12 份作业：保留 12 份，搁置 0 份。',
  );
  // Tab reaches the sort buttons and the table toggles.
  await page.locator('button[data-sort=name]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');
  await shot(page, 'class-screen-zh-CN');
  await axeAudit(page, 'class screen zh-CN');
  noErrors(errors);
});

/** The saved hand-in file of student `i` from the first test, or null. */
function readdirPrefix(i: number): string | null {
  const prefix = `${String(i).padStart(2, '0')}-`;
  try {
    const name = readdirSync(DIR).find((f) => f.startsWith(prefix));
    return name === undefined ? null : join(DIR, name);
  } catch {
    return null;
  }
}
