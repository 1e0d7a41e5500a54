/**
 * Browser tests of the rule editor: a form edit changes the rule's plain-language preview, undo and
 * redo work from the keyboard, Apply restarts the town with the edit on the same seed, a reload
 * finds the edit still there; the YAML tab shows an error at its line and column and the town keeps
 * its rules; corrupt saved edits are set aside with a message. Registered by run.mjs.
 */

/** Registers the editor's tests with run.mjs's helpers. */
export function editorTests({ test, check, openGame, loadTown, shot, noErrors }) {
  const firstRule = (page) => page.locator('.row-card').first();
  const preview = (page) => firstRule(page).locator('.rule-preview').textContent();

  async function openRules(page) {
    await page.getByRole('button', { name: /^Rules( \(edited\))?$/ }).click();
    await page.waitForSelector('.rule-editor .row-card');
  }

  test('rule editor: edit a rule, see the preview, undo, apply, reload and find it', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    await loadTown(page, 'welcome.yaml', { seed: 4 });
    await openRules(page);
    check((await preview(page)).includes('they lose 5 points'), `preview: ${await preview(page)}`);

    await firstRule(page).locator('summary').click();
    const points = firstRule(page).getByLabel('Points', { exact: true });
    await points.fill('-25');
    await page.waitForFunction(() =>
      document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 25 points'),
    );
    const status = await page.textContent('.wb-status');
    check(status.includes('Not applied yet'), `status after an edit: ${status}`);
    await shot(page, 'rule-editor');

    await page.keyboard.press('Control+z');
    await page.waitForFunction(() =>
      document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 5 points'),
    );
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() =>
      document.querySelector('.row-card .rule-preview')?.textContent?.includes('lose 25 points'),
    );

    await page.getByRole('button', { name: 'Apply and restart' }).click();
    await page.waitForFunction(
      () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points === -25,
    );
    const applied = await page.evaluate(() => window.ledgertown.state());
    check(
      applied.seed === 4 && applied.day === 0,
      `after apply: seed ${applied.seed}, day ${applied.day}`,
    );
    // The game saves its progress (with the applied text) half a second after a change.
    await page.waitForFunction(() =>
      localStorage.getItem('ledgertown.progress')?.includes('points: -25'),
    );

    await page.reload();
    await page.waitForFunction(() => window.ledgertown?.state().status === 'ready');
    await openRules(page);
    check(
      (await preview(page)).includes('lose 25 points'),
      'the edit is still there after a reload',
    );
    const town = await page.evaluate(
      () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points,
    );
    check(town === -25, `the town runs the applied edit after a reload, found ${town}`);
    noErrors(errors);
  });

  test('rule editor: the YAML tab shows an error at its line and column', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    await loadTown(page, 'welcome.yaml');
    await openRules(page);
    await page.getByRole('tab', { name: 'YAML' }).click();
    const area = page.locator('textarea.yaml-text');
    const text = await area.inputValue();
    const target = '      points: -5 # facts.md: traffic ticket';
    const line = text.split('\n').findIndex((l) => l.startsWith(target)) + 1;
    check(line > 0, 'the traffic ticket rule is in the YAML');
    await area.fill(text.replace(target, '      points: lots # facts.md: traffic ticket'));
    await page.waitForSelector('.yaml-problems .problem-link');
    const place = await page.textContent('.yaml-problems .problem-place');
    check(
      place === `Line ${line}, column 15`,
      `problem placed at "${place}", expected line ${line}`,
    );
    const message = await page.textContent('.yaml-problems .problem-link');
    check(message.includes('ruleset.rules[0].points'), `problem names the field: ${message}`);
    const marked = await page.$$eval('.gutter-error', (els) => els.map((el) => el.textContent));
    check(marked.includes(String(line)), `gutter marks line ${line}: ${marked}`);

    await page.click('.yaml-problems .problem-link');
    const caret = await area.evaluate((el) => {
      const before = el.value.slice(0, el.selectionStart);
      return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    });
    check(caret.line === line && caret.column === 15, `caret at ${caret.line}:${caret.column}`);
    check(
      await page.getByRole('button', { name: 'Apply and restart' }).isDisabled(),
      'an invalid draft cannot be applied',
    );
    const points = await page.evaluate(
      () => window.ledgertown.stores.session.getState().scenario?.ruleset.rules[0].points,
    );
    check(points === -5, `the town keeps its last valid rules, found ${points}`);
    await shot(page, 'rule-editor-yaml-error');

    await page.getByRole('tab', { name: 'Forms' }).click();
    const badge = await page.textContent('.section-link[aria-current="true"] .badge');
    check(badge === '1', `the Rules section counts its problem: ${badge}`);
    noErrors(errors);
  });

  test('rule editor: corrupt saved edits are set aside with a message', async ({
    browser,
    url,
  }) => {
    const { page, errors } = await openGame(browser, url);
    await page.evaluate(() =>
      localStorage.setItem('ledgertown.editor.v1.welcome.yaml', '{"version":1,'),
    );
    await loadTown(page, 'welcome.yaml');
    await openRules(page);
    const notice = await page.textContent('.rule-editor .notice');
    check(notice.includes('could not be read'), `notice: ${notice}`);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) =>
        k.startsWith('ledgertown.editor.v1.welcome.yaml.corrupt.'),
      ),
    );
    check(kept.length === 1, `set-aside keys: ${kept}`);
    const value = await page.evaluate((key) => localStorage.getItem(key), kept[0]);
    check(value === '{"version":1,', 'the corrupt data is kept unchanged');
    noErrors(errors);
  });
}
