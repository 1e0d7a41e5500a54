/**
 * Browser test of determinism across runtimes: a shipped scenario run in the game's worker gives
 * the same per-day metrics, to the last bit, as the same scenario, seed and days run in Node.
 * Registered by run.mjs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const FILE = 'welcome.yaml';
const SEED = 7;
const DAYS = 60;

/**
 * Per-day metric series as one JSON text with the metric names sorted, so both runs compare byte
 * for byte whatever order their objects were filled in.
 */
function canonicalMetrics(series) {
  const names = Object.keys(series).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(names.map((name) => [name, Array.from(series[name])]));
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The Node side: the engine run by tsx in a child process, its metrics read from its JSON. */
function nodeMetrics() {
  const result = spawnSync(
    'npx',
    ['tsx', 'tests/e2e/nodeMetrics.ts', join('scenarios', FILE), String(SEED), String(DAYS)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`nodeMetrics.ts failed:\n${result.stderr}`);
  return canonicalMetrics(JSON.parse(result.stdout));
}

export function determinismTests({ test, check, openGame, loadTown, noErrors }) {
  test(`${FILE}, seed ${SEED}, ${DAYS} days: the worker's metrics equal Node's`, async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    await loadTown(page, FILE, { seed: SEED });
    await page.evaluate((days) => window.ledgertown.jumpTo(days), DAYS);
    await page.waitForFunction((days) => window.ledgertown.state().day === days, DAYS);
    await page.evaluate(() => window.ledgertown.whenIdle());
    const series = await page.evaluate(() => window.ledgertown.stores.town.getState().metrics);
    const names = Object.keys(series);
    check(names.length >= 20, `expected the metric series, got ${names.length} names`);
    for (const name of names) {
      check(series[name].length === DAYS, `${name} has ${series[name].length} days, not ${DAYS}`);
    }
    const inBrowser = canonicalMetrics(series);
    const inNode = nodeMetrics();
    check(
      sha256(inBrowser) === sha256(inNode),
      `metrics differ: browser ${sha256(inBrowser)} (${inBrowser.length} B), node ${sha256(inNode)} (${inNode.length} B)`,
    );
    console.log(
      `     ${names.length} series × ${DAYS} days, sha256 ${sha256(inNode).slice(0, 16)}`,
    );
    noErrors(errors);
  });
}
