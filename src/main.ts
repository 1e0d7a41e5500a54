/**
 * Entry point. The simulation worker starts first, so it boots and reads the scenarios while the
 * interface's code (src/app.ts, loaded as its own chunk) downloads and runs on the page.
 */
import { spawnSimulationWorker } from './worker/spawnSimulationWorker';
import './ui/styles.css';

const worker = spawnSimulationWorker();
void import('./app').then(({ startApp }) => startApp(worker));
