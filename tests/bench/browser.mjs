/**
 * Browser benchmark: builds the site, serves it, and drives the default scenario in headless
 * Chromium with software rendering (--disable-gpu). Prints one JSON line:
 *   people     people in the default town
 *   fps        map frames per second while playing at 1× (5 s window)
 *   loadMs     navigation to the town drawn (restored from saved progress, as after a reload)
 *   startMs    navigation to the start screen listing every scenario
 * Load times are the fastest of LOAD_RUNS navigations (the first one with a cold cache): the
 * machine is shared, and the minimum is the least disturbed estimate of the page's own cost.
 *   jsGzipKB   all JavaScript in dist/ (main, map chunk, worker), gzip level 9
 *   engineCopies  copies of the engine code in dist/'s JavaScript (1: every worker runs one script)
 *   singleKB   the single file (`npm run build:single`, built here into a private folder)
 *   singleEngineCopies  copies of the engine code in the single file (its packed script unpacked)
 *   startJsGzipKB  the JavaScript a first visit (cold cache) fetches before the start screen lists
 *              its scenarios: the page's scripts and the workers' (the catalogue is read by the
 *              simulation worker), gzip level 9; `startPageJsGzipKB` the same without the
 *              workers' entry scripts
 *   startChunks    the files counted in startJsGzipKB
 *   daysPerSecMax  simulated days per second at the "max" speed
 * Then one line per town size for the map with its events (markers, the town hall's board,
 * business marks) drawn: `{"bench":"browser-map", people, scenario, fps, target, markers, ok}`,
 * fps at 1× over a 5 s window from day FROM_DAY, `markers` the mean number of event markers drawn
 * per frame (sampled every 100 ms), against the targets: 60 fps at 2,000 people, 30 at 10,000.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { OUT_DIR, ROOT, buildSite, launchBrowser, removeSite, serveSite } from './harness.mjs';

const DEFAULT_SCENARIO = 'welcome.yaml';
const LOAD_RUNS = 3;
/** The map with events on: a 2,000-person town with cameras and a 10,000-person town. */
const MAP_RUNS = [
  { scenario: 'everything-recorded.yaml', target: 60 },
  { scenario: 'defaulters.yaml', target: 30 },
];
const FROM_DAY = 60;
/** A frame rate within this of the target counts as holding it (rAF runs at 60 at most). */
const TOLERANCE = 0.95;

/**
 * A string the engine's code holds once (the per-list metric's name, in
 * src/engine/systems/metrics.ts); tests/e2e/workers.spec.ts recognises the engine by it too.
 */
const ENGINE_MARKER = 'listedShare_';
const copies = (text) => text.split(ENGINE_MARKER).length - 1;

/**
 * The single file with its packed script (gzip, base64, in the data block that
 * build/packSingleFile.ts writes) unpacked after it, so the engine's copies can be counted.
 */
const PACKED_BLOCK = /<script type="application\/octet-stream" id="[^"]+">([^<]*)<\/script>/g;
const unpacked = (html) =>
  html +
  [...html.matchAll(PACKED_BLOCK)]
    .map(([, data]) => gunzipSync(Buffer.from(data.trim(), 'base64')).toString('utf8'))
    .join('');

buildSite();
const assets = join(OUT_DIR, 'assets');
/** Each script's gzip size (level 9) by file name. */
const jsFiles = new Map(
  readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name, readFileSync(join(assets, name))]),
);
const gzipSizes = new Map(
  [...jsFiles].map(([name, js]) => [name, gzipSync(js, { level: 9 }).length]),
);
const jsBytes = [...gzipSizes.values()].reduce((sum, size) => sum + size, 0);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const engineCopies = [...jsFiles.values()].reduce(
  (sum, js) => sum + copies(js.toString('utf8')),
  0,
);

// The single file, built into a private folder (dist-single/ may be in use).
const singleDir = mkdtempSync(join(tmpdir(), 'ledgertown-single-'));
let single;
try {
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.single.config.ts', '--outDir', singleDir, '--emptyOutDir'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build:single failed:\n${built.stdout}\n${built.stderr}`);
  const file = join(singleDir, 'ledgertown.html');
  single = { bytes: statSync(file).size, copies: copies(unpacked(readFileSync(file, 'utf8'))) };
} finally {
  rmSync(singleDir, { recursive: true, force: true });
}

const server = await serveSite();
const browser = await launchBrowser();
try {
  const { page, errors } = await browser.newPage();

  // Start screen: navigation until the scenario list is shown. The first (cold) visit also records
  // every script fetched until then, the page's and its workers'.
  const startTimes = [];
  const fetched = new Set();
  const workerScripts = new Set();
  const fileName = (url) => new URL(url).pathname.split('/').pop();
  const record = (request) => {
    if (gzipSizes.has(fileName(request.url()))) fetched.add(fileName(request.url()));
  };
  const recordWorker = (worker) => workerScripts.add(fileName(worker.url()));
  for (let run = 0; run < LOAD_RUNS; run++) {
    if (run === 0) page.on('request', record).on('worker', recordWorker);
    await page.goto(server.url);
    await page.waitForSelector('.scenario-item');
    startTimes.push(await page.evaluate(() => performance.now()));
    if (run === 0) page.off('request', record).off('worker', recordWorker);
  }
  const sizeOf = (names) => names.reduce((sum, name) => sum + gzipSizes.get(name), 0);
  const startBytes = sizeOf([...fetched]);
  const startPageBytes = sizeOf([...fetched].filter((name) => !workerScripts.has(name)));

  // Reload path: saved progress points at the default scenario, day 0; time until drawn.
  const loadTimes = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    await page.evaluate((fileName) => {
      localStorage.setItem(
        'ledgertown.progress',
        JSON.stringify({
          version: 1,
          fileName,
          seed: 1,
          day: 0,
          speed: 1,
          selected: null,
          lens: 'recorded',
          panel: 'story',
        }),
      );
    }, DEFAULT_SCENARIO);
    await page.goto(server.url);
    await page.waitForFunction(
      () =>
        window.ledgertown?.stats().figuresDrawn > 0 && window.ledgertown.debug.figurePosition(0),
    );
    loadTimes.push(await page.evaluate(() => performance.now()));
  }
  const startMs = Math.min(...startTimes);
  const loadMs = Math.min(...loadTimes);
  const people = await page.evaluate(() => window.ledgertown.state().people);

  // Frame rate at 1×: map frames over a 5 s window while the town runs.
  await page.evaluate(() => {
    window.ledgertown.setSpeed(1);
    window.ledgertown.play();
  });
  await page.waitForTimeout(1000);
  const fps = await page.evaluate(async () => {
    const before = window.ledgertown.stats().mapFrames;
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return ((window.ledgertown.stats().mapFrames - before) * 1000) / (performance.now() - t0);
  });

  // Max speed: days simulated per second from a fresh run.
  await page.evaluate(async () => {
    window.ledgertown.pause();
    await window.ledgertown.restart();
    await window.ledgertown.whenIdle();
    window.ledgertown.setSpeed('max');
  });
  const daysPerSecMax = await page.evaluate(async () => {
    const api = window.ledgertown;
    const startDay = api.state().day;
    const t0 = performance.now();
    api.play();
    const lastDay = api.state().lastDay;
    while (api.state().day < lastDay && performance.now() - t0 < 8000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const days = api.state().day - startDay;
    api.pause();
    return (days * 1000) / (performance.now() - t0);
  });

  // The map with its events at 2,000 and 10,000 people: fps at 1× and markers drawn per frame.
  const mapLines = [];
  for (const run of MAP_RUNS) {
    const loaded = await page.evaluate(
      ([fileName, day]) => window.ledgertown.loadScenario(fileName, { day }),
      [run.scenario, FROM_DAY],
    );
    if (!loaded) throw new Error(`${run.scenario} did not load`);
    await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
    await page.evaluate(() => {
      window.ledgertown.setSpeed(1);
      window.ledgertown.play();
    });
    await page.waitForTimeout(1500);
    const measured = await page.evaluate(async () => {
      const api = window.ledgertown;
      const before = api.stats().mapFrames;
      const t0 = performance.now();
      let markers = 0;
      let samples = 0;
      while (performance.now() - t0 < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        markers += api.stats().markersDrawn;
        samples++;
      }
      const fps = ((api.stats().mapFrames - before) * 1000) / (performance.now() - t0);
      api.pause();
      return { fps, markers: markers / Math.max(1, samples), people: api.state().people };
    });
    mapLines.push({
      bench: 'browser-map',
      people: measured.people,
      scenario: run.scenario,
      fps: Math.round(measured.fps * 10) / 10,
      target: run.target,
      markers: Math.round(measured.markers * 10) / 10,
      ok: measured.fps >= run.target * TOLERANCE,
    });
  }

  if (errors.length > 0) console.error(`page errors: ${errors.join(' | ')}`);
  console.log(
    JSON.stringify({
      bench: 'browser',
      people,
      fps: Math.round(fps * 10) / 10,
      loadMs: Math.round(loadMs),
      startMs: Math.round(startMs),
      jsGzipKB: kb(jsBytes),
      startJsGzipKB: kb(startBytes),
      startPageJsGzipKB: kb(startPageBytes),
      startChunks: [...fetched].map((name) => name.replace(/-[\w-]{8}\.js$/, '')),
      engineCopies,
      singleKB: kb(single.bytes),
      singleEngineCopies: single.copies,
      daysPerSecMax: Math.round(daysPerSecMax * 10) / 10,
    }),
  );
  for (const line of mapLines) console.log(JSON.stringify(line));
} finally {
  await browser.close();
  server.stop();
  removeSite();
}
