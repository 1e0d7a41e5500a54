/**
 * Browser tests of lesson links and files: a link made in the share dialog opens, in a fresh
 * browser, exactly the run it describes (scenario text with edits, seed, day, settings); locked
 * and hidden panels cannot be reached by mouse, keyboard or window.ledgertown; mangled, cut-off,
 * oversized and crafted links give a message and the start screen without freezing the tab; a
 * scenario file dropped on the page opens, and a broken one shows its positioned errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lz from 'lz-string';
import { expect, loadTown, noErrors, shot, test } from './support/game';
import type { Page } from '@playwright/test';
import { ROOT } from './support/site';

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * An LZW stream in lz-string's format where each code names the entry about to be made, so n codes
 * expand to about n²/2 characters: lz-string's own decoder would build gigabytes from this link.
 */
function expansionBomb(codes: number): string {
  const stream = [
    [0, 2],
    [97, 8],
  ];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    stream.push([dictSize++, numBits]);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  stream.push([2, numBits]);
  let out = '';
  let value = 0;
  let filled = 0;
  for (const [code, bits] of stream) {
    for (let i = 0; i < bits; i++) {
      value = (value << 1) | ((code >> i) & 1);
      if (++filled === 6) {
        out += URI_SAFE[value];
        value = 0;
        filled = 0;
      }
    }
  }
  return out + (filled > 0 ? URI_SAFE[value << (6 - filled)] : '');
}

const welcome = readFileSync(join(ROOT, 'scenarios/welcome.yaml'), 'utf8');
// An edit a teacher might make: a harsher traffic rule, and a note.
const edited = `${welcome.replace('points: -5', 'points: -40')}\n# Edited for class 9B.\n`;
const brokenYaml = () => readFileSync(join(ROOT, 'tests/e2e/fixtures/broken.yaml'), 'utf8');

interface LinkOptions {
  day: number;
  panels?: Record<string, string>;
  fixSeed?: boolean;
  storyStep?: number;
  projector?: boolean;
}

/** Opens the share dialog, sets the lesson's options and returns the link it shows. */
async function makeLink(page: Page, options: LinkOptions): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.waitForSelector('.share-dialog[open]');
  await page.getByLabel('Open at day').fill(String(options.day));
  for (const [panel, access] of Object.entries(options.panels ?? {})) {
    await page.click(`input[name="share-panel-${panel}"][value="${access}"]`);
  }
  if (options.fixSeed) await page.getByLabel('Students cannot change the seed').check();
  if (options.storyStep !== undefined) {
    await page.getByLabel('Open the story at').selectOption(String(options.storyStep));
  }
  if (options.projector) await page.getByLabel(/Projector colours/).check();
  const link = await page.inputValue('.share-link textarea');
  expect(link, `no link in the dialog: ${link.slice(0, 80)}`).toContain('#v1=');
  return link;
}

test('share: a lesson link round-trips exactly (scenario text, seed, day, settings)', async ({
  openGame,
  openLink,
}) => {
  const { page, errors } = await openGame();
  const ok = await page.evaluate(
    (text) => window.ledgertown.loadScenarioText(text, 'welcome.yaml', { seed: 5, day: 12 }),
    edited,
  );
  expect(ok, 'the edited scenario did not load').toBe(true);
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  const link = await makeLink(page, {
    day: 20,
    panels: { charts: 'locked', editor: 'hidden', scenarios: 'locked' },
    fixSeed: true,
    storyStep: 1,
    projector: true,
  });
  expect(
    await page.textContent('.share-dialog'),
    'the dialog should say the link includes the edits',
  ).toContain('includes your edits');
  await shot(page, 'share-dialog');
  await page.getByRole('button', { name: 'Copy link' }).click();
  // Copying is asynchronous (the clipboard API, or the fallback): wait for its word.
  await page.waitForFunction(() => document.querySelector('.share-copied')?.textContent !== '');
  const copied = await page.textContent('.share-copied');
  expect(copied, `copy feedback: ${copied}`).toMatch(/Copied|press Ctrl\+C/);
  noErrors(errors);

  const student = await openLink(link);
  const s = student.page;
  const opened = await s.evaluate(() => {
    const { stores, state } = window.ledgertown;
    return {
      state: state(),
      text: stores.session.getState().source?.text,
      teacher: stores.teacher.getState(),
      theme: document.documentElement.dataset.theme,
    };
  });
  expect(opened.text === edited, 'the scenario text differs from the edited text shared').toBe(
    true,
  );
  expect(opened.state.seed, `seed ${opened.state.seed}, expected 5`).toBe(5);
  expect(opened.state.day, `day ${opened.state.day}, expected 20`).toBe(20);
  expect(opened.state.fileName, `file ${opened.state.fileName}`).toBe('welcome.yaml');
  const settings = opened.teacher.settings;
  expect(JSON.stringify(settings), `settings: ${JSON.stringify(settings)}`).toBe(
    JSON.stringify({
      panels: { charts: 'locked', editor: 'hidden', scenarios: 'locked' },
      fixSeed: true,
      fixRole: false,
      storyStep: 1,
      projector: true,
      questionsOff: [],
    }),
  );
  expect(opened.theme, 'projector colours not applied').toBe('projector');
  expect(
    await s.getAttribute('#tab-charts', 'aria-disabled'),
    'the charts tab is not shown as locked',
  ).toBe('true');
  expect(await s.$('.view-switch >> text=Rules'), 'the hidden rule editor is shown').toBeNull();
  expect(
    ((await s.textContent('.steps [aria-current="step"] h4')) ?? '').length,
    'the story step is not marked',
  ).toBeGreaterThan(0);
  await shot(s, 'share-lesson-opened');
  noErrors(student.errors);
  await student.context.close();
});

test('share: locked panels stay locked (mouse, keyboard and window.ledgertown)', async ({
  openGame,
  openLink,
}) => {
  const { page } = await openGame();
  await loadTown(page, 'welcome.yaml', { seed: 9 });
  const link = await makeLink(page, {
    day: 5,
    panels: {
      charts: 'locked',
      person: 'hidden',
      editor: 'locked',
      compare: 'hidden',
      scenarios: 'locked',
    },
    fixSeed: true,
  });
  const { page: s, errors, context } = await openLink(link);
  const panel = () => s.evaluate(() => window.ledgertown.stores.prefs.getState().panel);

  await s.click('#tab-charts', { force: true });
  expect(await panel(), 'a click opened the locked charts tab').not.toBe('charts');
  expect(await s.$('#tab-person'), 'the hidden dossier tab is shown').toBeNull();

  await s.focus(`#tab-${await panel()}`);
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    await s.keyboard.press('ArrowRight');
    seen.add(await panel());
  }
  expect([...seen], `arrow keys reached ${[...seen]}`).not.toContain('charts');
  expect([...seen], `arrow keys reached ${[...seen]}`).not.toContain('person');

  const viaScript = await s.evaluate(async () => {
    const api = window.ledgertown;
    api.stores.prefs.setState({ panel: 'charts' });
    const afterSetState = api.stores.prefs.getState().panel;
    api.select('p3');
    const afterSelect = api.stores.prefs.getState().panel;
    await api.restart({ newSeed: true });
    const seedAfterRestart = api.state().seed;
    const switched = await api.loadScenario('journalist.yaml');
    return { afterSetState, afterSelect, seedAfterRestart, switched, file: api.state().fileName };
  });
  expect(viaScript.afterSetState, 'setState opened the locked charts panel').not.toBe('charts');
  expect(viaScript.afterSelect, 'select() opened the hidden dossier panel').not.toBe('person');
  expect(
    viaScript.seedAfterRestart,
    `the fixed seed changed to ${viaScript.seedAfterRestart}`,
  ).toBe(9);
  const locked = 'the scenario changed while the scenario list is locked';
  expect(viaScript.switched, locked).toBe(false);
  expect(viaScript.file, locked).toBe('welcome.yaml');
  expect(
    await s.isDisabled('.view-switch >> text=Rules'),
    'the locked rule editor can be opened',
  ).toBe(true);
  expect(await s.$('.view-switch >> text=Compare'), 'the hidden comparison is shown').toBeNull();
  expect(await s.isDisabled('.brand-button'), 'the locked scenario list can be opened').toBe(true);
  await s.getByRole('button', { name: 'Restart' }).click();
  expect(
    await s.$('text=Restart with a new seed'),
    'a new seed is offered while the seed is fixed',
  ).toBeNull();

  // Tab through the whole page: no enabled control leads to a locked or hidden panel.
  const reachable: string[] = [];
  for (let i = 0; i < 60; i++) {
    await s.keyboard.press('Tab');
    reachable.push(
      await s.evaluate(() => {
        const el = document.activeElement;
        return el && !el.matches(':disabled') ? (el.textContent ?? '').trim() : '';
      }),
    );
  }
  expect(
    reachable.some((name) => /^(Rules|Compare|Scenarios)\b/.test(name)),
    `keyboard reached: ${reachable.filter((n) => /Rules|Compare|Scenarios/.test(n))}`,
  ).toBe(false);
  await shot(s, 'share-locked-panels');
  noErrors(errors);
  await context.close();
});

test('share: mangled, cut-off, oversized and crafted links show a message and the start screen', async ({
  openGame,
  newSession,
}) => {
  const { page } = await openGame();
  await loadTown(page, 'welcome.yaml');
  const link = await makeLink(page, { day: 3 });
  const hashAt = link.indexOf('#');
  const base = link.slice(0, hashAt);
  const hash = link.slice(hashAt);
  const bomb = expansionBomb(20_000);
  const invalid = lz.compressToEncodedURIComponent(
    '{"file":"broken.yaml","seed":1,"day":0}\n' + brokenYaml(),
  );
  const cases: [name: string, brokenHash: string, words: string][] = [
    ['cut off', hash.slice(0, Math.floor(hash.length / 2)), 'cut off'],
    ['a stray character', `${hash.slice(0, 40)}*${hash.slice(41)}`, 'does not belong'],
    ['a later version', `#v7=${hash.slice(4)}`, 'newer Ledgertown'],
    ['too long', `#v1=${'A'.repeat(250_000)}`, 'at most 200,000'],
    ['a crafted expansion', `#v1=${bomb}`, 'more than'],
    ['letters that do not fit together', '#v1=hello-world', 'damaged'],
    ['letters that unpack to nonsense', '#v1=Zm9vYmFyYmF6cXV4', 'cannot be read'],
  ];
  for (const [name, brokenHash, words] of cases) {
    const { page: s, errors, context } = await newSession();
    await s.goto(`${base}${brokenHash}`);
    // A tab stuck decoding would never show the message: the wait is the bound.
    await s.waitForSelector('.link-problem', { timeout: 30_000 });
    const text = await s.textContent('.link-problem');
    expect(text, `${name}: message "${text}" lacks "${words}"`).toContain(words);
    await s.waitForSelector('.scenario-item');
    const answer = await s.evaluate(() => window.ledgertown.state().screen);
    expect(answer, `${name}: screen ${answer}`).toBe('start');
    if (name === 'cut off') await shot(s, 'share-broken-link');
    noErrors(errors);
    await context.close();
  }
  // A readable link whose scenario is invalid: its errors, positioned, on the start screen.
  const { page: s, errors, context } = await newSession();
  await s.goto(`${base}#v1=${invalid}`);
  await s.waitForSelector('.issue-panel');
  const lines = await s.$$eval('.issue-list li', (els) => els.map((el) => el.textContent ?? ''));
  expect(
    lines.some((line) => line.startsWith('broken.yaml:4:')),
    `errors: ${lines.join(' | ')}`,
  ).toBe(true);
  noErrors(errors);
  await context.close();
});

test('share: a scenario file dropped on the page opens; a broken one shows its errors', async ({
  openGame,
}) => {
  const { page, errors } = await openGame();
  const drop = (name: string, text: string) =>
    page.evaluate(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: 'text/yaml' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        }
      },
      [name, text] as const,
    );
  await drop('my-town.yaml', edited);
  await page.waitForFunction(() => window.ledgertown.state().fileName === 'my-town.yaml');
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  await drop('broken.yaml', brokenYaml());
  await page.waitForSelector('.issue-panel');
  const lines = await page.$$eval('.issue-list li', (els) => els.map((el) => el.textContent ?? ''));
  expect(
    lines.some((line) => line.startsWith('broken.yaml:4:')),
    `errors: ${lines.join(' | ')}`,
  ).toBe(true);
  await drop('huge.yaml', `# ${'x'.repeat(600 * 1024)}\n`);
  await page.waitForFunction(() =>
    document.querySelector('.issue-panel')?.textContent?.includes('at most 512'),
  );
  noErrors(errors);
});
