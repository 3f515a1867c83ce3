// The lane loop with jobs in memory: slow jobs must not keep other work waiting, whether that work
// is in the same lane (free slots) or in a lane beside it (jobs a running job has queued).
import { expect, test } from 'vitest';
import { LaneGroup, runLane, sleep } from './lane.ts';

interface Job {
  name: string;
  ms: number;
  onStart?: () => void;
}

function lane(
  queue: Job[],
  finished: Map<string, number>,
  extra: { concurrency: number; refillAt?: number },
) {
  const started = Date.now();
  return {
    ...extra,
    untilIdle: true,
    idleMs: 20,
    stopped: () => false,
    take: async (free: number) => queue.splice(0, free),
    run: async (job: Job) => {
      job.onStart?.();
      await sleep(job.ms);
      finished.set(job.name, Date.now() - started);
    },
  };
}

test('a lane beside a slow job runs the work that job queued, before the slow job ends', async () => {
  const finished = new Map<string, number>();
  const articles: Job[] = [];
  const polls: Job[] = [
    {
      name: 'quick poll',
      ms: 10,
      onStart: () => setTimeout(() => articles.push({ name: 'article', ms: 10 }), 10),
    },
    { name: 'trickling poll', ms: 1000 },
  ];
  const group = new LaneGroup();
  await Promise.all([
    runLane({ ...lane(polls, finished, { concurrency: 4 }), group }),
    runLane({ ...lane(articles, finished, { concurrency: 4 }), group }),
  ]);
  expect(finished.get('article')).toBeLessThan(500);
  // Its 1000 ms, read off a millisecond clock started a moment before the sleep: 999 happens.
  expect(finished.get('trickling poll')).toBeGreaterThanOrEqual(990);
});

test('a lane whose first look finds nothing waits for the lanes beside it to take their first jobs', async () => {
  // On PostgreSQL the article lane's empty first take can finish before the poll lane has started
  // any poll; it must not conclude that nothing will ever come.
  const finished = new Map<string, number>();
  const articles: Job[] = [];
  const polls: Job[] = [
    { name: 'quick poll', ms: 10, onStart: () => articles.push({ name: 'article', ms: 10 }) },
    { name: 'trickling poll', ms: 1000 },
  ];
  const group = new LaneGroup();
  const slowTake = lane(polls, finished, { concurrency: 4 });
  await Promise.all([
    runLane({
      ...slowTake,
      group,
      take: async (free: number) => {
        await sleep(100);
        return slowTake.take(free);
      },
    }),
    runLane({ ...lane(articles, finished, { concurrency: 4 }), group }),
  ]);
  expect(finished.get('article')).toBeLessThan(600);
});

test('free slots are filled while slow jobs hold the rest, even below the refill mark', async () => {
  const finished = new Map<string, number>();
  const queue: Job[] = [
    { name: 'slow 1', ms: 1000 },
    { name: 'slow 2', ms: 1000 },
    { name: 'slow 3', ms: 1000 },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `quick ${i}`, ms: 10 })),
  ];
  await runLane(lane(queue, finished, { concurrency: 4, refillAt: 2 }));
  for (let i = 0; i < 5; i++) expect(finished.get(`quick ${i}`)).toBeLessThan(600);
});
