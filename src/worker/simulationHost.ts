/**
 * The worker's logic, kept apart from the `self.onmessage` wiring so Node tests can drive it:
 * one simulation at a time, built from a scenario the page has read and checked (so the worker
 * carries no YAML parser and no schema), advanced on request, read for dossiers.
 */
import { peopleOutcomes } from '../export/peopleOutcomes';
import { runSummary } from '../export/runSummary';
import type { Simulation } from '../engine/types';
import { ConditionBudgetError } from '../scenario/conditions/conditionCost';
import type { DayFrame, LoadedTown, WorkerRequest, WorkerResponse } from './protocol';
import { castRole, makeRoleMove, replayRoleMoves, roleFrame, roleSnapshot } from './roleHost';

/** How often a long replay reports progress (the watchdog's heartbeat). */
const PROGRESS_EVERY_MS = 100;

export interface SimulationHost {
  handle(request: WorkerRequest): void;
}

/** Creates the host; `post` sends an answer to the UI, `now` reads a monotonic clock in ms. */
export function createSimulationHost(
  post: (response: WorkerResponse) => void,
  now: () => number,
): SimulationHost {
  let simulation: Simulation | undefined;
  /** Why the run in play cannot go on (it passed the day budget of conditions), if it cannot. */
  let halted: ConditionBudgetError | undefined;
  /** Last day already sent to the UI: frames carry what changed after it. */
  let sentDay = 0;
  /** First day whose feed events the UI has not had: 0 after a load (listings as the story begins). */
  let feedFrom = 0;

  const frame = (sim: Simulation): DayFrame => {
    const series: Record<string, number[]> = {};
    const all = sim.metrics();
    for (const name of Object.keys(all)) series[name] = all[name].slice(sentDay, sim.day);
    const feed = sim.feed(feedFrom).filter((event) => event.day >= feedFrom);
    const role = roleFrame(sim);
    const result: DayFrame = {
      day: sim.day,
      snapshot: roleSnapshot(sim.snapshot(), sim.scenario, role),
      metrics: { fromDay: sentDay + 1, series },
      feed,
      role,
    };
    sentDay = sim.day;
    feedFrom = sim.day + 1;
    return result;
  };

  const stepTo = (sim: Simulation, id: number, targetDay: number) => {
    let lastReport = now();
    while (sim.day < targetDay) {
      sim.step();
      if (now() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = now();
        post({ kind: 'progress', id, day: sim.day, targetDay });
      }
    }
  };

  const load = (request: Extract<WorkerRequest, { kind: 'load' }>) => {
    const scenario = request.scenario;
    const seed = request.seed ?? scenario.seed;
    // The run in play stays until this one is ready: a load that fails (a condition past the day
    // budget while replaying) leaves the previous run as it was.
    // The engine's default records every dossier in a small town and a sample in a large one.
    const cast = castRole(scenario, seed, request.role);
    const sim = cast.sim;
    const before = { sentDay, feedFrom };
    sentDay = 0;
    feedFrom = 0;
    let replayed: ReturnType<typeof replayRoleMoves>;
    try {
      replayed = replayRoleMoves(
        sim,
        request.moves ?? [],
        Math.min(request.toDay, scenario.days),
        (day) => stepTo(sim, request.id, day),
      );
    } catch (error) {
      ({ sentDay, feedFrom } = before);
      throw error;
    }
    simulation = sim;
    halted = undefined;
    const peopleNames: string[] = [];
    const namedPeople: LoadedTown['namedPeople'] = [];
    for (let i = 0; i < sim.peopleCount; i++) {
      const person = sim.person(`p${i}`);
      peopleNames.push(person?.name ?? '');
      if (person?.role !== undefined) namedPeople.push({ id: person.id, role: person.role });
    }
    const businessNames: string[] = [];
    for (let i = 0; i < sim.businessCount; i++) {
      businessNames.push(sim.business(`b${i}`)?.name ?? '');
    }
    const town: LoadedTown = {
      fileName: request.fileName,
      scenario,
      hash: request.hash,
      warnings: request.warnings,
      seed,
      layout: sim.layout(),
      peopleNames,
      businessNames,
      namedPeople,
      metricNames: sim.metricNames(),
      // Everything up to the restored day travels in the first frame.
      frame: frame(sim),
      role: { roles: sim.roles(), problem: cast.problem ?? replayed },
    };
    post({ kind: 'loaded', id: request.id, town });
  };

  const advance = (request: Extract<WorkerRequest, { kind: 'advance' }>) => {
    const sim = requireSimulation();
    // A run stopped by the day budget stays on its last whole day; it cannot go on.
    if (halted !== undefined) throw halted;
    const start = now();
    const lastDay = Math.min(sim.day + Math.max(1, request.days), sim.scenario.days);
    while (sim.day < lastDay) {
      try {
        sim.step();
      } catch (error) {
        if (error instanceof ConditionBudgetError) halted = error;
        throw error;
      }
      if (now() - start >= request.budgetMs) break;
    }
    post({ kind: 'advanced', id: request.id, frame: frame(sim) });
  };

  const requireSimulation = (): Simulation => {
    if (simulation === undefined) throw new Error('No scenario is loaded in the worker yet.');
    return simulation;
  };

  return {
    handle(request) {
      try {
        switch (request.kind) {
          case 'load':
            load(request);
            return;
          case 'advance':
            advance(request);
            return;
          case 'dossier':
            post({
              kind: 'dossier',
              id: request.id,
              dossier: requireSimulation().dossier(request.agent) ?? null,
            });
            return;
          case 'outcomes':
            post(outcomes(request.id, requireSimulation()));
            return;
          case 'roleMove':
            post({
              kind: 'roleMoved',
              id: request.id,
              ...makeRoleMove(requireSimulation(), request.move),
            });
            return;
          case 'ping':
            post({ kind: 'pong', id: request.id });
            return;
          case 'fault':
            if (request.fault === 'crash') {
              throw new FaultInjected('Fault injected for testing: the worker crashed.');
            }
            for (;;) {
              // A deliberate hang so tests can see the watchdog restart the worker.
            }
        }
      } catch (error) {
        if (error instanceof FaultInjected) throw error;
        const stopped =
          error instanceof ConditionBudgetError
            ? { day: error.day, where: error.where, budget: error.budget }
            : undefined;
        post({ kind: 'failed', id: request.id, message: describeError(error), stopped });
      }
    },
  };
}

/** The exports' view of the run so far: each person's outcome and the summary figures. */
function outcomes(id: number, sim: Simulation): WorkerResponse {
  const summary = runSummary(
    sim.summary(),
    sim.metrics(),
    sim.day,
    sim.peopleCount,
    sim.businessCount,
  );
  return { kind: 'outcomes', id, day: sim.day, outcomes: peopleOutcomes(sim), summary };
}

/** Thrown only by the test hook: escapes the handler so the worker really crashes. */
class FaultInjected extends Error {}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
