/**
 * Determinism across runtimes: a shipped scenario run in the game's worker gives the same per-day
 * metrics, to the last bit, as the same scenario, seed and days run in Node.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, loadTown, noErrors, test } from './support/game';
import { ROOT } from './support/site';

const FILE = 'welcome.yaml';
const SEED = 7;
const DAYS = 60;

type Series = Record<string, ArrayLike<number>>;

/**
 * Per-day metric series as one JSON text with the metric names sorted, so both runs compare byte
 * for byte whatever order their objects were filled in.
 */
function canonicalMetrics(series: Series): string {
  const names = Object.keys(series).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(names.map((name) => [name, Array.from(series[name])]));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The Node side: the engine run by tsx in a child process, its metrics read from its JSON. */
function nodeMetrics(): string {
  const result = spawnSync(
    'npx',
    [
      'tsx',
      'tests/e2e/support/nodeMetrics.ts',
      join('scenarios', FILE),
      String(SEED),
      String(DAYS),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`nodeMetrics.ts failed:\n${result.stderr}`);
  return canonicalMetrics(JSON.parse(result.stdout) as Series);
}

test(`${FILE}, seed ${SEED}, ${DAYS} days: the worker's metrics equal Node's`, async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  await loadTown(page, FILE, { seed: SEED });
  await page.evaluate((days) => window.ledgertown.jumpTo(days), DAYS);
  await page.waitForFunction((days) => window.ledgertown.state().day === days, DAYS);
  await page.evaluate(() => window.ledgertown.whenIdle());
  const series: Series = await page.evaluate(
    () => window.ledgertown.stores.town.getState().metrics,
  );
  const names = Object.keys(series);
  expect(
    names.length,
    `expected the metric series, got ${names.length} names`,
  ).toBeGreaterThanOrEqual(20);
  for (const name of names) {
    expect(series[name].length, `${name} has ${series[name].length} days, not ${DAYS}`).toBe(DAYS);
  }
  const inBrowser = canonicalMetrics(series);
  const inNode = nodeMetrics();
  expect(
    sha256(inBrowser),
    `metrics differ: browser ${sha256(inBrowser)} (${inBrowser.length} B), node ${sha256(inNode)} (${inNode.length} B)`,
  ).toBe(sha256(inNode));
  console.log(`     ${names.length} series × ${DAYS} days, sha256 ${sha256(inNode).slice(0, 16)}`);
  noErrors(errors);
});
