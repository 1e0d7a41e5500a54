import { openEngineChannel, type EngineChannel } from './engineChannel';

/** Starts an engine worker for the town in play (the simulation service). */
export function spawnSimulationWorker(): EngineChannel<'simulation'> {
  return openEngineChannel('simulation');
}
