// Entry of every worker thread: worker threads do not inherit the tsx loader, so register it here
// and then load the TypeScript module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
