/** Every scenario shipped in scenarios/, loaded (a file that does not load fails the test file). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../src/scenario/load';
import type { Scenario } from '../src/scenario/schema';

const DIR = join(__dirname, '../scenarios');

/** The shipped scenarios in file-name order, each with its file name. */
export function shippedScenarios(): { fileName: string; scenario: Scenario }[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((fileName) => {
      const result = loadScenario(readFileSync(join(DIR, fileName), 'utf8'), fileName);
      if (!result.ok) throw new Error(`${fileName} does not load`);
      return { fileName, scenario: result.scenario };
    });
}
