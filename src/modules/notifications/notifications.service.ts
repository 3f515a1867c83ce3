// Where a workspace's alerts go (e-mail recipients, a signed webhook) as a workspace setting an
// office changes without a restart; the process-wide PANTAU_ALERT_* variables remain the default.
// And one delivery attempt to one channel, for the delivery job.
import type { Alert } from '../../analyze/crisis/index.ts';
import type { AddressGuard } from '../../collect/fetch/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  readWorkspaceSetting as readSetting,
  writeWorkspaceSetting as writeSetting,
} from '../workspaces/workspaces.service.ts';
import type { AlertArticles } from './alert-message.present.ts';
import { sendAlertEmail } from './email.service.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { parseWebhookUrl, sendAlertWebhook } from './webhook.service.ts';

const KEY = 'notifications';

export interface Recipients {
  emailTo: string[];
  webhookUrl: string | null;
  webhookSecret: string | null;
}

export type Channel = 'email' | 'webhook';

/** The workspace's recipients, else the process defaults. */
export async function recipientsOf(
  store: Store,
  workspaceId: number,
  defaults: AlertChannels,
): Promise<Recipients> {
  const stored = await readSetting<Recipients>(store, workspaceId, KEY);
  return (
    stored?.value ?? {
      emailTo: defaults.emailTo,
      webhookUrl: defaults.webhookUrl,
      webhookSecret: defaults.webhookSecret,
    }
  );
}

/** Where an alert of this workspace goes now, and why a channel someone began to set up is not used. */
export interface AlertRoute {
  destinations: { channel: Channel; to: string[] }[];
  problems: string[];
}

export const NO_CHANNEL =
  'Belum ada saluran peringatan: atur dengan `pantau alerts recipients` — no alert channel is set, alerts reach nobody';

export function routeFor(recipients: Recipients, defaults: AlertChannels): AlertRoute {
  const destinations: AlertRoute['destinations'] = [];
  const problems: string[] = [];
  if (defaults.smtp && recipients.emailTo.length > 0)
    destinations.push({ channel: 'email', to: [...recipients.emailTo] });
  else if (recipients.emailTo.length > 0)
    problems.push(
      'Surel tidak dikirim: server SMTP belum diatur (PANTAU_SMTP_HOST) — e-mail recipients set but no SMTP server',
    );
  else if (defaults.smtp)
    problems.push('Surel tidak dikirim: belum ada penerima surel — SMTP server set but no e-mail recipients');
  if (recipients.webhookUrl && recipients.webhookSecret)
    destinations.push({ channel: 'webhook', to: [recipients.webhookUrl] });
  else if (recipients.webhookUrl)
    problems.push(
      'Webhook tidak dikirim: URL diatur tanpa rahasia penandatangan (PANTAU_ALERT_WEBHOOK_SECRET) — webhook URL without a secret is not used',
    );
  if (destinations.length === 0 && problems.length === 0) problems.push(NO_CHANNEL);
  return { destinations, problems };
}

/** The channels an alert of this workspace goes to now. */
export function channelsFor(recipients: Recipients, defaults: AlertChannels): Channel[] {
  return routeFor(recipients, defaults).destinations.map((d) => d.channel);
}

/** As shown to people: the webhook secret is never shown back, only whether one is set. */
export async function showRecipients(ctx: Ctx, defaults: AlertChannels) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, notificationsPolicy.can('read'), ws.id);
  const stored = await readSetting<Recipients>(ctx, ws.id, KEY);
  const r = await recipientsOf(ctx, ws.id, defaults);
  const route = routeFor(r, defaults);
  return {
    channels: route.destinations.map((d) => d.channel),
    problems: route.problems,
    emailTo: r.emailTo,
    webhookUrl: r.webhookUrl,
    webhookSecretSet: !!r.webhookSecret,
    emailServerConfigured: !!defaults.smtp,
    fromDefaults: !stored,
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

export interface RecipientsChange {
  emailTo?: string[];
  webhookUrl?: string | null;
  webhookSecret?: string | null;
}

export async function updateRecipients(ctx: Ctx, change: RecipientsChange, defaults: AlertChannels) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, notificationsPolicy.can('manage'), ws.id);
  const emailTo = change.emailTo?.map((e) => e.trim()).filter(Boolean);
  for (const e of emailTo ?? []) {
    if (/[\r\n]/.test(e) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) {
      throw new PantauError('validation', `Alamat surel tidak valid: ${JSON.stringify(e)} — invalid e-mail`);
    }
  }
  if (change.webhookUrl) parseWebhookUrl(change.webhookUrl);
  await tx(ctx, async (t) => {
    const before = await recipientsOf(t, ws.id, defaults);
    const next: Recipients = {
      emailTo: emailTo ?? before.emailTo,
      webhookUrl: change.webhookUrl !== undefined ? change.webhookUrl || null : before.webhookUrl,
      webhookSecret: change.webhookSecret !== undefined ? change.webhookSecret || null : before.webhookSecret,
    };
    if (emailTo && emailTo.length > 0 && !defaults.smtp) {
      throw new PantauError(
        'validation',
        'Surel butuh server SMTP: atur PANTAU_SMTP_HOST (dan PANTAU_SMTP_FROM) dulu — e-mail recipients need an SMTP server',
      );
    }
    if (next.webhookUrl && !next.webhookSecret) {
      throw new PantauError(
        'validation',
        'Webhook butuh rahasia penandatangan — a webhook needs a signing secret',
      );
    }
    await writeSetting(t, { workspaceId: ws.id, key: KEY, value: next, by: editorName(t) });
    await recordChange(t, {
      action: 'notifications.update',
      recordType: 'workspace_setting',
      recordId: `${ws.id}:${KEY}`,
      before: {
        emailTo: before.emailTo,
        webhookUrl: before.webhookUrl,
        webhookSecret: before.webhookSecret ? 'x' : null,
      },
      after: {
        emailTo: next.emailTo,
        webhookUrl: next.webhookUrl,
        webhookSecret: next.webhookSecret ? 'y' : null,
      },
      workspaceId: ws.id,
    });
  });
  return showRecipients(ctx, defaults);
}

export interface SendResult {
  ok: boolean;
  error?: string;
  /** On failure: true when sending again cannot help, so the delivery is not retried. */
  final?: boolean;
  detail?: Record<string, unknown>;
}

/** One attempt to one channel (the delivery job retries with backoff; no retry is stacked here). */
export async function sendToChannel(
  alert: Alert,
  channel: Channel,
  recipients: Recipients,
  defaults: AlertChannels,
  options: { guard: AddressGuard; timeZone: string; articles?: AlertArticles },
): Promise<SendResult> {
  if (channel === 'email') {
    if (!defaults.smtp || recipients.emailTo.length === 0)
      return { ok: false, error: 'Surel tidak dikonfigurasi — e-mail not configured', final: true };
    const r = await sendAlertEmail(alert, recipients.emailTo, defaults.smtp, {
      timeZone: options.timeZone,
      articles: options.articles,
    });
    return {
      ok: r.ok,
      error: r.error,
      final: r.final,
      detail: { accepted: r.accepted, rejected: r.rejected },
    };
  }
  if (!recipients.webhookUrl || !recipients.webhookSecret)
    return { ok: false, error: 'Webhook tidak dikonfigurasi — webhook not configured', final: true };
  const r = await sendAlertWebhook(
    alert,
    { url: recipients.webhookUrl, secret: recipients.webhookSecret },
    { guard: options.guard, timeZone: options.timeZone, articles: options.articles, retries: 0 },
  );
  return { ok: r.ok, error: r.error, final: r.final, detail: r.status ? { status: r.status } : {} };
}
