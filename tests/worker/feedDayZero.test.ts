/**
 * Listings as the story begins happen on day 0, before the first simulated day: the first frame
 * after a load carries them to the feed, once, and later frames only what came after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../src/engine/types';
import type { WorkerResponse } from '../../src/worker/protocol';
import { createSimulationHost } from '../../src/worker/simulationHost';
import { checked } from './checkedScenario';

const journalist = readFileSync('scenarios/journalist.yaml', 'utf8');

describe('simulation host feed', () => {
  it('sends the day-0 listings in the first frame and never again', () => {
    const answers: WorkerResponse[] = [];
    const host = createSimulationHost(
      (r) => answers.push(structuredClone(r)),
      () => 0,
    );
    host.handle({
      kind: 'load',
      id: 1,
      fileName: 'journalist.yaml',
      ...checked(journalist),
      toDay: 0,
    });
    host.handle({ kind: 'advance', id: 2, days: 60, budgetMs: 1e9 });
    const feeds: FeedEvent[][] = answers.flatMap((a) =>
      a.kind === 'loaded' ? [a.town.frame.feed] : a.kind === 'advanced' ? [a.frame.feed] : [],
    );
    expect(feeds).toHaveLength(2);
    const [first, later] = feeds;
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((e) => e.day === 0 && 'atStart' in e && e.atStart)).toBe(true);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((e) => e.day >= 1)).toBe(true);
  });
});
