// Worker thread that analyses article pages for the page pool (see page-pool.ts).
import { parentPort } from 'node:worker_threads';
import { PantauError } from '../domain/errors.ts';
import { analysePage, type PageInput } from './page-analysis.ts';

parentPort?.on('message', (message: { id: number; input: PageInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, ok: true, result: analysePage(message.input) });
  } catch (e) {
    const code = e instanceof PantauError ? e.code : 'malformed_page';
    parentPort?.postMessage({ id: message.id, ok: false, code, message: (e as Error).message ?? String(e) });
  }
});
