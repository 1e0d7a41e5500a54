/**
 * A scenario as the page sends it to the simulation worker: read and checked by the loader (at
 * build time for shipped files, on the page for others), with its hash and warnings.
 */
import { loadScenario } from '../../src/scenario/load';
import type { WorkerRequest } from '../../src/worker/protocol';

type Checked = Pick<Extract<WorkerRequest, { kind: 'load' }>, 'scenario' | 'hash' | 'warnings'>;

/** The checked scenario of `text`; throws with the loader's errors when it does not pass. */
export function checked(text: string, fileName = 'scenario.yaml'): Checked {
  const result = loadScenario(text, fileName);
  if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.errors)}`);
  return { scenario: result.scenario, hash: result.hash, warnings: result.warnings };
}
