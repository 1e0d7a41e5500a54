import { describe, expect, it } from 'vitest';
import { failureNotice } from '../../src/store/sessionStore';
import type { Scenario } from '../../src/scenario/schema';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import {
  RunStoppedError,
  WorkerRestartedError,
  createWorkerClient,
  type WorkerFailure,
  type WorkerLike,
} from '../../src/worker/workerClient';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
}

function setUp() {
  let time = 0;
  const workers: FakeWorker[] = [];
  const failures: WorkerFailure[] = [];
  const updates: WorkerResponse[] = [];
  const client = createWorkerClient({
    spawn: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    onRestart: (failure) => failures.push(failure),
    onUpdate: (update) => updates.push(update),
    now: () => time,
    setInterval: () => 0,
    clearInterval: () => undefined,
  });
  return {
    client,
    workers,
    failures,
    updates,
    advance: (ms: number) => {
      time += ms;
    },
    current: () => workers[workers.length - 1],
  };
}

describe('worker client', () => {
  it('starts no worker until the first request', () => {
    const { client, workers, advance } = setUp();
    advance(60_000);
    client.checkHealth();
    expect(workers).toHaveLength(0);
    void client.request({ kind: 'ping' });
    expect(workers).toHaveLength(1);
    expect(workers[0].sent.map((m) => m.kind)).toEqual(['ping']);
  });

  it('matches answers to requests by id', async () => {
    const { client, current } = setUp();
    const first = client.request({ kind: 'ping' });
    const second = client.request({ kind: 'dossier', agent: 'p1' });
    const [a, b] = current().sent;
    current().answer({ kind: 'dossier', id: b.id, dossier: null });
    current().answer({ kind: 'pong', id: a.id });
    expect((await first).kind).toBe('pong');
    expect((await second).kind).toBe('dossier');
  });

  it('rejects a request the worker reports as failed, with its message', async () => {
    const { client, current } = setUp();
    const pending = client.request({ kind: 'advance', days: 1, budgetMs: 10 });
    current().answer({
      kind: 'failed',
      id: current().sent[0].id,
      message: 'No scenario is loaded',
    });
    await expect(pending).rejects.toThrow('No scenario is loaded');
  });

  it('rejects a run stopped by the day budget with where it stopped, as data', async () => {
    const { client, current } = setUp();
    const pending = client.request({ kind: 'advance', days: 1, budgetMs: 10 });
    const stopped = { day: 4, where: 'ruleset.rules[0].when', budget: 10_000_000 };
    current().answer({
      kind: 'failed',
      id: current().sent[0].id,
      message: 'ConditionBudgetError: day 4: …',
      stopped,
    });
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunStoppedError);
    expect((error as RunStoppedError).stopped).toEqual(stopped);
    // The notice the page shows is the budget's own, not the generic error.
    expect(failureNotice(error)).toEqual({ kind: 'runStopped', ...stopped });
    expect(failureNotice(new Error('x'))).toEqual({ kind: 'requestFailed', detail: 'Error: x' });
  });

  it('passes progress and catalog verdicts to the owner as heartbeats', () => {
    const { client, current, updates, advance, failures } = setUp();
    void client.request({ kind: 'advance', days: 100, budgetMs: 50 }).catch(() => undefined);
    for (let i = 0; i < 5; i++) {
      advance(5000);
      current().answer({ kind: 'progress', id: 1, day: i, targetDay: 100 });
      client.checkHealth();
    }
    expect(updates).toHaveLength(5);
    expect(failures).toHaveLength(0);
  });

  it('replaces a worker that stays silent with work pending, and rejects that work', async () => {
    const { client, workers, failures, advance } = setUp();
    const pending = client.request({ kind: 'advance', days: 1, budgetMs: 50 });
    advance(9000);
    client.checkHealth();
    expect(failures).toHaveLength(0);
    advance(2000);
    client.checkHealth();
    expect(failures).toEqual([{ reason: 'stuck', detail: 'no answer for 11 s' }]);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(WorkerRestartedError);
    expect(client.restarts).toBe(1);
  });

  it('gives a town being built longer before calling the worker stuck', () => {
    const { client, failures, advance } = setUp();
    void client
      .request({
        kind: 'load',
        fileName: 'a.yaml',
        scenario: {} as Scenario,
        hash: '',
        warnings: [],
        toDay: 0,
      })
      .catch(() => undefined);
    advance(30_000);
    client.checkHealth();
    expect(failures).toHaveLength(0);
    advance(20_000);
    client.checkHealth();
    expect(failures.map((f) => f.reason)).toEqual(['stuck']);
  });

  it('pings an idle worker so a dead one is found before the player needs it', async () => {
    const { client, current, advance } = setUp();
    const first = client.request({ kind: 'ping' });
    current().answer({ kind: 'pong', id: current().sent[0].id });
    await first;
    advance(2500);
    client.checkHealth();
    expect(current().sent.map((m) => m.kind)).toEqual(['ping', 'ping']);
  });

  it('replaces a worker that throws', () => {
    const { client, current, failures, workers } = setUp();
    void client.request({ kind: 'ping' }).catch(() => undefined);
    current().onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    expect(failures).toEqual([{ reason: 'crashed', detail: 'boom' }]);
    expect(workers).toHaveLength(2);
  });
});
