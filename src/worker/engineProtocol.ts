/**
 * The engine worker's messages: one script (engine.worker.ts) holds the only copy of the engine
 * and its libraries, and serves four services; scenarios arrive read and checked by the page. Each worker instance is
 * opened for one service (engineChannel.ts), so the town keeps playing while a comparison, a plan
 * or figures across seeds run in instances of their own, all started from the same script.
 *
 * Every message names its service and carries that service's own message unchanged:
 *   simulation  the town in play (protocol.ts)
 *   compare     Compare A/B (compareProtocol.ts)
 *   plan        the planner's plans (rolePlanProtocol.ts)
 *   figures     figures across seeds: the answer key and the claims (figuresProtocol.ts)
 */
import type { CompareResponse, CompareWorkerRequest } from './compareProtocol';
import type { FiguresRequest, FiguresResponse } from './figuresProtocol';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { PlanResponse, PlanWorkerRequest } from './rolePlanProtocol';

/** Each service's requests and answers. */
export interface EngineServices {
  simulation: { request: WorkerRequest; response: WorkerResponse };
  compare: { request: CompareWorkerRequest; response: CompareResponse };
  plan: { request: PlanWorkerRequest; response: PlanResponse };
  figures: { request: FiguresRequest; response: FiguresResponse };
}

export type EngineService = keyof EngineServices;

/** Every service the worker serves, in a fixed order. */
export const ENGINE_SERVICES: readonly EngineService[] = [
  'simulation',
  'compare',
  'plan',
  'figures',
];

export type ServiceRequest<S extends EngineService> = EngineServices[S]['request'];
export type ServiceResponse<S extends EngineService> = EngineServices[S]['response'];

/** A request to the worker: its service, and that service's message. */
export type EngineRequest = {
  [S in EngineService]: { service: S; request: ServiceRequest<S> };
}[EngineService];

/** An answer from the worker: the service answering, and its message. */
export type EngineResponse = {
  [S in EngineService]: { service: S; response: ServiceResponse<S> };
}[EngineService];
