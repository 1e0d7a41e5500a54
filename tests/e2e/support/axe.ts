/**
 * The accessibility audit the browser specs run: axe-core (from node_modules, no network) on the
 * whole page. A serious or critical finding fails the test; every finding is returned so a test
 * can count and print the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect } from './game';
import { ROOT } from './site';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The page's `window` once axe's script is in it. */
type WithAxe = { axe: { run(context: Document, options: object): Promise<AxeResults> } };

/** Audits `page` (named `where` in the message); fails on any serious or critical finding. */
export async function axeAudit(page: Page, where: string): Promise<Result[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(() =>
    (window as unknown as WithAxe).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  );
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.length,
    `${where}: ${bad.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`).join('; ')}`,
  ).toBe(0);
  return violations;
}
