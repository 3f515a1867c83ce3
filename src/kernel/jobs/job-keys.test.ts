// A job's key means "one is enough": enqueuing the same key again while one waits does not make a
// second run, on the store's own queue (SQLite) and on pg-boss (PostgreSQL) alike. pg-boss's
// default queues ignore keys, which made every keyed job there a possible duplicate.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { defineJob, handle } from './definitions.ts';
import { openQueue } from './open-queue.ts';
import type { JobQueue } from './queue.ts';

const keyedJob = defineJob({
  name: 'test-keyed-poll',
  payload: z.object({ sourceId: z.number() }),
  retry: { retries: 1, timeoutSeconds: 60 },
  key: ({ sourceId }) => `source:${sourceId}`,
});

const unkeyedJob = defineJob({
  name: 'test-unkeyed-note',
  payload: z.object({ n: z.number() }),
  retry: { retries: 1, timeoutSeconds: 60 },
});

describe.each(DIALECTS)('job keys on %s', (dialect) => {
  let t: TestStore;
  let queue: JobQueue;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    queue = await openQueue(t.store, { databaseUrl: t.databaseUrl, dataDir: t.dataDir });
  });
  afterAll(async () => {
    await queue?.close();
    await t?.dispose();
  });

  test('a key waiting already is not queued again; other keys and keyless jobs all run', async () => {
    for (const sourceId of [1, 1, 2, 1]) await queue.enqueue(keyedJob, { sourceId });
    for (const n of [1, 1]) await queue.enqueue(unkeyedJob, { n });
    const polled: number[] = [];
    const notes: number[] = [];
    await queue.work(
      [
        handle(keyedJob, async ({ sourceId }) => {
          polled.push(sourceId);
        }),
        handle(unkeyedJob, async ({ n }) => {
          notes.push(n);
        }),
      ],
      { untilIdle: true },
    );
    expect(polled.sort()).toEqual([1, 2]);
    expect(notes).toEqual([1, 1]);
  });

  test('once its run is over, the same key may be queued and run again', async () => {
    await queue.enqueue(keyedJob, { sourceId: 1 });
    const polled: number[] = [];
    await queue.work(
      [
        handle(keyedJob, async ({ sourceId }) => {
          polled.push(sourceId);
        }),
      ],
      { untilIdle: true },
    );
    expect(polled).toEqual([1]);
  });
});
