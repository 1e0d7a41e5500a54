/**
 * One copy of the engine: the served site and the single file (npm run build:single) each start
 * every Web Worker from the same script, the only script that holds the engine code, across a
 * session that plays the town, runs the planner's plan, compares A and B, checks the claims and
 * computes the answer key. Every worker the page starts is recorded as it is constructed (its
 * script read from its URL, or from the blob it was made from), and cross-checked against the
 * workers Playwright saw start; the engine code is recognised by a string only it contains (the
 * name of the per-list metric `listedShare_<list>`, src/engine/systems/metrics.ts).
 */
import { createHash } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { expect, noErrors, test, type GameSession } from './support/game';
import { buildSingleFile, readSingleFile } from './support/site';

/** In the engine's code once; minifying keeps it (tests/bench/browser.mjs counts copies by it). */
const ENGINE_MARKER = 'listedShare_';

/** Every service the engine worker serves, as the worker's name gives it. */
const SERVICES = [
  'ledgertown-compare',
  'ledgertown-figures',
  'ledgertown-plan',
  'ledgertown-simulation',
];

/** A worker the page started: its script's address, its name, its script. */
interface StartedWorker {
  href: string;
  name: string;
  text: string;
}

/**
 * Records every worker the page constructs, before any of the page's code runs: its address and
 * name, and its script (fetched from its address, or read from the blob behind a blob: address,
 * which the game revokes as soon as the worker has started).
 */
function recordWorkers(): void {
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const started: { href: string; name: string; text: Promise<string> }[] = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const href = new URL(String(url), location.href).href;
      const blob = blobs.get(href);
      const text = blob
        ? blob.text()
        : href.startsWith('data:')
          ? Promise.resolve(decodeURIComponent(href.slice(href.indexOf(',') + 1)))
          : fetch(href).then((response) => response.text());
      started.push({ href, name: options?.name ?? '', text });
    }
  };
  (window as unknown as { startedWorkers: typeof started }).startedWorkers = started;
}

/** The workers the page has started so far, with their scripts. */
const startedWorkers = (page: Page): Promise<StartedWorker[]> =>
  page.evaluate(() =>
    Promise.all(
      (
        window as unknown as {
          startedWorkers: { href: string; name: string; text: Promise<string> }[];
        }
      ).startedWorkers.map(async ({ href, name, text }) => ({ href, name, text: await text })),
    ),
  );

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const count = (text: string, part: string) => text.split(part).length - 1;

/** Counts the workers Playwright sees start on `page` (whatever made them). */
function watchWorkers(page: Page): { seen: string[] } {
  const seen: string[] = [];
  page.on('worker', (worker) => seen.push(worker.url()));
  return { seen };
}

/**
 * The session: the planner's plan on Counterfeit street, the default town played a few days,
 * Compare A/B, the claims checked (stopped after the first run) and the answer key computed on
 * reaching the questions' day (waited for until its first run is done).
 */
async function useEveryService(session: GameSession): Promise<void> {
  const { page } = session;
  await page.waitForSelector('.scenario-item');

  // The planner: the scenario's own rules as the plan, judged against themselves.
  await page.locator('.scenario-item', { hasText: 'Counterfeit street' }).click();
  await page.getByRole('radio', { name: /^Planner/ }).check();
  await page.click('.start-form button[type="submit"]');
  await page.waitForSelector('.planner-desk');
  await page.getByRole('button', { name: 'Run the plan' }).click();
  await page.waitForSelector('.role-stage h2', { timeout: 240_000 });

  // The town: the default scenario, played a few days.
  const loaded = await page.evaluate(() => window.ledgertown.loadScenario('welcome.yaml'));
  expect(loaded, 'welcome.yaml did not load').toBe(true);
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  await page.evaluate(() => window.ledgertown.step(3));
  expect((await page.evaluate(() => window.ledgertown.state())).day).toBe(3);

  // Compare A/B.
  await page.getByRole('button', { name: 'Compare A/B' }).click();
  await page.waitForSelector('.compare-result', { timeout: 180_000 });
  await page.keyboard.press('Escape');

  // The claims: checked until the first run is in, then stopped.
  await page.evaluate(() => window.ledgertown.stores.prefs.setState({ panel: 'story' }));
  await page.click('.claims-check summary');
  await page.click('.claims-check .claims-actions button');
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLProgressElement>('.claims-check progress')?.value) >= 1,
    null,
    { timeout: 180_000 },
  );
  await page.click('.claims-check .claims-actions button');

  // The answer key: reaching the questions' day starts it; its first run done is enough here.
  await page.evaluate(() => window.ledgertown.jumpTo(365));
  await page.waitForFunction(
    () => {
      const spread = window.ledgertown.stores.predictions.getState().spread;
      return spread.status === 'done' || (spread.status === 'running' && spread.done >= 1);
    },
    null,
    { timeout: 240_000 },
  );
}

/** The names of the services started, once each, sorted. */
const servicesOf = (workers: StartedWorker[]) => [...new Set(workers.map((w) => w.name))].sort();

test('workers: the served site starts every worker from one script, the only copy of the engine', async ({
  newSession,
  url,
}) => {
  const session = await newSession();
  const { page, context, errors } = session;
  await context.addInitScript(recordWorkers);
  const seen = watchWorkers(page);
  // Every script the page and its workers load, by address.
  const scripts = new Map<string, Promise<string>>();
  const onResponse = (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/javascript/.test(type) && !scripts.has(response.url()))
      scripts.set(
        response.url(),
        response.text().catch(() => ''),
      );
  };
  context.on('response', onResponse);
  await page.goto(url);
  await useEveryService(session);

  const workers = await startedWorkers(page);
  const urls = [...new Set(workers.map((w) => w.href))];
  const loaded = await Promise.all(
    [...scripts].map(async ([address, text]) => ({ address, text: await text })),
  );
  const engineScripts = loaded.filter((s) => s.text.includes(ENGINE_MARKER));
  console.log(
    `     served site: ${workers.length} workers started (${servicesOf(workers).join(', ')}) from ` +
      `${urls.length} script(s); ${loaded.length} scripts loaded, the engine in ` +
      engineScripts.map((s) => s.address.replace(url, '')).join(', '),
  );
  expect(urls, 'every worker starts from the same script').toHaveLength(1);
  expect(
    engineScripts.map((s) => s.address),
    'the engine code is in one script, the workers’',
  ).toEqual(urls);
  expect(count(engineScripts[0].text, ENGINE_MARKER), 'one copy in it').toBe(1);
  expect(servicesOf(workers), 'the session used every service').toEqual(SERVICES);
  expect(seen.seen.length, 'Playwright saw the same workers start').toBe(workers.length);
  noErrors(errors);
});

test('workers: the single file starts every worker from one script, the only copy of the engine', async ({
  newSession,
}) => {
  const { out, ok, log } = buildSingleFile('ledgertown-single-workers-');
  try {
    expect(ok, `build:single failed:\n${log}`).toBe(true);
    const file = join(out, 'ledgertown.html');
    // The file keeps the game's script packed; the engine is counted in the whole, unpacked.
    const { html: packed, script } = readSingleFile(file);
    const html = packed + script;

    const session = await newSession();
    const { page, context, errors } = session;
    await context.addInitScript(recordWorkers);
    const seen = watchWorkers(page);
    await page.goto(`file://${file}`);
    await useEveryService(session);

    const workers = await startedWorkers(page);
    const scripts = [...new Set(workers.map((w) => digest(w.text)))];
    console.log(
      `     single file (${(statSync(file).size / 1024).toFixed(0)} KB): ${workers.length} workers ` +
        `started (${servicesOf(workers).join(', ')}) from ${scripts.length} script(s); ` +
        `the engine ${count(html, ENGINE_MARKER)} time(s) in the file`,
    );
    expect(count(html, ENGINE_MARKER), 'the file holds one copy of the engine code').toBe(1);
    expect(scripts, 'every worker starts from the same script').toHaveLength(1);
    expect(count(workers[0].text, ENGINE_MARKER), 'the engine is in that script').toBe(1);
    expect(
      workers.every((w) => w.href.startsWith('blob:')),
      'workers start from blob: addresses',
    ).toBe(true);
    expect(servicesOf(workers), 'the session used every service').toEqual(SERVICES);
    expect(seen.seen.length, 'Playwright saw the same workers start').toBe(workers.length);
    noErrors(errors);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
