/**
 * The engine worker's logic, apart from the `self.onmessage` wiring so Node tests can drive it:
 * hands each message to its service's host (simulation, compare, plan, figures), created on the
 * service's first message, and wraps the host's answers with the service's name. An instance is
 * normally opened for one service, so only that host is ever created in it.
 */
import { createCompareHost, type CompareHost } from './compareHost';
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { createFiguresHost, type FiguresHost } from './figuresHost';
import { createPlanHost } from './rolePlanHost';
import { createSimulationHost, type SimulationHost } from './simulationHost';

export interface EngineHost {
  /** Serves one message; only the simulation's test fault escapes (to crash the worker). */
  handle(message: EngineRequest): void;
}

/** Creates the host; `post` sends an answer to the page, `now` reads a monotonic clock in ms. */
export function createEngineHost(
  post: (message: EngineResponse) => void,
  now: () => number,
): EngineHost {
  let simulation: SimulationHost | undefined;
  let compare: CompareHost | undefined;
  let plan: ReturnType<typeof createPlanHost> | undefined;
  let figures: FiguresHost | undefined;

  return {
    handle(message) {
      switch (message.service) {
        case 'simulation':
          simulation ??= createSimulationHost(
            (response) => post({ service: 'simulation', response }),
            now,
          );
          simulation.handle(message.request);
          return;
        case 'compare':
          compare ??= createCompareHost((response) => post({ service: 'compare', response }), now);
          compare.handle(message.request);
          return;
        case 'plan':
          plan ??= createPlanHost((response) => post({ service: 'plan', response }), now);
          plan.handle(message.request);
          return;
        case 'figures':
          figures ??= createFiguresHost((response) => post({ service: 'figures', response }));
          figures.handle(message.request);
          return;
        default: {
          const unknown: never = message;
          throw new Error(
            `The engine worker has no service ${JSON.stringify((unknown as { service?: unknown }).service)}.`,
          );
        }
      }
    },
  };
}
