import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createCompareActions,
  createCompareStore,
  jobFor,
  type CompareContext,
} from '../../src/store/compareStore';
import { applyEdit } from '../../src/scenario/yamlEdit';
import {
  CompareCancelledError,
  createCompareClient,
  type CompareAnswer,
  type CompareClient,
  type CompareWorkerLike,
} from '../../src/worker/compareClient';
import { createCompareHost as createWorkerHost } from '../../src/worker/compareHost';
import type {
  CompareRequest,
  CompareResponse,
  CompareWorkerRequest,
} from '../../src/worker/compareProtocol';
import { readCompareRequest } from '../../src/worker/compareSides';

/** The compare worker's host behind the page's reading of the sides (as compareClient.ts does). */
function createCompareHost(post: (response: CompareResponse) => void, now: () => number) {
  const host = createWorkerHost(post, now);
  return {
    handle(request: CompareRequest) {
      const message = readCompareRequest(request);
      if (message.kind === 'invalid') post(message);
      else host.handle(message);
    },
  };
}

const small = readFileSync(join(__dirname, '../fixtures/small-town.yaml'), 'utf8');
/** The small town with a variant that has no lists (so no one is listed or refused). */
const withVariant = `${small}\nvariants:\n  - id: no_lists\n    title: No lists\n    ruleset:\n      rules: []\n`;
const harsher = edit(withVariant, ['ruleset', 'rules', 0, 'points'], -400);

function edit(text: string, path: (string | number)[], value: unknown): string {
  const result = applyEdit(text, { op: 'set', path, value });
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/** A compare client that runs the worker's host in this process (answers on the next tick). */
function inProcessClient(): CompareClient & { requests: CompareRequest[]; cancels: number } {
  const waiting = new Map<number, (r: CompareResponse) => void>();
  const host = createCompareHost(
    (response) => waiting.get(response.id)?.(response),
    () => 0,
  );
  let nextId = 1;
  const requests: CompareRequest[] = [];
  let cancelled: ((e: Error) => void)[] = [];
  return {
    requests,
    cancels: 0,
    request(body, onProgress) {
      const id = nextId++;
      const request = { ...body, id } as CompareRequest;
      requests.push(request);
      return new Promise<CompareAnswer>((resolve, reject) => {
        cancelled.push(reject);
        waiting.set(id, (response) => {
          if (response.kind === 'progress') onProgress?.(response.done, response.total);
          else resolve(response);
        });
        setTimeout(() => host.handle(request), 0);
      });
    },
    cancel() {
      this.cancels++;
      cancelled.forEach((reject) => reject(new CompareCancelledError()));
      cancelled = [];
    },
    get busy() {
      return false;
    },
    dispose() {},
  };
}

function setUp(context: Partial<CompareContext> = {}) {
  const store = createCompareStore();
  const client = inProcessClient();
  const acrossClient = inProcessClient();
  const full: CompareContext = {
    fileName: 'small.yaml',
    shipped: withVariant,
    edited: harsher,
    seed: 7,
    days: 30,
    otherText: (name) => (name === 'other.yaml' ? withVariant : undefined),
    ...context,
  };
  const actions = createCompareActions(store, { context: () => full, client, acrossClient });
  return { store, actions, client, acrossClient, context: full };
}

describe('compare host', () => {
  it('finds no difference between a rule set and itself', () => {
    const answers: CompareResponse[] = [];
    const host = createCompareHost(
      (r) => answers.push(r),
      () => 0,
    );
    const side = { fileName: 'small.yaml', text: small };
    host.handle({ kind: 'compare', id: 1, job: { a: side, b: side, seed: 3, days: 20 } });
    const answer = answers.at(-1);
    expect(answer?.kind).toBe('compared');
    if (answer?.kind !== 'compared') return;
    expect(answer.comparison.differences).toEqual([]);
    expect(answer.comparison.summary.every((m) => m.diff === 0 || m.diff === null)).toBe(true);
    expect(answer.bRunAs).toBe('same-town');
  });

  it('after an edit to B runs only B again, and gives what a fresh comparison gives', () => {
    const answers: CompareResponse[] = [];
    let clock = 0;
    const host = createCompareHost(
      (r) => answers.push(r),
      () => (clock += 50),
    );
    const a = { fileName: 'small.yaml', text: small };
    const job = (text: string) => ({ a, b: { fileName: 'small.yaml', text }, seed: 5, days: 30 });
    host.handle({ kind: 'compare', id: 1, job: job(harsher) });
    const edited = edit(harsher, ['ruleset', 'rules', 0, 'points'], -100);
    answers.length = 0;
    host.handle({ kind: 'compare', id: 2, job: job(edited) });
    const totals = answers.flatMap((r) => (r.kind === 'progress' ? [r.total] : []));
    expect(new Set(totals)).toEqual(new Set([30]));
    const reused = answers.at(-1);

    const fresh: CompareResponse[] = [];
    createCompareHost(
      (r) => fresh.push(r),
      () => 0,
    ).handle({
      kind: 'compare',
      id: 2,
      job: job(edited),
    });
    const expected = fresh.at(-1);
    expect(reused?.kind).toBe('compared');
    if (reused?.kind !== 'compared' || expected?.kind !== 'compared') return;
    expect(reused.comparison).toEqual(expected.comparison);
  });

  it('reports the positioned problems of a side that cannot run', () => {
    const answers: CompareResponse[] = [];
    const host = createCompareHost(
      (r) => answers.push(r),
      () => 0,
    );
    const broken = small.replace('points: -5', 'points: lots');
    host.handle({
      kind: 'compare',
      id: 2,
      job: {
        a: { fileName: 'a.yaml', text: small },
        b: { fileName: 'b.yaml', text: broken },
        seed: 1,
        days: 5,
      },
    });
    const answer = answers.at(-1);
    expect(answer).toMatchObject({ kind: 'invalid', side: 'b', fileName: 'b.yaml' });
    if (answer?.kind !== 'invalid') return;
    expect(answer.errors[0]).toMatchObject({ file: 'b.yaml', path: 'ruleset.rules[0].points' });
    expect(answer.errors[0].line).toBeGreaterThan(60);
  });

  it('runs another town’s scenario as rules on A’s town', () => {
    const answers: CompareResponse[] = [];
    const host = createCompareHost(
      (r) => answers.push(r),
      () => 0,
    );
    const bigger = edit(small, ['town', 'population'], 300);
    host.handle({
      kind: 'compare',
      id: 3,
      job: {
        a: { fileName: 'a.yaml', text: small },
        b: { fileName: 'b.yaml', text: bigger },
        seed: 1,
        days: 5,
      },
    });
    const answer = answers.at(-1);
    expect(answer).toMatchObject({ kind: 'compared', bRunAs: 'rules-on-a-town' });
    if (answer?.kind === 'compared') expect(answer.scenarios.b.town.population).toBe(200);
  });
});

describe('compare store', () => {
  it('compares shipped with edited, keeps both runs and opens both dossiers of a person', async () => {
    const { store, actions } = setUp();
    await actions.run();
    const { result, run } = store.getState();
    expect(run).toEqual({ status: 'idle' });
    expect(result?.key).toBe(actions.currentKey());
    expect(result?.comparison.seeds).toEqual([7]);
    expect(result?.comparison.days).toBe(30);
    const difference = result?.comparison.differences[0];
    expect(difference).toBeDefined();
    if (!difference) return;
    await actions.openPerson(difference);
    const person = store.getState().person;
    expect(person?.status).toBe('ready');
    expect(person?.a?.id).toBe(difference.agent);
    expect(person?.b?.id).toBe(difference.agent);
    expect(person?.a?.timeline).not.toEqual(person?.b?.timeline);
  });

  it('marks a result out of date when an edit changes one of its sides', async () => {
    const { store, actions, context } = setUp();
    await actions.run();
    const before = store.getState().result?.key;
    context.edited = edit(harsher, ['ruleset', 'rules', 0, 'points'], -300);
    expect(actions.currentKey()).not.toBe(before);
    store.setState({ b: { kind: 'variant', id: 'no_lists' } });
    context.edited = harsher;
    expect(actions.currentKey()).not.toBe(before);
  });

  it('repeats the comparison across seeds with a spread for each difference', async () => {
    const { store, actions } = setUp();
    actions.setSeeds(3);
    await actions.runAcrossSeeds();
    const across = store.getState().across;
    expect(across?.comparison.seeds).toEqual([7, 8, 9]);
    const points = across?.comparison.acrossSeeds.summary.find((m) => m.name === 'finalMeanScore');
    expect(points?.diff?.mean).toBeLessThan(0);
    expect(points?.diff?.min).toBeLessThanOrEqual(points?.diff?.max ?? NaN);
  });

  it('shows the side that cannot run, and leaves A as it is when B is another scenario', async () => {
    const { store, actions, client } = setUp({ otherText: () => 'id: [' });
    actions.setChoice('b', { kind: 'scenario', fileName: 'other.yaml' });
    await actions.run();
    expect(store.getState().run).toMatchObject({
      status: 'invalid',
      side: 'b',
      fileName: 'other.yaml',
    });
    const job = client.requests.at(-1);
    expect(job?.kind === 'compare' && job.job.a.text).toBe(withVariant);
  });

  it('a cancelled run leaves no result and says it was cancelled', async () => {
    const { store, actions } = setUp();
    const running = actions.run();
    expect(store.getState().run.status).toBe('running');
    actions.cancel();
    await running;
    expect(store.getState().run).toEqual({ status: 'cancelled' });
    expect(store.getState().result).toBeNull();
  });

  it('a warm-up reads the scenario ahead, and a comparison waits behind it', async () => {
    const { store, actions, client } = setUp();
    actions.warm();
    await actions.run();
    expect(client.requests.map((r) => r.kind)).toEqual(['warm', 'compare']);
    expect(client.cancels).toBe(0);
    expect(store.getState().result).not.toBeNull();
  });

  it('builds one job key per set of inputs', () => {
    const { context } = setUp();
    const a = jobFor({ a: { kind: 'shipped' }, b: { kind: 'edited' } }, context);
    const b = jobFor({ a: { kind: 'shipped' }, b: { kind: 'edited' } }, context);
    expect(a?.key).toBe(b?.key);
    expect(
      jobFor({ a: { kind: 'shipped' }, b: { kind: 'scenario', fileName: 'gone.yaml' } }, context),
    ).toBeNull();
  });
});

describe('compare client', () => {
  it('passes progress, resolves the answer, and rejects on cancel', async () => {
    const posted: CompareWorkerRequest[] = [];
    let worker: CompareWorkerLike | null = null;
    let terminated = 0;
    const client = createCompareClient(() => {
      worker = {
        postMessage: (m) => posted.push(m),
        terminate: () => terminated++,
        onmessage: null,
        onerror: null,
      };
      return worker;
    });
    const progress: number[] = [];
    const side = { fileName: 'a.yaml', text: small };
    const pending = client.request(
      { kind: 'compare', job: { a: side, b: side, seed: 1, days: 2 } },
      (d) => progress.push(d),
    );
    const id = posted[0].id;
    const send = (r: CompareResponse) =>
      worker?.onmessage?.({ data: r } as MessageEvent<CompareResponse>);
    send({ kind: 'progress', id, done: 1, total: 4 });
    send({ kind: 'failed', id, message: 'boom' });
    await expect(pending).resolves.toEqual({ kind: 'failed', id, message: 'boom' });
    expect(progress).toEqual([1]);
    const second = client.request({ kind: 'dossier', side: 'a', agent: 'p1' });
    expect(client.busy).toBe(true);
    client.cancel();
    await expect(second).rejects.toBeInstanceOf(CompareCancelledError);
    expect(terminated).toBe(1);
  });
});
