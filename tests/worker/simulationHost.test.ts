import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/load';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { createSimulationHost } from '../../src/worker/simulationHost';
import { checked } from './checkedScenario';

const scenarioDir = new URL('../../scenarios/', import.meta.url);
const welcome = readFileSync(new URL('welcome.yaml', scenarioDir), 'utf8');

function host() {
  const answers: WorkerResponse[] = [];
  const h = createSimulationHost(
    (r) => answers.push(structuredClone(r)),
    () => 0,
  );
  const ask = (request: WorkerRequest) => {
    const from = answers.length;
    h.handle(request);
    return answers.slice(from);
  };
  return { ask };
}

describe('simulation host', () => {
  it('loads to a day and sends every day’s metrics once, in order, matching a direct run', () => {
    const { ask } = host();
    const [loaded] = ask({
      kind: 'load',
      id: 1,
      fileName: 'welcome.yaml',
      ...checked(welcome, 'welcome.yaml'),
      toDay: 3,
    });
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    const { town } = loaded;
    expect(town.frame.day).toBe(3);
    expect(town.frame.metrics.fromDay).toBe(1);
    expect(town.frame.metrics.series.meanScore).toHaveLength(3);
    expect(town.peopleNames).toHaveLength(town.layout.homePlace.length);

    const [advanced] = ask({ kind: 'advance', id: 2, days: 2, budgetMs: 1e9 });
    expect(advanced.kind).toBe('advanced');
    if (advanced.kind !== 'advanced') return;
    expect(advanced.frame.day).toBe(5);
    expect(advanced.frame.metrics.fromDay).toBe(4);
    expect(advanced.frame.metrics.series.meanScore).toHaveLength(2);

    const parsed = loadScenario(welcome, 'welcome.yaml');
    if (!parsed.ok) throw new Error('welcome.yaml must load');
    const direct = createSimulation(parsed.scenario, parsed.scenario.seed, {});
    direct.run(5);
    const joined = [
      ...town.frame.metrics.series.meanScore,
      ...advanced.frame.metrics.series.meanScore,
    ];
    expect(joined).toEqual(direct.metrics().meanScore);
  });

  it('stops at the end of the run', () => {
    const { ask } = host();
    ask({ kind: 'load', id: 1, fileName: 'welcome.yaml', ...checked(welcome), toDay: 365 });
    const [advanced] = ask({ kind: 'advance', id: 2, days: 10, budgetMs: 1e9 });
    expect(advanced.kind === 'advanced' && advanced.frame.day).toBe(365);
    expect(advanced.kind === 'advanced' && advanced.frame.metrics.series.meanScore).toEqual([]);
  });

  it('answers dossiers, and null for an unknown id', () => {
    const { ask } = host();
    ask({ kind: 'load', id: 1, fileName: 'welcome.yaml', ...checked(welcome), toDay: 2 });
    const [known] = ask({ kind: 'dossier', id: 2, agent: 'p0' });
    const [unknown] = ask({ kind: 'dossier', id: 3, agent: 'p999999' });
    expect(known.kind === 'dossier' && known.dossier?.id).toBe('p0');
    expect(unknown.kind === 'dossier' && unknown.dossier).toBeNull();
  });

  it('turns a request it cannot serve into a failed answer, and lets the crash hook escape', () => {
    const { ask } = host();
    const [failed] = ask({ kind: 'advance', id: 1, days: 1, budgetMs: 10 });
    expect(failed).toEqual({
      kind: 'failed',
      id: 1,
      message: 'Error: No scenario is loaded in the worker yet.',
    });
    expect(() => ask({ kind: 'fault', id: 2, fault: 'crash' })).toThrow('Fault injected');
  });
});
