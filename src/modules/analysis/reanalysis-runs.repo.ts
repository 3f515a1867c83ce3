// Re-analysis runs: asked for from the web app, taken by a worker, their progress written as it goes.
import type { Selectable } from 'kysely';
import type { Store } from '../../kernel/db/connect.ts';
import type { ReanalysisRunTable } from '../../kernel/db/schema.ts';

export type RunStatus = ReanalysisRunTable['status'];

export interface ReanalysisRun {
  id: number;
  workspaceId: number;
  requestedBy: { id: number | null; name: string };
  status: RunStatus;
  total: number;
  done: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const ACTIVE: RunStatus[] = ['queued', 'running'];

function toRun(r: Selectable<ReanalysisRunTable>): ReanalysisRun {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    requestedBy: { id: r.requested_by, name: r.requested_by_name },
    status: r.status,
    total: Number(r.total),
    done: Number(r.done),
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function insertRun(
  store: Store,
  input: { workspaceId: number; requestedBy: number | null; requestedByName: string; createdAt: string },
): Promise<ReanalysisRun> {
  const row = await store.db
    .insertInto('reanalysis_run')
    .values({
      workspace_id: input.workspaceId,
      requested_by: input.requestedBy,
      requested_by_name: input.requestedByName,
      status: 'queued',
      total: 0,
      done: 0,
      created_at: input.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRun(row);
}

export async function findRun(store: Store, id: number): Promise<ReanalysisRun | null> {
  const row = await store.db.selectFrom('reanalysis_run').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRun(row) : null;
}

/** The workspace's newest run, whatever its status. */
export async function latestRun(store: Store, workspaceId: number): Promise<ReanalysisRun | null> {
  const row = await store.db
    .selectFrom('reanalysis_run')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRun(row) : null;
}

/** The workspace's run that waits or runs, if any. */
export async function activeRun(store: Store, workspaceId: number): Promise<ReanalysisRun | null> {
  const row = await store.db
    .selectFrom('reanalysis_run')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ACTIVE)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRun(row) : null;
}

/**
 * Running runs whose worker has written no heartbeat since `staleBefore` go back to waiting,
 * keeping how far they got; they are handed to the queue again at once.
 */
export async function requeueOrphanedRuns(store: Store, staleBefore: string): Promise<number> {
  const res = await store.db
    .updateTable('reanalysis_run')
    .set({ status: 'queued', enqueued_at: null })
    .where('status', '=', 'running')
    // No heartbeat at all: left running by a release that wrote none.
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', staleBefore)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Waiting runs never handed to the queue, or handed before `handedBefore` and still not taken. */
export async function runsToEnqueue(store: Store, handedBefore: string): Promise<number[]> {
  const rows = await store.db
    .selectFrom('reanalysis_run')
    .select('id')
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('enqueued_at', 'is', null), eb('enqueued_at', '<', handedBefore)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function markRunEnqueued(store: Store, id: number, at: string): Promise<void> {
  await store.db
    .updateTable('reanalysis_run')
    .set({ enqueued_at: at })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

/** The workspace's slug for a run: the job resolves the workspace as the CLI does. */
export async function runWorkspaceSlug(store: Store, runId: number): Promise<string | null> {
  const row = await store.db
    .selectFrom('reanalysis_run')
    .innerJoin('workspace', 'workspace.id', 'reanalysis_run.workspace_id')
    .select('workspace.slug')
    .where('reanalysis_run.id', '=', runId)
    .executeTakeFirst();
  return row?.slug ?? null;
}

/** A worker's hold on a run it took: its claim, and where the run stood when it took it. */
export interface RunClaim {
  claim: number;
  done: number;
  resumeAfter: number;
}

/**
 * Waiting → running for this worker, its heartbeat starting now; null when the run is not waiting
 * (it ended, or another worker has it). The first taker keeps the start time.
 */
export async function takeRun(store: Store, id: number, at: string): Promise<RunClaim | null> {
  const row = await store.db
    .updateTable('reanalysis_run')
    .set((eb) => ({
      status: 'running',
      claim: eb('claim', '+', 1),
      heartbeat_at: at,
      started_at: eb.fn.coalesce('started_at', eb.val(at)),
      error: null,
    }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returning(['claim', 'done', 'resume_after'])
    .executeTakeFirst();
  return row
    ? { claim: Number(row.claim), done: Number(row.done), resumeAfter: Number(row.resume_after) }
    : null;
}

/**
 * Progress and heartbeat in one write, while the claim is still this worker's; false when it is
 * not (the run was presumed dead and handed to another, or it ended).
 */
export async function writeRunProgress(
  store: Store,
  id: number,
  claim: number,
  progress: { done: number; total: number; resumeAfter: number; at: string },
): Promise<boolean> {
  const res = await store.db
    .updateTable('reanalysis_run')
    .set({
      done: progress.done,
      total: progress.total,
      resume_after: progress.resumeAfter,
      heartbeat_at: progress.at,
    })
    .where('id', '=', id)
    .where('claim', '=', claim)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Ends the run, while the claim is still this worker's; false when it is not. */
export async function finishRun(
  store: Store,
  id: number,
  claim: number,
  end: { status: 'done' | 'failed'; at: string; error?: string | null; done?: number; total?: number },
): Promise<boolean> {
  const res = await store.db
    .updateTable('reanalysis_run')
    .set({
      status: end.status,
      finished_at: end.at,
      error: end.error ?? null,
      ...(end.done === undefined ? {} : { done: end.done }),
      ...(end.total === undefined ? {} : { total: end.total }),
    })
    .where('id', '=', id)
    .where('claim', '=', claim)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
