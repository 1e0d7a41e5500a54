/**
 * The one engine worker: its host hands each message to the service it names and answers in that
 * service's name; a channel opened for one service speaks only that service's messages; the
 * figures service answers the answer key's spread and the claims' verdicts as the engine computes
 * them in this thread.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaims, figuresAcrossSeeds } from '../../src/engine/claims/figures';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { openEngineChannel, type EngineWorkerLike } from '../../src/worker/engineChannel';
import { createEngineHost } from '../../src/worker/engineHost';
import type { EngineRequest, EngineResponse, EngineService } from '../../src/worker/engineProtocol';
import type { FiguresResponse } from '../../src/worker/figuresProtocol';
import { createFiguresHost } from '../../src/worker/figuresHost';
import { checked } from './checkedScenario';

const welcomeText = readFileSync(new URL('../../scenarios/welcome.yaml', import.meta.url), 'utf8');

function welcome(): Scenario {
  const loaded = loadScenario(welcomeText, 'welcome.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.scenario;
}

function engineHost() {
  const answers: EngineResponse[] = [];
  const host = createEngineHost(
    (message) => answers.push(structuredClone(message)),
    () => 0,
  );
  const ask = (message: EngineRequest) => {
    const from = answers.length;
    host.handle(message);
    return answers.slice(from);
  };
  return { ask };
}

describe('the engine host', () => {
  it('answers each service in its own name, with its own messages', () => {
    const { ask } = engineHost();
    expect(ask({ service: 'simulation', request: { kind: 'ping', id: 7 } })).toEqual([
      { service: 'simulation', response: { kind: 'pong', id: 7 } },
    ]);
    // The same kind of message means what its service says: a compare dossier with no comparison
    // kept is null; a simulation dossier with no town loaded is a failure.
    expect(
      ask({ service: 'compare', request: { kind: 'dossier', id: 8, side: 'a', agent: 'p0' } }),
    ).toEqual([{ service: 'compare', response: { kind: 'dossier', id: 8, dossier: null } }]);
    const [failed] = ask({
      service: 'simulation',
      request: { kind: 'dossier', id: 9, agent: 'p0' },
    });
    expect(failed.service).toBe('simulation');
    expect(failed.response.kind).toBe('failed');
    // A plan the engine cannot run is a failed answer of the plan service (texts that cannot be
    // read never reach the worker: the page answers them, rolePlanClient.ts).
    const [unrunnable] = ask({
      service: 'plan',
      request: {
        kind: 'evaluate',
        id: 10,
        baseline: {} as Scenario,
        plan: {} as Scenario['ruleset'],
        seed: 1,
      },
    });
    expect(unrunnable).toMatchObject({ service: 'plan', response: { kind: 'failed', id: 10 } });
  });

  it('keeps a loaded town between messages and serves a second service beside it', () => {
    const { ask } = engineHost();
    const loaded = ask({
      service: 'simulation',
      request: { kind: 'load', id: 1, fileName: 'welcome.yaml', ...checked(welcomeText), toDay: 3 },
    });
    expect(loaded.at(-1)?.response.kind).toBe('loaded');
    const scenario = welcome();
    const requests = [{ id: 'a', metric: '100 * finalGrade_A / people', day: 5 }];
    const figures = ask({
      service: 'figures',
      request: { kind: 'spread', id: 2, scenario: { ...scenario, days: 5 }, requests, seeds: [1] },
    });
    expect(figures.map((m) => m.service)).toEqual(['figures', 'figures']);
    const [advanced] = ask({
      service: 'simulation',
      request: { kind: 'advance', id: 3, days: 1, budgetMs: 1000 },
    });
    expect(advanced.response).toMatchObject({ kind: 'advanced', id: 3, frame: { day: 4 } });
  });

  it('lets the test fault escape, so the worker really crashes', () => {
    const { ask } = engineHost();
    expect(() =>
      ask({ service: 'simulation', request: { kind: 'fault', id: 1, fault: 'crash' } }),
    ).toThrow(/Fault injected/);
  });

  it('refuses a service it does not have, naming it', () => {
    const { ask } = engineHost();
    expect(() => ask({ service: 'sweep', request: { kind: 'ping', id: 1 } } as never)).toThrow(
      'The engine worker has no service "sweep".',
    );
  });
});

class FakeEngineWorker implements EngineWorkerLike {
  sent: EngineRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  constructor(readonly service: EngineService) {}
  postMessage(message: EngineRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: EngineResponse) {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
}

describe('an engine channel', () => {
  it('wraps requests in its service, unwraps its answers and passes errors on', () => {
    const started: FakeEngineWorker[] = [];
    const channel = openEngineChannel('compare', (service) => {
      const worker = new FakeEngineWorker(service);
      started.push(worker);
      return worker;
    });
    expect(started.map((w) => w.service)).toEqual(['compare']);
    const [worker] = started;
    const heard: unknown[] = [];
    channel.onmessage = (event) => heard.push(event.data);
    channel.postMessage({ kind: 'dossier', id: 1, side: 'b', agent: 'p3' });
    expect(worker.sent).toEqual([
      { service: 'compare', request: { kind: 'dossier', id: 1, side: 'b', agent: 'p3' } },
    ]);
    worker.answer({ service: 'compare', response: { kind: 'dossier', id: 1, dossier: null } });
    worker.answer({ service: 'simulation', response: { kind: 'pong', id: 1 } });
    expect(heard).toEqual([{ kind: 'dossier', id: 1, dossier: null }]);

    const errors: string[] = [];
    channel.onerror = (event) => errors.push(event.message);
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(errors).toEqual(['boom']);
    channel.terminate();
    expect(worker.terminated).toBe(true);
  });
});

describe('the figures service', () => {
  const run = (request: Parameters<ReturnType<typeof createFiguresHost>['handle']>[0]) => {
    const answers: FiguresResponse[] = [];
    createFiguresHost((r) => answers.push(structuredClone(r))).handle(request);
    return answers;
  };

  it('gives the answer key the figures across seeds, with progress per run', () => {
    const scenario = { ...welcome(), days: 30 };
    const requests = [
      { id: 'grade', metric: '100 * finalGrade_A / people', day: 30 },
      { id: 'early', metric: '100 * finalGrade_A / people', day: 10 },
    ];
    const answers = run({ kind: 'spread', id: 4, scenario, requests, seeds: [3, 4] });
    expect(answers.slice(0, 2)).toEqual([
      { kind: 'progress', id: 4, done: 1, total: 2 },
      { kind: 'progress', id: 4, done: 2, total: 2 },
    ]);
    expect(answers[2]).toEqual({
      kind: 'spread',
      id: 4,
      figures: figuresAcrossSeeds(scenario, requests, [3, 4]),
    });
  });

  it("judges the scenario's claims as the engine does", () => {
    const scenario = welcome();
    const answers = run({ kind: 'claims', id: 5, scenario, seeds: 2 });
    expect(answers.map((a) => a.kind)).toEqual(['progress', 'progress', 'claims']);
    expect(answers[2]).toEqual({ kind: 'claims', id: 5, verdicts: checkClaims(scenario, 2) });
  });

  it('answers a figure that names no metric with a failure, in words', () => {
    const scenario = { ...welcome(), days: 5 };
    const [failed] = run({
      kind: 'spread',
      id: 6,
      scenario,
      requests: [{ id: 'x', metric: 'noSuchMetric', day: 5 }],
      seeds: [1],
    });
    expect(failed.kind).toBe('failed');
    if (failed.kind === 'failed') expect(failed.message).toMatch(/noSuchMetric/);
  });
});
