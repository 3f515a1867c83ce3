// Crisis early warning per monitored subject and per active issue: volume and negativity against the recent baseline,
// de-duplicated alerts, delivered by e-mail and signed webhook when those are configured.
import {
  type AlertScope,
  type AlertState,
  type CrisisEvent,
  type CrisisLevel,
  type CrisisSettings,
  decideAlert,
  evaluateCrisis,
} from '../../analyze/crisis/index.ts';
import { AddressGuard } from '../../collect/fetch/index.ts';
import { describeError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { issueArticleRows, recentlyActiveIssueIds } from '../issues/issues.repo.ts';
import { sendAlertEmail } from '../notifications/email.service.ts';
import { sendAlertWebhook } from '../notifications/webhook.service.ts';
import { listSubjects } from '../subjects/subjects.repo.ts';
import { listWorkspaces } from '../workspaces/workspaces.repo.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { alertsPolicy } from './alerts.policy.ts';
import {
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
  scope: 'subject' | 'issue';
  /** The subject's name or the issue's label. */
  label: string;
  level: CrisisLevel;
  reason: string;
  sent: string | null;
}

/** Issues quiet for longer than this are not watched (their level can only be normal). */
const ISSUE_WATCH_HOURS = 24;

/**
 * Evaluates every enabled subject and every issue active in the last day, in every workspace, now,
 * sending the alerts that are due.
 */
export async function checkAlerts(
  store: Store,
  channels: AlertChannels,
  options: { now?: Date; allowHosts?: string[] } = {},
): Promise<AlertCheck[]> {
  const now = options.now ?? new Date();
  const guard = new AddressGuard(options.allowHosts ?? []);
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const out: AlertCheck[] = [];
  for (const ws of await listWorkspaces(store)) {
    const settings = await crisisSettingsOf(store, ws);
    const check = async (scope: AlertScope, events: CrisisEvent[]) => {
      const outcome = await checkScope(store, ws.id, scope, events, { now, settings, channels, guard });
      out.push({ scope: scope.type, label: scope.label, ...outcome });
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
      }));
      await check({ type: 'issue', id: String(issue.id), label: issue.label }, events);
    }
  }
  return out;
}

/** One subject's or issue's assessment, its de-duplicated alert state, and the alert if one is due. */
async function checkScope(
  store: Store,
  workspaceId: number,
  scope: AlertScope,
  events: CrisisEvent[],
  run: { now: Date; settings: CrisisSettings; channels: AlertChannels; guard: AddressGuard },
): Promise<{ level: CrisisLevel; reason: string; sent: string | null }> {
  const { now, settings } = run;
  const assessment = evaluateCrisis(events, now, settings);
  const key = { workspaceId, scopeType: scope.type, scopeId: scope.id };
  const previous = await loadAlertState<AlertState>(store, key);
  const decision = decideAlert(previous, assessment, now, settings, scope);
  await saveAlertState(store, key, decision.state);
  let sent: string | null = null;
  if (decision.send && decision.alert) {
    const alert = decision.alert;
    const fresh = await insertAlert(store, {
      id: alert.id,
      workspaceId,
      scopeType: scope.type,
      scopeId: scope.id,
      scopeLabel: scope.label,
      kind: alert.kind,
      level: alert.level,
      reason: assessment.reason,
      createdAt: now.toISOString(),
    });
    // An alert already recorded (another process, a retried job) is not sent twice.
    if (fresh) {
      await recordDeliveries(
        store,
        alert.id,
        await deliver(alert, run.channels, run.guard, settings.utcOffsetMinutes),
      );
      sent = alert.kind;
    }
  }
  return { level: assessment.level, reason: assessment.reason, sent };
}

async function deliver(
  alert: Parameters<typeof sendAlertEmail>[0],
  channels: AlertChannels,
  guard: AddressGuard,
  utcOffsetMinutes: number,
) {
  const deliveries: Record<string, unknown>[] = [];
  if (channels.smtp && channels.emailTo.length > 0) {
    const result = await sendAlertEmail(alert, channels.emailTo, channels.smtp, { utcOffsetMinutes }).catch(
      (e) => ({
        ok: false,
        error: describeError(e),
      }),
    );
    deliveries.push({ channel: 'email', ...result });
  }
  if (channels.webhookUrl && channels.webhookSecret) {
    const result = await sendAlertWebhook(
      alert,
      { url: channels.webhookUrl, secret: channels.webhookSecret },
      { guard, utcOffsetMinutes },
    );
    deliveries.push({ channel: 'webhook', ...result });
  }
  return deliveries;
}

export async function listAlerts(on: Store | Ctx, workspace?: string | null, limit = 50) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, workspace);
  authorize(store.actor, alertsPolicy.can('read'), ws.id);
  return listAlertRows(store, ws.id, limit);
}
