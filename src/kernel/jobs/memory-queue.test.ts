// The in-memory queue keeps the contract of the other backends for one run: a key is queued once,
// a job queued by a running job is worked in the same run, failures are retried by the job's own
// policy, a deferral is waited for rather than lost, and its tally says how the jobs ended.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineJob, handle, RetryLater } from './definitions.ts';
import { openMemoryQueue } from './memory-queue.ts';

const parent = defineJob({
  name: 'parent',
  payload: z.object({ n: z.number() }),
  retry: { retries: 0, timeoutSeconds: 10 },
  key: ({ n }) => `parent:${n}`,
});
const child = defineJob({
  name: 'child',
  payload: z.object({ n: z.number() }),
  retry: { retries: 1, timeoutSeconds: 10 },
  key: ({ n }) => `child:${n}`,
});

describe('memory queue', () => {
  test('jobs queued by running jobs are worked in the same run, and a key is queued once', async () => {
    const queue = openMemoryQueue();
    const seen: string[] = [];
    for (const n of [1, 2, 2, 3]) await queue.enqueue(parent, { n });
    await queue.work(
      [
        handle(parent, async ({ n }) => {
          seen.push(`parent ${n}`);
          await queue.enqueue(child, { n });
          await queue.enqueue(child, { n }); // the same key while waiting: once
        }),
        handle(
          child,
          async ({ n }) => {
            seen.push(`child ${n}`);
          },
          4,
        ),
      ],
      { untilIdle: true },
    );
    expect(seen.filter((s) => s.startsWith('parent')).sort()).toEqual(['parent 1', 'parent 2', 'parent 3']);
    expect(seen.filter((s) => s.startsWith('child')).sort()).toEqual(['child 1', 'child 2', 'child 3']);
    expect(queue.tally('parent')).toEqual({ queued: 3, done: 3, failed: 0 });
    expect(queue.tally('child')).toEqual({ queued: 3, done: 3, failed: 0 });
    expect(queue.backend).toBe('memory');
  });

  test('a failure is retried as the job declares, then given up and counted', async () => {
    const queue = openMemoryQueue();
    const attempts = new Map<number, number>();
    const errors: string[] = [];
    await queue.enqueue(child, { n: 1 });
    await queue.enqueue(child, { n: 2 });
    const started = Date.now();
    await queue.work(
      [
        handle(child, async ({ n }) => {
          attempts.set(n, (attempts.get(n) ?? 0) + 1);
          if (n === 2 || attempts.get(n) === 1) throw new Error(`boom ${n}`);
        }),
      ],
      { untilIdle: true, onError: (_, e) => errors.push(String(e)) },
    );
    // One retry (after the embedded queue's 5 s first backoff): n=1 then succeeds, n=2 fails again.
    expect(attempts.get(1)).toBe(2);
    expect(attempts.get(2)).toBe(2);
    expect(queue.tally('child')).toEqual({ queued: 2, done: 1, failed: 1 });
    expect(errors).toEqual(['Error: boom 1', 'Error: boom 2', 'Error: boom 2']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
  }, 20_000);

  test('a deferred job (RetryLater) is waited for, and its deferral is not an attempt', async () => {
    const queue = openMemoryQueue();
    let runs = 0;
    await queue.enqueue(parent, { n: 1 });
    await queue.work(
      [
        handle(parent, async () => {
          runs++;
          if (runs < 3) throw new RetryLater(50, 'not yet');
        }),
      ],
      { untilIdle: true },
    );
    expect(runs).toBe(3);
    expect(queue.tally('parent')).toEqual({ queued: 1, done: 1, failed: 0 });
  });
});
