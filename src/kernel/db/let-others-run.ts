// better-sqlite3 answers synchronously, so a loop of awaited SQLite queries runs as one chain of
// microtasks: no request is answered, no timer fires, until the whole loop ends. Loops over
// thousands of rows (a sitemap's 250,000 URL keys, 5,000 new articles and their jobs) let the rest
// of the process run between their chunks.
import { setImmediate as nextTurn } from 'node:timers/promises';

export function letOthersRun(): Promise<void> {
  return nextTurn();
}
