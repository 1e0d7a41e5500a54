/**
 * Browser tests of the exports and the report: each download parses, carries its stamp on every
 * row, and is byte for byte the file the command line writes for the same scenario, seed and day;
 * the printable report shows the stamp and the charts and prints on one A4 page.
 * Registered by run.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../export/csvParser.mjs';
import { ROOT } from './harness.mjs';

const STAMP = ['ledgertown_version', 'scenario_id', 'scenario_hash', 'seed'];

/** Registers the export tests with run.mjs's helpers. */
export function exportTests({ test, check, openGame, loadTown, shot, noErrors }) {
  /** Clicks a download button in the report and returns the file's name and text. */
  async function download(page, kind) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`.report-download-buttons [data-export="${kind}"]`),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  test('export: downloads parse, carry their stamps and equal the command line’s files', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
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
    check(days.name === 'ledgertown-welcome-seed3-day30-days.csv', `file name ${days.name}`);
    check(people.name.endsWith('-people.csv') && json.name.endsWith('-run.json'), 'file names');

    for (const [name, file, rowsExpected] of [
      ['days', days, 30],
      ['people', people, 2000],
    ]) {
      const [header, ...rows] = parseCsv(file.text);
      check(rows.length === rowsExpected, `${name}: ${rows.length} rows`);
      check(
        JSON.stringify(header.slice(-4)) === JSON.stringify(STAMP),
        `${name}: header ends ${header.slice(-4)}`,
      );
      for (const row of rows) {
        check(row.length === header.length, `${name}: a row of ${row.length} fields`);
        const stamp = row.slice(-4).join(',');
        check(stamp === `${version},welcome,${hash},3`, `${name}: stamp ${stamp}`);
      }
    }
    const report = JSON.parse(json.text);
    check(report.version === version && report.seed === 3 && report.days === 30, 'JSON stamp');
    check(report.scenario.id === 'welcome' && report.scenario.hash === hash, 'JSON scenario');
    check(report.metrics.listed.length === 30, 'JSON metrics per day');
    check(report.outcomes.length === 2000, 'JSON outcomes per person');

    // The command line writes the same bytes for the same scenario, seed and day.
    const work = mkdtempSync(join(tmpdir(), 'ledgertown-export-e2e-'));
    try {
      const out = (name) => join(work, name);
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
      check(cli.status === 0, `the command line failed: ${cli.stderr}`);
      check(readFileSync(out('days.csv'), 'utf8') === days.text, 'days CSV differs from the CLI');
      check(readFileSync(out('people.csv'), 'utf8') === people.text, 'people CSV differs');
      check(readFileSync(out('run.json'), 'utf8') === json.text, 'JSON differs from the CLI');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    noErrors(errors);
  });

  test('report: the printable report shows the stamp and the charts, on one A4 page', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    await loadTown(page, 'journalist.yaml', { day: 120 });
    const { seed, hash } = await page.evaluate(() => window.ledgertown.stores.session.getState());
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    await page.waitForSelector('.report-chart img');
    const facts = await page.textContent('.report-facts');
    check(facts.includes(String(seed)) && facts.includes(hash), `facts: ${facts}`);
    check(facts.includes('120 of 365'), `facts: ${facts}`);
    const images = await page.$$eval('.report-chart img', (els) =>
      els.map((img) => img.naturalWidth),
    );
    check(images.length >= 6 && images.every((w) => w > 100), `chart images: ${images}`);
    check((await page.$$('.report-figures tr')).length >= 12, 'key figures missing');
    await page.fill('.report-answer input', 'A. Student');
    await page.fill('.report-answer textarea', 'Most listings rested on what the platform saw.');
    await shot(page, 'report-screen');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    check(pages.length === 1, `the report prints on ${pages.length} pages`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1040 });
    await shot(page, 'report-print');
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.report', { state: 'detached' });
    noErrors(errors);
  });
}
