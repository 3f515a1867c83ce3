// Re-analysis from the web app: staff ask for it (one run per workspace at a time), the scheduler
// hands waiting runs to the queue, and a worker analyses every stored article again, writing its
// progress into the run. Without a worker the run simply waits, and the web app says so. The
// progress doubles as the worker's heartbeat: a run whose heartbeat goes quiet goes back to the
// queue and the next worker resumes it where the last one stopped.
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
  finishRun,
  insertRun,
  latestRun,
  markRunEnqueued,
  type ReanalysisRun,
  requeueOrphanedRuns,
  runsToEnqueue,
  runWorkspaceSlug,
  takeRun,
  writeRunProgress,
} from './reanalysis-runs.repo.ts';

/** Progress, and with it the heartbeat, is written at most this often: a row update per article would slow the run. */
export const PROGRESS_EVERY_MS = 2000;

/**
 * A running run whose heartbeat is older than this is presumed orphaned (its worker died) and goes
 * back to the queue. Far above the progress cadence: a chunk of articles analysed in the sandbox
 * takes seconds, so only a dead (or hung) worker stays quiet this long. Also how long a waiting
 * run handed to the queue may stay untaken before it is handed again (its job lost with a worker).
 */
export const HEARTBEAT_STALE_MS = 3 * 60_000;

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

/**
 * The scheduler's pass: orphaned runs go back to waiting, and every waiting run not handed to the
 * queue lately is handed to it. Runs are marked when handed so a pass every few seconds does not
 * enqueue them again (the job key would let one more wait behind a running one on pg-boss).
 */
export async function enqueueReanalysisRuns(
  app: { store: Store; queue: JobQueue },
  now = new Date(),
): Promise<number> {
  const staleBefore = new Date(now.getTime() - HEARTBEAT_STALE_MS).toISOString();
  await requeueOrphanedRuns(app.store, staleBefore);
  const ids = await runsToEnqueue(app.store, staleBefore);
  for (const runId of ids) {
    await app.queue.enqueue(reanalyzeWorkspaceJob, { runId });
    await markRunEnqueued(app.store, runId, now.toISOString());
  }
  return ids.length;
}

/** Thrown from the progress callback to stop a worker whose run another worker has taken over. */
class RunTakenOver extends Error {}

/**
 * The job: takes the waiting run, re-analyses the workspace (from where a previous worker
 * stopped, if one did) writing progress and heartbeat every couple of seconds, and ends it done or
 * failed. A run that is not waiting (it ended, or another worker has it) is left alone, and a
 * worker that finds its run taken over stops without touching it.
 */
export async function runReanalysis(
  store: Store,
  pages: PageAnalyser,
  runId: number,
  options: { progressEveryMs?: number } = {},
): Promise<void> {
  const slug = await runWorkspaceSlug(store, runId);
  if (!slug) return; // the workspace (and with it the run) was removed
  const taken = await takeRun(store, runId, new Date().toISOString());
  if (!taken) return;
  const { claim } = taken;
  // Nothing recorded by article id (a run left by a release that kept no place): start over.
  const from = taken.resumeAfter > 0 ? { afterId: taken.resumeAfter, done: taken.done } : undefined;
  const every = options.progressEveryMs ?? PROGRESS_EVERY_MS;
  let lastWrite = 0;
  let takenOver = false;
  let writes: Promise<void> = Promise.resolve();
  try {
    const done = await reanalyzeWorkspace(store, pages, { workspace: slug, from }, (d, total, upToId) => {
      if (takenOver) throw new RunTakenOver();
      const now = Date.now();
      if (now - lastWrite < every) return;
      lastWrite = now;
      const progress = { done: d, total, resumeAfter: upToId, at: new Date(now).toISOString() };
      // Chained so writes land in order; a failed write only delays the heartbeat.
      writes = writes
        .then(async () => {
          if (!(await writeRunProgress(store, runId, claim, progress))) takenOver = true;
        })
        .catch(() => undefined);
    });
    await writes;
    // Articles collected during the run are analysed too: what was done is the total.
    await finishRun(store, runId, claim, { status: 'done', at: new Date().toISOString(), done, total: done });
  } catch (e) {
    await writes;
    if (takenOver) return;
    await finishRun(store, runId, claim, {
      status: 'failed',
      at: new Date().toISOString(),
      error: safeMessage(e),
    });
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
