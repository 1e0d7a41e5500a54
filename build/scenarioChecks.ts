/**
 * What build/shippedScenarios.ts runs on each shipped file, imported through Vite's module runner
 * (so the config itself imports no source files): the loader and the start screen's entry.
 */
export { loadScenario } from '../src/scenario/load';
export { catalogEntry } from '../src/worker/scenarioMeta';
