// Starts a claims worker thread: a worker does not inherit the parent's TypeScript loader, so it
// registers tsx itself before loading the worker's TypeScript source.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
