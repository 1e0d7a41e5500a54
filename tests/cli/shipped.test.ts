import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sim } from './io';

/** Every scenario shipped in scenarios/, whatever is there when the tests run. */
const shipped = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `scenarios/${name}`);

// Shipped towns may be large (10,000 people and more); allow a month of one to run on a busy machine.
describe('the command line on every shipped scenario', { timeout: 60_000 }, () => {
  it('finds the shipped scenarios', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(2);
  });

  it.each(shipped)('%s validates, runs and gives a dossier', async (path) => {
    const validated = await sim(['validate', path]);
    expect(validated.out).toMatch(/: valid \(id \w+, hash [0-9a-f]{16}\)\n$/);
    expect(validated.code).toBe(0);

    // A month keeps the suite quick; full-length runs are what `npm run sim -- run` is for.
    const run = await sim(['run', path, '--days', '30']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/ {2}Days simulated +30\n/);

    const dossier = await sim(['dossier', path, '--id', 'p0', '--days', '30']);
    expect(dossier.code).toBe(0);
    expect(dossier.out).toMatch(/^p0: /);
  });
});
