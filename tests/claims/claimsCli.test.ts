import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sim } from '../cli/io';

const town = (claims: string) => `
id: claims_town
title: A town with claims
seed: 5
days: 60
town: { population: 300 }
behaviours:
  - { id: bad_driving, label: Driving badly, kind: harmful, place: street, rate: 0.01, evidence: { rate: { mark: assumed } } }
surveillance:
  sources:
    - { id: cameras, label: Street cameras, sees: [street], coverage: 0.5 }
claims:
${claims}
`;

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledgertown-claims-'));
  const path = join(dir, 'town.yaml');
  writeFileSync(path, text);
  return path;
}

describe('claims command', () => {
  it('prints each claim with its median, range and verdict, and exits 0 when all pass', async () => {
    const path = file(
      town(
        `  - { id: acts, text: About 90 bad drivers a run., metric: sum(harmfulActs), min: 60, max: 130, seeds: 4 }`,
      ),
    );
    const result = await sim(['claims', path, '--jobs', '1']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/acts +60–130 +\d+(\.\d+)? +\d+–\d+ +4 +pass/);
  });

  it('exits 1 for a broken claim, naming it, its range and what the runs gave', async () => {
    const path = file(
      town(
        `  - { id: acts, text: Hardly anyone drives badly., metric: sum(harmfulActs), min: 0, max: 5, seeds: 3 }`,
      ),
    );
    const result = await sim(['claims', path, '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /town\.yaml:\d+:\d+: claims\[0\]: claim "acts" \(sum\(harmfulActs\)\): expected a median within 0–5 across 3 seeds \(5–7\), found median \d+, range \d+–\d+/,
    );
    expect(result.out).toContain('FAIL');
  });

  it('points at an unknown metric inside the expression before running anything', async () => {
    const path = file(town(`  - { id: acts, text: x, metric: sum(harmfullActs), min: 0, max: 5 }`));
    const result = await sim(['claims', path]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'claims[0].metric: expected a metric expression, found unknown metric "harmfullActs" (did you mean "harmfulActs"?)',
    );
  });

  it("--seeds overrides every claim's own count", async () => {
    const path = file(
      town(`  - { id: acts, text: x, metric: sum(harmfulActs), min: 0, max: 1000 }`),
    );
    const result = await sim(['claims', path, '--seeds', '2', '--jobs', '1']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/acts .* 2 +pass/);
  });
});

describe('sources command', () => {
  it('doc/sources.md is what `npm run sim -- sources` prints for the shipped scenarios', async () => {
    const result = await sim(['sources']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(__dirname, '../../doc/sources.md'), 'utf8')).toBe(result.out);
  });
});
