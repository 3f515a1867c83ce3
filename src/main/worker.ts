// The long-running side of Pantau: the scheduler (due sources, and schedules as due rows such as
// the alert check) and the workers that run every module's jobs. Used by `pantau worker` and by
// `pantau serve` unless --no-workers.
import type { Command } from 'commander';
import { action, withContext } from '../kernel/cli/runtime.ts';
import type { AppContext } from '../kernel/context.ts';
import type { JobDefinition, JobRegistration } from '../kernel/jobs/definitions.ts';
import { claimDueSchedule } from '../kernel/jobs/schedules.repo.ts';
import { holdQueue } from '../kernel/jobs/worker-lock.ts';
import { ALERT_CHECK_SECONDS, checkAlertsJob } from '../modules/alerts/alerts.jobs.ts';
import { alertJobs } from '../modules/alerts/alerts.service.ts';
import { enqueueReanalysisRuns, reanalysisJobs } from '../modules/analysis/reanalysis.service.ts';
import { clippingJobs, enqueueClippingReads } from '../modules/clippings/clipping-jobs.service.ts';
import {
  crawlJobs,
  enqueueDueSources,
  nextSourceDue,
  releaseArticleLeasesOf,
  requeuePendingArticles,
} from '../modules/crawl/crawl.service.ts';
import { enqueueRequestedPolls } from '../modules/crawl/poll-requests.service.ts';
import { DASHBOARD_REFRESH_SECONDS, refreshDashboardJob } from '../modules/dashboard/dashboard.jobs.ts';
import { dashboardJobs } from '../modules/dashboard/dashboard.service.ts';
import { noticeJobs, publicUrlOf } from '../modules/inbox-notices/notice-mail.service.ts';
import { NOTICE_MAIL_SECONDS, sendNoticeMailsJob } from '../modules/inbox-notices/notices.jobs.ts';
import { deliveryJobs } from '../modules/publications/deliveries.service.ts';
import { pickupJobs } from '../modules/publications/pickup.service.ts';
import {
  DELIVERY_SECONDS,
  findPickupsJob,
  PICKUP_SECONDS,
  sendPublicationDeliveriesJob,
} from '../modules/publications/publications.jobs.ts';
import { reportJobs } from '../modules/reports/report-schedule.service.ts';
import { draftScheduledReportsJob, REPORT_SCHEDULE_SECONDS } from '../modules/reports/reports.jobs.ts';
import { checkSopTimesJob, SOP_TIME_CHECK_SECONDS } from '../modules/sop-cases/sop-cases.jobs.ts';
import { sopCaseJobs } from '../modules/sop-cases/time-check.service.ts';

/** Every job a worker process runs. */
export function workerJobs(app: AppContext): JobRegistration[] {
  return [
    ...crawlJobs(app),
    ...alertJobs(app),
    ...dashboardJobs(app),
    ...reanalysisJobs(app),
    ...sopCaseJobs(app),
    ...reportJobs(app),
    ...noticeJobs(app),
    ...deliveryJobs(app, publicUrlOf(app)),
    ...pickupJobs(app),
    ...clippingJobs(app),
  ];
}

/** Recurring work: whichever worker claims an occurrence enqueues its job (keyed by its due time). */
export const SCHEDULES: readonly {
  name: string;
  everySeconds: number;
  job: JobDefinition<{ due: string }>;
}[] = [
  { name: 'alerts-check', everySeconds: ALERT_CHECK_SECONDS, job: checkAlertsJob },
  { name: 'dashboard-days', everySeconds: DASHBOARD_REFRESH_SECONDS, job: refreshDashboardJob },
  { name: 'sop-times', everySeconds: SOP_TIME_CHECK_SECONDS, job: checkSopTimesJob },
  { name: 'report-schedule', everySeconds: REPORT_SCHEDULE_SECONDS, job: draftScheduledReportsJob },
  { name: 'notice-mails', everySeconds: NOTICE_MAIL_SECONDS, job: sendNoticeMailsJob },
  { name: 'publication-deliveries', everySeconds: DELIVERY_SECONDS, job: sendPublicationDeliveriesJob },
  { name: 'publication-pickups', everySeconds: PICKUP_SECONDS, job: findPickupsJob },
];

export async function runSchedules(app: AppContext, now = new Date()): Promise<number> {
  let started = 0;
  for (const s of SCHEDULES) {
    const due = await claimDueSchedule(app.store, s.name, s.everySeconds, now);
    if (due) {
      await app.queue.enqueue(s.job, { due });
      started++;
    }
  }
  return started;
}

/** Enqueues due sources and due schedules until the signal aborts, sleeping until the next is due. */
export async function runScheduler(app: AppContext, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      await enqueueDueSources(app);
      await runSchedules(app);
      // Re-analyses asked for from the web app (the API process has no queue of its own).
      await enqueueReanalysisRuns(app);
      // "Ambil sekarang" pressed in the web app: the source's poll job, queued once per request.
      await enqueueRequestedPolls(app);
      // Clippings added in the web app wait for their reading job.
      await enqueueClippingReads(app);
    } catch (e) {
      app.logger.error({ err: String(e) }, 'scheduler pass failed');
    }
    const due = await nextSourceDue(app).catch(() => null);
    // Wake at least every few seconds so a source added through the API is picked up promptly.
    const waitMs = due ? Math.min(5000, Math.max(500, Date.parse(due) - Date.now())) : 5000;
    await new Promise<void>((resolve) => {
      // The listener goes when the sleep ends: one added per pass and never removed piled up on
      // the signal for as long as the server ran (Node warned after ten passes).
      const wake = () => {
        clearTimeout(t);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      const t = setTimeout(wake, waitMs);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}

/** Works the queue until stopped. */
export async function runWorkers(app: AppContext): Promise<void> {
  await requeuePendingArticles(app);
  await app.queue.work(workerJobs(app), {
    onError: (job, error) => app.logger.error({ job, err: String(error) }, 'job failed'),
    onExclusiveStart: () => releaseArticleLeasesOf(app),
  });
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Pekerja latar: jadwalkan dan kerjakan semua pekerjaan terus-menerus — background worker')
    .option('--no-scheduler', 'hanya mengerjakan antrean, tanpa menjadwalkan sumber dan pemeriksaan')
    .action(
      action(async (opts: { scheduler: boolean }) => {
        await withContext(async (app) => {
          // Before the scheduler's first write: a refused worker must leave sources and jobs alone.
          const lock = holdQueue(app.queue.backend, app.config.dataDir);
          const stop = new AbortController();
          const shutdown = () => {
            stop.abort();
            void app.queue.stop();
          };
          process.once('SIGINT', shutdown);
          process.once('SIGTERM', shutdown);
          app.logger.info({ backend: app.queue.backend }, 'worker started');
          process.stderr.write(`Pekerja berjalan (${app.queue.backend}). Ctrl+C untuk berhenti.\n`);
          try {
            await Promise.all([
              opts.scheduler ? runScheduler(app, stop.signal) : Promise.resolve(),
              runWorkers(app),
            ]);
          } finally {
            lock.release();
          }
        });
      }),
    );
}
