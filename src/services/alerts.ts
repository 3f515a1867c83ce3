// Crisis early warning per monitored subject: volume and negativity against the recent baseline,
// de-duplicated alerts, delivered by e-mail and signed webhook when those are configured.
import {
  type AlertState,
  type CrisisLevel,
  DEFAULT_CRISIS_SETTINGS,
  decideAlert,
  evaluateCrisis,
} from '../analyze/crisis/index.ts';
import { AddressGuard } from '../collect/fetch/index.ts';
import type { AlertChannels } from '../config.ts';
import { describeError } from '../domain/errors.ts';
import { zoneOffsetMinutes } from '../domain/workspace.ts';
import { sendAlertEmail } from '../notify/email.ts';
import { sendAlertWebhook } from '../notify/webhook.ts';
import {
  insertAlert,
  listAlerts as listAlertRows,
  loadAlertState,
  recordDeliveries,
  saveAlertState,
  subjectEvents,
} from '../store/alerts.ts';
import type { Store } from '../store/connect.ts';
import { listSubjects } from '../store/subjects.ts';
import { listWorkspaces } from '../store/workspaces.ts';
import { resolveWorkspace } from './workspaces.ts';

const HISTORY_DAYS = 29;

export interface AlertCheck {
  subject: string;
  level: CrisisLevel;
  reason: string;
  sent: string | null;
}

/** Evaluates every enabled subject of every workspace now, sending the alerts that are due. */
export async function checkAlerts(
  store: Store,
  channels: AlertChannels,
  options: { now?: Date; allowHosts?: string[] } = {},
): Promise<AlertCheck[]> {
  const now = options.now ?? new Date();
  const guard = new AddressGuard(options.allowHosts ?? []);
  const out: AlertCheck[] = [];
  for (const ws of await listWorkspaces(store)) {
    const settings = {
      ...DEFAULT_CRISIS_SETTINGS,
      utcOffsetMinutes: zoneOffsetMinutes(ws.timeZone),
    };
    for (const subject of await listSubjects(store, ws.id, { enabledOnly: true })) {
      const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
      const events = await subjectEvents(store, subject.id, since);
      const assessment = evaluateCrisis(events, now, settings);
      const key = { workspaceId: ws.id, scopeType: 'subject' as const, scopeId: String(subject.id) };
      const previous = await loadAlertState<AlertState>(store, key);
      const scope = { type: 'subject' as const, id: String(subject.id), label: subject.name };
      const decision = decideAlert(previous, assessment, now, settings, scope);
      await saveAlertState(store, key, decision.state);
      let sent: string | null = null;
      if (decision.send && decision.alert) {
        const alert = decision.alert;
        const fresh = await insertAlert(store, {
          id: alert.id,
          workspaceId: ws.id,
          scopeType: 'subject',
          scopeId: String(subject.id),
          scopeLabel: subject.name,
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
            await deliver(alert, channels, guard, settings.utcOffsetMinutes),
          );
          sent = alert.kind;
        }
      }
      out.push({ subject: subject.name, level: assessment.level, reason: assessment.reason, sent });
    }
  }
  return out;
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

export async function listAlerts(store: Store, workspace?: string | null, limit = 50) {
  const ws = await resolveWorkspace(store, workspace);
  return listAlertRows(store, ws.id, limit);
}
