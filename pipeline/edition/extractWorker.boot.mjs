// The entry of an extraction worker thread. A thread starts without the TypeScript loader that
// bin/briefings.js (or vitest) gave the main thread, so it registers tsx the same way, then runs
// the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
