// "Ambil sekarang": staff ask for one source to be polled at once, and follow that poll. The request
// is only recorded here (the API process has no queue); the scheduler hands it to the queue as the
// same poll job it runs on schedule, and the poll writes what it found into the request.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { JobQueue } from '../../kernel/jobs/queue.ts';
import { recordChange } from '../audit/audit.service.ts';
import { getSource } from '../sources/sources.service.ts';
import { pollSourceJob } from './crawl.jobs.ts';
import { crawlPolicy } from './crawl.policy.ts';
import {
  activePollRequest,
  claimPollRequests,
  insertPollRequest,
  latestPollRequest,
  type PollRequest,
  polledArticleCounts,
} from './poll-requests.repo.ts';
import type { PollRequestView } from './poll-requests.schema.ts';

/**
 * A request handed to the queue that still waits or runs after this long lost its job (a worker
 * that died): it is handed over again. Longer than a poll job's timeout and its retries.
 */
export const POLL_REQUEST_LEASE_MS = 20 * 60 * 1000;

async function view(store: Store, request: PollRequest): Promise<PollRequestView> {
  const { workspaceId: _w, firstArticleId: _f, lastArticleId: _l, ...rest } = request;
  return { ...rest, articles: await polledArticleCounts(store, request) };
}

/**
 * Asks for the source to be polled now. A request that already waits or runs for it is the answer
 * to a second ask (nothing new is recorded), so pressing the button twice polls once.
 */
export async function requestPoll(
  ctx: Ctx,
  sourceId: number,
): Promise<{ request: PollRequestView; created: boolean }> {
  const source = await getSource(ctx, sourceId);
  authorize(ctx.actor, crawlPolicy.can('run'), source.workspaceId);
  if (!source.enabled) {
    throw new PantauError(
      'conflict',
      'Sumber ini nonaktif; aktifkan dulu untuk mengambil beritanya — the source is disabled; enable it first',
    );
  }
  try {
    const made = await tx(ctx, async (t) => {
      const active = await activePollRequest(t, source.id);
      if (active) return { request: active, created: false };
      const created = await insertPollRequest(t, {
        workspaceId: source.workspaceId,
        sourceId: source.id,
        requestedBy: t.actor.kind === 'user' ? t.actor.userId : null,
        requestedByName: t.actor.name,
        createdAt: t.now().toISOString(),
      });
      await recordChange(t, {
        action: 'crawl.poll',
        recordType: 'poll_request',
        recordId: created.id,
        after: { source: source.id, name: source.name, status: created.status },
        workspaceId: source.workspaceId,
      });
      return { request: created, created: true };
    });
    return { request: await view(ctx, made.request), created: made.created };
  } catch (e) {
    // Two asks at once: the store's one-active-request index refused the second's insert.
    const active = e instanceof PantauError ? null : await activePollRequest(ctx, source.id);
    if (active) return { request: await view(ctx, active), created: false };
    throw e;
  }
}

/** The source's newest request and how its articles fared (null when none was ever made). */
export async function latestPoll(ctx: Ctx, sourceId: number): Promise<PollRequestView | null> {
  const source = await getSource(ctx, sourceId);
  const request = await latestPollRequest(ctx, source.id);
  return request ? view(ctx, request) : null;
}

/**
 * The scheduler's part: each request not yet handed to the queue becomes the source's poll job
 * (the job the schedule uses, whose key keeps a source from being queued twice).
 */
export async function enqueueRequestedPolls(
  app: { store: Store; queue: JobQueue },
  now = new Date(),
): Promise<number> {
  const sources = await claimPollRequests(
    app.store,
    now.toISOString(),
    new Date(now.getTime() - POLL_REQUEST_LEASE_MS).toISOString(),
  );
  for (const sourceId of sources) await app.queue.enqueue(pollSourceJob, { sourceId });
  return sources.length;
}
