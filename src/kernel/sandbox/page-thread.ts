// Worker thread of the page pool (see page-pool.ts): extracts pages and analyses article texts.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../../analyze/article.ts';
import { analysePage } from '../../collect/page-analysis.ts';
import { PantauError } from '../../domain/errors.ts';
import type { ThreadTask } from './page-pool.ts';

parentPort?.on('message', (message: { id: number; work: ThreadTask }) => {
  try {
    const { work } = message;
    const result =
      work.kind === 'page'
        ? analysePage(work.input)
        : analyzeArticle({ title: work.input.title, text: work.input.text }, work.input.settings);
    parentPort?.postMessage({ id: message.id, ok: true, result });
  } catch (e) {
    const code = e instanceof PantauError ? e.code : 'malformed_page';
    parentPort?.postMessage({ id: message.id, ok: false, code, message: (e as Error).message ?? String(e) });
  }
});
