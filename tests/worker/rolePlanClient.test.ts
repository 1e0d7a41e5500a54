/**
 * The planner's client reads both texts on the page: a text that cannot be read is answered with
 * its positioned problems and no worker is started; a readable plan goes to the worker as the
 * scenario and the plan's rule set, never as text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { createPlanClient, type PlanWorkerLike } from '../../src/worker/rolePlanClient';
import type { PlanWorkerRequest } from '../../src/worker/rolePlanProtocol';

const small = readFileSync(new URL('../fixtures/small-town.yaml', import.meta.url), 'utf8');

function fakeWorkers() {
  const posted: PlanWorkerRequest[] = [];
  let started = 0;
  const spawn = (): PlanWorkerLike => {
    started++;
    return {
      postMessage: (m) => posted.push(m),
      terminate: () => undefined,
      onmessage: null,
      onerror: null,
    };
  };
  return { posted, spawn, started: () => started };
}

describe('plan client', () => {
  it('answers a broken plan on the page, with where, and starts no worker', async () => {
    const workers = fakeWorkers();
    const client = createPlanClient(workers.spawn);
    const answer = await client.evaluate({
      fileName: 'small-town.yaml',
      baseline: small,
      plan: 'id: x\ntitle: 5\n',
      seed: 1,
    });
    expect(answer.kind).toBe('invalid');
    if (answer.kind !== 'invalid') return;
    expect(answer.which).toBe('plan');
    expect(answer.errors.every((e) => e.file === 'small-town.yaml' && e.line >= 1)).toBe(true);
    expect(answer.errors).toContainEqual(expect.objectContaining({ path: 'title', line: 2 }));
    expect(workers.started()).toBe(0);
  });

  it('sends the worker the checked scenario and the plan’s rule set', async () => {
    const workers = fakeWorkers();
    const client = createPlanClient(workers.spawn);
    const answer = client.evaluate({
      fileName: 'small-town.yaml',
      baseline: small,
      plan: small,
      seed: 4,
    });
    await expect.poll(() => workers.posted.length).toBe(1);
    const direct = loadScenario(small, 'small-town.yaml');
    if (!direct.ok) throw new Error('small-town.yaml must load');
    expect(workers.posted[0]).toEqual({
      kind: 'evaluate',
      id: 1,
      baseline: direct.scenario,
      plan: direct.scenario.ruleset,
      seed: 4,
    });
    // Disposing the client cancels the plan still waiting for the worker's answer.
    client.dispose();
    await expect(answer).rejects.toThrow('The plan was cancelled');
  });
});
