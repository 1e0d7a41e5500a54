/** Starts a simulation worker (Vite bundles the worker from this `new URL` pattern). */
export function spawnSimulationWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}
