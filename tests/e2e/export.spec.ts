/**
 * The exports and the report: each download parses, carries its stamp on every row, and is byte
 * for byte the file the command line writes for the same scenario, seed and day; the printable
 * report shows the stamp and the charts and prints on one A4 or US Letter page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from '../export/csvParser.mjs';
import { expect, loadTown, noErrors, shot, test } from './support/game';
import { ROOT } from './support/site';

const STAMP = ['ledgertown_version', 'scenario_id', 'scenario_hash', 'seed'];

/** Clicks a download button in the report and returns the file's name and text. */
async function download(page: Page, kind: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`.report-download-buttons [data-export="${kind}"]`),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('export: downloads parse, carry their stamps and equal the command line’s files', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 3, day: 30 });
  const { version, hash } = await page.evaluate(() => ({
    version: window.ledgertown.version,
    hash: window.ledgertown.stores.session.getState().hash,
  }));
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.waitForSelector('.report-download-buttons');
  const days = await download(page, 'metrics');
  const people = await download(page, 'people');
  const json = await download(page, 'json');
  expect(days.name, `file name ${days.name}`).toBe('ledgertown-welcome-seed3-day30-days.csv');
  expect(people.name, 'file names').toMatch(/-people\.csv$/);
  expect(json.name, 'file names').toMatch(/-run\.json$/);

  for (const [name, file, rowsExpected] of [
    ['days', days, 30],
    ['people', people, 2000],
  ] as const) {
    const [header, ...rows] = parseCsv(file.text);
    expect(rows.length, `${name}: ${rows.length} rows`).toBe(rowsExpected);
    expect(JSON.stringify(header.slice(-4)), `${name}: header ends ${header.slice(-4)}`).toBe(
      JSON.stringify(STAMP),
    );
    for (const row of rows) {
      expect(row.length, `${name}: a row of ${row.length} fields`).toBe(header.length);
      const stamp = row.slice(-4).join(',');
      expect(stamp, `${name}: stamp ${stamp}`).toBe(`${version},welcome,${hash},3`);
    }
  }
  const report = JSON.parse(json.text);
  expect(report.version, 'JSON stamp').toBe(version);
  expect(report.seed, 'JSON stamp').toBe(3);
  expect(report.days, 'JSON stamp').toBe(30);
  expect(report.scenario.id, 'JSON scenario').toBe('welcome');
  expect(report.scenario.hash, 'JSON scenario').toBe(hash);
  expect(report.metrics.listed.length, 'JSON metrics per day').toBe(30);
  expect(report.outcomes.length, 'JSON outcomes per person').toBe(2000);

  // The command line writes the same bytes for the same scenario, seed and day.
  const work = mkdtempSync(join(tmpdir(), 'ledgertown-export-e2e-'));
  try {
    const out = (name: string) => join(work, name);
    const cli = spawnSync(
      'npx',
      [
        'tsx',
        'src/cli/main.ts',
        'run',
        'scenarios/welcome.yaml',
        '--seed',
        '3',
        '--days',
        '30',
        '--out',
        out('run.json'),
        '--csv',
        out('days.csv'),
        '--people',
        out('people.csv'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(cli.status, `the command line failed: ${cli.stderr}`).toBe(0);
    // Compared as booleans: a failure names the file rather than printing two whole files.
    expect(
      readFileSync(out('days.csv'), 'utf8') === days.text,
      'days CSV differs from the CLI',
    ).toBe(true);
    expect(readFileSync(out('people.csv'), 'utf8') === people.text, 'people CSV differs').toBe(
      true,
    );
    expect(readFileSync(out('run.json'), 'utf8') === json.text, 'JSON differs from the CLI').toBe(
      true,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  noErrors(errors);
});

test('report: the printable report shows the stamp and the charts, on one A4 or Letter page', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, 'journalist.yaml', { day: 120 });
  const { seed, hash } = await page.evaluate(() => window.ledgertown.stores.session.getState());
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.waitForSelector('.report-chart img');
  const facts = (await page.textContent('.report-facts')) ?? '';
  expect(facts, `facts: ${facts}`).toContain(String(seed));
  expect(facts, `facts: ${facts}`).toContain(hash);
  expect(facts, `facts: ${facts}`).toContain('120 of 365');
  const images = await page.$$eval('.report-chart img', (els) =>
    (els as HTMLImageElement[]).map((img) => img.naturalWidth),
  );
  expect(images.length, `chart images: ${images}`).toBeGreaterThanOrEqual(6);
  expect(
    images.every((w) => w > 100),
    `chart images: ${images}`,
  ).toBe(true);
  expect(
    (await page.$$('.report-figures tr')).length,
    'key figures missing',
  ).toBeGreaterThanOrEqual(12);
  await page.fill('.report-answer input', 'A. Student');
  await page.fill('.report-answer textarea', 'Most listings rested on what the platform saw.');
  await shot(page, 'report-screen');
  // One page on the paper of either side of the Atlantic: A4 and US Letter.
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `the report prints on ${pages.length} ${format} pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1040 });
  await shot(page, 'report-print');
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.report', { state: 'detached' });
  noErrors(errors);
});
