import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkerResponse } from '../../src/worker/protocol';
import { createSimulationHost } from '../../src/worker/simulationHost';
import { checked } from '../worker/checkedScenario';

const text = readFileSync(new URL('../fixtures/small-town.yaml', import.meta.url), 'utf8');

describe('the worker answers an outcomes request', () => {
  it('with every person and the summary of the run so far', () => {
    const answers: WorkerResponse[] = [];
    const host = createSimulationHost(
      (response) => answers.push(response),
      () => 0,
    );
    host.handle({ kind: 'load', id: 1, fileName: 'small-town.yaml', ...checked(text), toDay: 12 });
    host.handle({ kind: 'outcomes', id: 2 });
    const answer = answers.find((a) => a.id === 2);
    if (answer?.kind !== 'outcomes') throw new Error(`expected outcomes, got ${answer?.kind}`);
    expect(answer.day).toBe(12);
    expect(answer.outcomes).toHaveLength(200);
    expect(answer.outcomes[5].id).toBe('p5');
    expect(answer.summary.days).toBe(12);
    expect(answer.summary.totalNewListings).toBeTypeOf('number');
  });

  it('with a failure message before any scenario is loaded', () => {
    const answers: WorkerResponse[] = [];
    createSimulationHost(
      (response) => answers.push(response),
      () => 0,
    ).handle({
      kind: 'outcomes',
      id: 1,
    });
    expect(answers).toEqual([
      { kind: 'failed', id: 1, message: expect.stringContaining('No scenario') },
    ]);
  });
});
