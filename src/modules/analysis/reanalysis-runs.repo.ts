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

/** Runs still waiting or running in any workspace, for the scheduler to hand to the queue. */
export async function activeRunIds(store: Store): Promise<number[]> {
  const rows = await store.db
    .selectFrom('reanalysis_run')
    .select('id')
    .where('status', 'in', ACTIVE)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
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

/** Queued (or left running by a worker that died) → running; false when it already ended. */
export async function markRunRunning(store: Store, id: number, at: string): Promise<boolean> {
  const res = await store.db
    .updateTable('reanalysis_run')
    .set({ status: 'running', started_at: at, done: 0, error: null })
    .where('id', '=', id)
    .where('status', 'in', ACTIVE)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function writeRunProgress(store: Store, id: number, done: number, total: number): Promise<void> {
  await store.db
    .updateTable('reanalysis_run')
    .set({ done, total })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishRun(
  store: Store,
  id: number,
  end: { status: 'done' | 'failed'; at: string; error?: string | null; done?: number; total?: number },
): Promise<void> {
  await store.db
    .updateTable('reanalysis_run')
    .set({
      status: end.status,
      finished_at: end.at,
      error: end.error ?? null,
      ...(end.done === undefined ? {} : { done: end.done }),
      ...(end.total === undefined ? {} : { total: end.total }),
    })
    .where('id', '=', id)
    .execute();
}
