// Re-analysis from the web app: staff ask for it (one run per workspace at a time), the scheduler
// hands waiting runs to the queue, and a worker analyses every stored article again, writing its
// progress into the run. Without a worker the run simply waits, and the web app says so.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { AppContext } from '../../kernel/context.ts';
import { type Ctx, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import type { JobQueue } from '../../kernel/jobs/queue.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { recordChange } from '../audit/audit.service.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { analysisPolicy } from './analysis.policy.ts';
import { reanalyzeWorkspace } from './analysis.service.ts';
import { reanalyzeWorkspaceJob } from './reanalysis.jobs.ts';
import type { ReanalysisRunView } from './reanalysis.schema.ts';
import {
  activeRun,
  activeRunIds,
  finishRun,
  insertRun,
  latestRun,
  markRunRunning,
  type ReanalysisRun,
  runWorkspaceSlug,
  writeRunProgress,
} from './reanalysis-runs.repo.ts';

/** Progress is written at most this often: a row update per article would slow the run itself. */
export const PROGRESS_EVERY_MS = 2000;

const alreadyActive = () =>
  new PantauError(
    'conflict',
    'Analisis ulang workspace ini sedang menunggu atau berjalan — a re-analysis of this workspace is already queued or running',
  );

function view(run: ReanalysisRun): ReanalysisRunView {
  const { workspaceId: _workspaceId, ...rest } = run;
  return rest;
}

/** Asks for every stored article of the caller's workspace to be analysed again. */
export async function requestReanalysis(ctx: Ctx, workspace?: string | null): Promise<ReanalysisRunView> {
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, analysisPolicy.can('reanalyze'), ws.id);
  try {
    const run = await tx(ctx, async (t) => {
      if (await activeRun(t, ws.id)) throw alreadyActive();
      const created = await insertRun(t, {
        workspaceId: ws.id,
        requestedBy: t.actor.kind === 'user' ? t.actor.userId : null,
        requestedByName: t.actor.name,
        createdAt: t.now().toISOString(),
      });
      await recordChange(t, {
        action: 'analysis.reanalyze',
        recordType: 'reanalysis_run',
        recordId: created.id,
        after: { status: created.status },
        workspaceId: ws.id,
      });
      return created;
    });
    return view(run);
  } catch (e) {
    // Two requests at once: the store's one-active-run index refused the second's insert.
    if (!(e instanceof PantauError) && (await activeRun(ctx, ws.id))) throw alreadyActive();
    throw e;
  }
}

/** The workspace's newest run (null when none was ever asked for). */
export async function latestReanalysis(
  ctx: Ctx,
  workspace?: string | null,
): Promise<ReanalysisRunView | null> {
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, analysisPolicy.can('read'), ws.id);
  const run = await latestRun(ctx, ws.id);
  return run ? view(run) : null;
}

/** Hands every waiting (or orphaned running) run to the queue; the job's key keeps each queued once. */
export async function enqueueReanalysisRuns(app: { store: Store; queue: JobQueue }): Promise<number> {
  const ids = await activeRunIds(app.store);
  for (const runId of ids) await app.queue.enqueue(reanalyzeWorkspaceJob, { runId });
  return ids.length;
}

/**
 * The job: marks the run running, re-analyses the workspace writing progress every couple of
 * seconds, and ends it done or failed. A run that already ended (a duplicate job) is left alone.
 */
export async function runReanalysis(
  store: Store,
  pages: PageAnalyser,
  runId: number,
  options: { progressEveryMs?: number } = {},
): Promise<void> {
  const slug = await runWorkspaceSlug(store, runId);
  if (!slug) return; // the workspace (and with it the run) was removed
  if (!(await markRunRunning(store, runId, new Date().toISOString()))) return;
  const every = options.progressEveryMs ?? PROGRESS_EVERY_MS;
  let lastWrite = 0;
  let writes: Promise<void> = Promise.resolve();
  try {
    const done = await reanalyzeWorkspace(store, pages, { workspace: slug }, (d, total) => {
      const now = Date.now();
      if (now - lastWrite < every) return;
      lastWrite = now;
      // Chained so writes land in order; progress is advisory, the run's end is what counts.
      writes = writes.then(() => writeRunProgress(store, runId, d, total)).catch(() => undefined);
    });
    await writes;
    // Articles collected during the run are analysed too: what was done is the total.
    await finishRun(store, runId, { status: 'done', at: new Date().toISOString(), done, total: done });
  } catch (e) {
    await writes;
    await finishRun(store, runId, { status: 'failed', at: new Date().toISOString(), error: safeMessage(e) });
    throw e;
  }
}

/** Domain errors are written for staff; anything else may carry internals, so it stays in the log. */
function safeMessage(e: unknown): string {
  if (e instanceof PantauError) return e.message;
  return 'Analisis ulang gagal; detailnya ada di log pekerja — re-analysis failed; see the worker log';
}

export function reanalysisJobs(app: AppContext): JobRegistration[] {
  return [
    handle(reanalyzeWorkspaceJob, ({ runId }) => runReanalysis(app.store, app.pages, runId)),
  ] as JobRegistration[];
}
