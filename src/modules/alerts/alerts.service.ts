// Crisis early warning per monitored subject and per active issue: volume and negativity against the recent baseline,
// de-duplicated alerts, delivered by e-mail and signed webhook when those are configured.
import {
  type Alert,
  type AlertScope,
  type AlertState,
  type CrisisEvent,
  type CrisisLevel,
  type CrisisSettings,
  decideAlert,
  evaluateCrisis,
} from '../../analyze/crisis/index.ts';
import { AddressGuard } from '../../collect/fetch/index.ts';
import type { AlertStatus } from '../../domain/alert-handling.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import type { AppContext } from '../../kernel/context.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { lockForAppend } from '../../kernel/db/dialect.ts';
import { inTransaction } from '../../kernel/db/tx.ts';
import { handle, type JobAttempt, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import type { JobQueue } from '../../kernel/jobs/queue.ts';
import { issueArticleRows, recentlyActiveIssueIds } from '../issues/issues.repo.ts';
import type { AlertArticle, AlertArticles } from '../notifications/alert-message.present.ts';
import {
  type AlertRoute,
  type Channel,
  recipientsOf,
  routeFor,
  type SendResult,
  sendToChannel,
} from '../notifications/notifications.service.ts';
import { listSubjects } from '../subjects/subjects.repo.ts';
import { findWorkspace, listWorkspaces } from '../workspaces/workspaces.repo.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { checkAlertsJob, deliverAlertJob } from './alerts.jobs.ts';
import { alertsPolicy } from './alerts.policy.ts';
import {
  findAlertRow,
  insertAlert,
  listAlerts as listAlertRows,
  loadAlertState,
  recordDeliveries,
  saveAlertState,
  subjectEvents,
} from './alerts.repo.ts';
import { crisisSettingsOf } from './crisis-settings.service.ts';

const HISTORY_DAYS = 29;

export interface AlertCheck {
  /** Slug of the workspace the subject or issue belongs to. */
  workspace: string;
  scope: 'subject' | 'issue';
  /** The subject's name or the issue's label. */
  label: string;
  level: CrisisLevel;
  reason: string;
  sent: string | null;
  /** Where the alert was sent (empty when it was not sent, or when no channel is set). */
  deliveredTo: AlertRoute['destinations'];
  /** Why it reached nobody, or why a channel that was begun is not used; empty when not sent. */
  problems: string[];
}

/** An article as crisis detection counts it, with what an alert message shows of it. */
type AlertEvent = CrisisEvent & { title?: string | null; url?: string | null };

/** How many of the articles behind an alert are kept with it (the message shows fewer). */
const KEPT_ARTICLES = 10;

/** Issues quiet for longer than this are not watched (their level can only be normal). */
const ISSUE_WATCH_HOURS = 24;

export interface CheckOptions {
  now?: Date;
  /** The process defaults: SMTP server, and recipients for workspaces that set none. */
  channels: AlertChannels;
  /** Where each delivery is queued (after the alert is committed). */
  queue: Pick<JobQueue, 'enqueue'>;
  /**
   * Only this workspace, which its monitoring team may check; without it every workspace, which is
   * the installation's (the scheduled check, an installation administrator).
   */
  workspace?: string | null;
}

/**
 * Evaluates every enabled subject and every issue active in the last day, in the workspace chosen
 * or in every workspace, now, recording the alerts that are due and queueing one delivery job per
 * alert and channel. Any number of checks may run at once (workers, a `pantau alerts check`): an
 * alert's id is its scope's n-th alert, so the same level change is recorded, and delivered, once.
 */
export async function checkAlerts(on: Store | Ctx, options: CheckOptions): Promise<AlertCheck[]> {
  const store = asCtx(on);
  const chosen =
    options.workspace || store.workspace ? await resolveWorkspace(store, options.workspace) : null;
  authorize(store.actor, alertsPolicy.can('check'), chosen?.id ?? null);
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const out: AlertCheck[] = [];
  for (const ws of chosen ? [chosen] : await listWorkspaces(store)) {
    const settings = await crisisSettingsOf(store, ws);
    const route = routeFor(await recipientsOf(store, ws.id, options.channels), options.channels);
    const check = async (scope: AlertScope, events: AlertEvent[]) => {
      const outcome = await checkScope(store, ws.id, scope, events, {
        now,
        settings,
        route,
        queue: options.queue,
      });
      out.push({ workspace: ws.slug, scope: scope.type, label: scope.label, ...outcome });
    };
    for (const subject of await listSubjects(store, ws.id, { enabledOnly: true })) {
      const scope = { type: 'subject' as const, id: String(subject.id), label: subject.name };
      await check(scope, await subjectEvents(store, subject.id, since));
    }
    const watchFrom = new Date(now.getTime() - ISSUE_WATCH_HOURS * 3_600_000).toISOString();
    for (const issue of await recentlyActiveIssueIds(store.db, ws.id, watchFrom)) {
      const rows = await issueArticleRows(store.db, [issue.id], { since: since.toISOString() });
      const events = rows.map((r) => ({
        at: new Date(r.publishedAt ?? 0),
        negative: r.tone === 'negative',
        outlet: r.outlet,
        title: r.title,
        url: r.url,
      }));
      await check({ type: 'issue', id: String(issue.id), label: issue.label }, events);
    }
  }
  return out;
}

/** The alert state as stored: the pure core's state and how many alerts this scope has had. */
type StoredState = AlertState & { sentCount?: number };

/** One subject's or issue's assessment, its de-duplicated alert state, and the alert if one is due. */
async function checkScope(
  store: Store,
  workspaceId: number,
  scope: AlertScope,
  events: AlertEvent[],
  run: { now: Date; settings: CrisisSettings; route: AlertRoute; queue: Pick<JobQueue, 'enqueue'> },
): Promise<Omit<AlertCheck, 'workspace' | 'scope' | 'label'>> {
  const { now, settings, route } = run;
  const unsent = { deliveredTo: [], problems: [] };
  const assessment = evaluateCrisis(events, now, settings);
  const key = { workspaceId, scopeType: scope.type, scopeId: scope.id };
  return inTransaction(store, async (trx, afterCommit) => {
    const previous = await loadAlertState<StoredState>(trx, key);
    const decision = decideAlert(previous, assessment, now, settings, scope);
    const sentCount = (previous?.sentCount ?? 0) + (decision.send ? 1 : 0);
    await saveAlertState(trx, key, { ...decision.state, sentCount });
    if (!decision.send || !decision.alert)
      return { level: assessment.level, reason: assessment.reason, sent: null, ...unsent };
    // The id holds no clock: two checks deciding the same change name the same alert.
    const alert = { ...decision.alert, id: `${workspaceId}:${scope.type}:${scope.id}:${sentCount}` };
    const fresh = await insertAlert(trx, {
      id: alert.id,
      workspaceId,
      scopeType: scope.type,
      scopeId: scope.id,
      scopeLabel: scope.label,
      kind: alert.kind,
      level: alert.level,
      reason: assessment.reason,
      // Where it went is kept with it: an alert that reached nobody says so later too.
      payload: JSON.stringify({
        ...alert,
        articles: articlesBehind(events, alert.assessment.window),
        route,
      } satisfies StoredPayload),
      createdAt: now.toISOString(),
    });
    if (!fresh) return { level: assessment.level, reason: assessment.reason, sent: null, ...unsent };
    afterCommit(async () => {
      for (const { channel } of route.destinations)
        await run.queue.enqueue(deliverAlertJob, { alertId: alert.id, channel });
    });
    return {
      level: assessment.level,
      reason: assessment.reason,
      sent: alert.kind,
      deliveredTo: route.destinations,
      problems: route.problems,
    };
  });
}

/** What an alert row's payload holds: the alert, the articles behind it, and where it was sent. */
type StoredPayload = Alert & { articles?: AlertArticles; route?: AlertRoute };

/** The window's negative articles, newest first, the first few kept with the count of all. */
function articlesBehind(events: AlertEvent[], window: { start: Date; end: Date }): AlertArticles {
  const inWindow = events
    .filter((e) => e.negative && e.url && e.at >= window.start && e.at <= window.end)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const items: AlertArticle[] = inWindow.slice(0, KEPT_ARTICLES).map((e) => ({
    title: e.title ?? null,
    outlet: e.outlet ?? null,
    url: e.url ?? '',
    publishedAt: e.at.getTime() > 0 ? e.at.toISOString() : null,
  }));
  return { total: inWindow.length, items };
}

/** Revives the alert stored as JSON (its times were Dates). */
function reviveAlert(payload: string): StoredPayload {
  const a = JSON.parse(payload);
  a.at = new Date(a.at);
  a.assessment.at = new Date(a.assessment.at);
  a.assessment.window.start = new Date(a.assessment.window.start);
  a.assessment.window.end = new Date(a.assessment.window.end);
  return a as StoredPayload;
}

/**
 * One delivery attempt of one alert to one channel: a channel that already has it is not sent
 * again (a retried or duplicated job). A failure is recorded with its error and whether it is
 * final, so staff read "retrying" only while another attempt will come: one that may pass later
 * is thrown for the queue to retry with backoff; one that cannot (a 4xx answer, a refused SMTP
 * login) ends the job here.
 */
export async function deliverAlert(
  store: Store,
  input: { alertId: string; channel: Channel },
  options: { channels: AlertChannels; allowHosts: string[]; attempt: JobAttempt },
): Promise<void> {
  const row = await findAlertRow(store, input.alertId);
  if (!row?.payload) return; // unknown, or delivered inline before delivery jobs existed
  const done = row.deliveries.find((d) => d.channel === input.channel);
  if (done?.ok) return;
  const ws = await findWorkspace(store, row.workspaceId);
  const recipients = await recipientsOf(store, row.workspaceId, options.channels);
  const alert = reviveAlert(row.payload);
  const result = await sendToChannel(alert, input.channel, recipients, options.channels, {
    guard: new AddressGuard(options.allowHosts),
    timeZone: ws?.timeZone ?? 'WIB',
    articles: alert.articles,
  }).catch((e): SendResult => ({ ok: false, error: describeError(e), detail: {} }));
  const { attempt } = options;
  const final = !result.ok && (result.final === true || attempt.last);
  const at = new Date();
  await inTransaction(store, async (trx) => {
    await lockForAppend(trx.db, trx.dialect, `alert:${input.alertId}`);
    const current = (await findAlertRow(trx, input.alertId))?.deliveries ?? [];
    const previous = current.find((d) => d.channel === input.channel);
    const entry = {
      channel: input.channel,
      ok: result.ok,
      attempts: Number(previous?.attempts ?? 0) + 1,
      at: at.toISOString(),
      ...(result.ok
        ? {}
        : {
            error: result.error ?? 'gagal',
            final,
            retryAt:
              final || attempt.retryDelayMs === null
                ? null
                : new Date(at.getTime() + attempt.retryDelayMs).toISOString(),
          }),
      ...result.detail,
    };
    await recordDeliveries(trx, input.alertId, [
      ...current.filter((d) => d.channel !== input.channel),
      entry,
    ]);
  });
  if (!result.ok && !result.final) {
    throw new PantauError(
      'network',
      `Pengiriman ${input.channel} gagal: ${result.error ?? 'tanpa keterangan'}`,
    );
  }
}

/** The early warning's jobs as a worker process runs them. */
export function alertJobs(app: AppContext): JobRegistration[] {
  const channels = app.config.alerts;
  return [
    handle(checkAlertsJob, async () => {
      await checkAlerts(app.store, { channels, queue: app.queue });
    }),
    handle(
      deliverAlertJob,
      (p, attempt) => deliverAlert(app.store, p, { channels, allowHosts: app.config.allowHosts, attempt }),
      4,
    ),
  ] as JobRegistration[];
}

export async function listAlerts(
  on: Store | Ctx,
  workspace?: string | null,
  limit = 50,
  filter: { status?: AlertStatus } = {},
) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, workspace);
  authorize(store.actor, alertsPolicy.can('read'), ws.id);
  const rows = await listAlertRows(store, ws.id, limit, filter);
  return rows.map(({ payload, ...row }) => {
    const stored = payload ? (JSON.parse(payload) as Partial<StoredPayload>) : {};
    return {
      ...row,
      // null for alerts recorded before routes were kept with them.
      routedTo: stored.route?.destinations ?? null,
      problems: stored.route?.problems ?? [],
      articles: stored.articles ?? null,
    };
  });
}
