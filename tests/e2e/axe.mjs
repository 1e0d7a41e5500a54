/**
 * The accessibility audit every browser test file runs: axe-core (from node_modules, no network)
 * on the whole page. A serious or critical finding fails the test; the rest are returned so a
 * test can count and print them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Audits `page` (named `where` in messages); `check` fails the test on a serious finding. */
export async function axeAudit(page, where, check) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(
    bad.length === 0,
    `${where}: ${bad.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`).join('; ')}`,
  );
  return result.violations;
}
