// Sends the deliveries a publication queued: the release by e-mail to each partner outlet's newsroom
// and as signed JSON to each webhook. Each delivery is claimed before it is sent (never twice), and
// trouble that may pass is retried after growing pauses; what went where, when and how is on its row.
import { createHash } from 'node:crypto';
import { AddressGuard } from '../../collect/fetch/address-guard.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { formatDateTime } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { AppContext } from '../../kernel/context.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { releaseText } from '../../publish/material.ts';
import { escapeHtml } from '../notifications/alert-message.present.ts';
import { type EmailMessage, type SmtpSettings, sendEmail } from '../notifications/email.service.ts';
import { parseWebhookUrl, signWebhookBody } from '../notifications/webhook.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { publicationWebhooksOf } from './publication-webhooks.service.ts';
import { sendPublicationDeliveriesJob } from './publications.jobs.ts';
import {
  abandonStaleDeliveries,
  claimDelivery,
  type DeliveryRow,
  dueDeliveries,
  findPublication,
  type MaterialVersion,
  materialVersion,
  type PublicationRow,
  settleDelivery,
} from './publications.repo.ts';
import { releaseFile } from './release-file.service.ts';

export const DELIVERY_BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
const BATCH = 100;
const STALE_MS = 15 * 60_000;

export interface DeliveryOptions {
  smtp: SmtpSettings | null;
  /** Where the newsroom is reached from outside: links in e-mails and webhook bodies. */
  publicUrl: string;
  now: Date;
  allowHosts: string[];
  timeoutMs?: number;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
}

interface Release {
  title: string;
  lead: string;
  text: string;
  url: string;
  publishedAt: string;
  version: number;
  correction: boolean;
  note: string;
}

export function releaseEmail(r: Release, government: string, zone: string): EmailMessage {
  const kind = r.correction ? 'RALAT Siaran Pers' : 'Siaran Pers';
  const when = formatDateTime(r.publishedAt, zone);
  const correction = r.correction ? `Ralat: ${r.note}\n\n` : '';
  return {
    subject: `[${kind}] ${r.title}`,
    text:
      `${kind} ${government}\n${when}\n\n${correction}${r.title}\n\n${r.text}\n\n` +
      `Naskah resmi: ${r.url}\n\nSiaran pers ini boleh dimuat utuh atau sebagian dengan menyebut sumbernya.\n`,
    html:
      `<p><strong>${escapeHtml(kind)} ${escapeHtml(government)}</strong><br>${escapeHtml(when)}</p>` +
      (r.correction ? `<p><strong>Ralat:</strong> ${escapeHtml(r.note)}</p>` : '') +
      `<h1>${escapeHtml(r.title)}</h1>` +
      r.text
        .split('\n')
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('') +
      `<p>Naskah resmi: <a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a></p>`,
    headers: { 'X-Pantau-Release': `${r.url}#v${r.version}` },
  };
}

async function postWebhook(
  d: DeliveryRow,
  body: string,
  o: DeliveryOptions,
  secret: string,
): Promise<{ ok: boolean; final: boolean; error?: string }> {
  let url: URL;
  try {
    url = parseWebhookUrl(d.address);
    await new AddressGuard(o.allowHosts).assertAllowed(url);
  } catch (e) {
    const refused = e instanceof PantauError && (e.code === 'blocked_address' || e.code === 'validation');
    return { ok: false, final: refused, error: describeError(e) };
  }
  const timestamp = String(Math.floor(o.now.getTime() / 1000));
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Pantau-Webhook/1',
        'x-pantau-signature': signWebhookBody(timestamp, body, secret),
        'x-pantau-timestamp': timestamp,
        'idempotency-key': `publication-delivery-${d.id}`,
      },
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) return { ok: true, final: false };
    const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
    return { ok: false, final: !retryable, error: `Webhook menjawab HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, final: false, error: `Webhook tidak terjangkau: ${describeError(e)}` };
  }
}

/** What one pass reads once for all its deliveries: the workspaces, and each version's PDF. */
interface Pass {
  workspaces: Map<number, Workspace>;
  pdfs: Map<string, Promise<{ filename: string; bytes: Buffer }>>;
}

async function releaseOf(
  store: Store,
  d: DeliveryRow,
  publicUrl: string,
): Promise<{ release: Release; row: PublicationRow; version: MaterialVersion } | null> {
  const p = await findPublication(store, d.workspaceId, d.publicationId);
  const v = p ? await materialVersion(store, p.id, d.version) : null;
  if (!p || !v || !p.publishedAt) return null;
  const release: Release = {
    title: v.content.title,
    lead: v.content.lead,
    text: releaseText(v.content),
    url: `${publicUrl.replace(/\/+$/, '')}/newsroom/${p.slug}`,
    publishedAt: p.publishedAt,
    version: v.version,
    correction: v.correction,
    note: v.note,
  };
  return { release, row: p, version: v };
}

async function attempt(
  store: Store,
  d: DeliveryRow,
  o: DeliveryOptions,
  pass: Pass,
): Promise<{ ok: boolean; final: boolean; error?: string }> {
  const found = await releaseOf(store, d, o.publicUrl);
  const ws = pass.workspaces.get(d.workspaceId);
  if (!found || !ws)
    return { ok: false, final: true, error: 'Siaran pers tidak ditemukan — release not found' };
  const { release } = found;
  if (d.channel === 'email') {
    if (!o.smtp)
      return {
        ok: false,
        final: true,
        error: 'Server SMTP belum diatur (PANTAU_SMTP_HOST) — no SMTP server configured',
      };
    const message = releaseEmail(release, ws.name, ws.timeZone);
    // The release as the office prints it, for outlets that file PDFs rather than copy from mail;
    // rendered once per version for all the partners of a pass.
    const key = `${d.publicationId}:${d.version}`;
    let pdf = pass.pdfs.get(key);
    if (!pdf) {
      pdf = releaseFile(store, ws, found.row, found.version, release.url);
      pass.pdfs.set(key, pdf);
    }
    const file = await pdf;
    message.attachments = [{ filename: file.filename, content: file.bytes, contentType: 'application/pdf' }];
    const sent = await sendEmail(message, [d.address], o.smtp, o.timeoutMs);
    return { ok: sent.ok, final: Boolean(sent.final), error: sent.error };
  }
  const hook = (await publicationWebhooksOf(store, d.workspaceId)).find((h) => h.url === d.address);
  if (!hook)
    return {
      ok: false,
      final: true,
      error: 'Webhook sudah dihapus dari pengaturan — the webhook was removed',
    };
  const body = JSON.stringify({
    event: release.correction ? 'publication.corrected' : 'publication.published',
    workspace: ws.slug,
    title: release.title,
    lead: release.lead,
    text: release.text,
    url: release.url,
    publishedAt: release.publishedAt,
    version: release.version,
    correction: release.correction ? release.note : null,
    checksum: createHash('sha256').update(release.text).digest('hex'),
  });
  return postWebhook(d, body, o, hook.secret);
}

/** One pass over the deliveries due now. */
export async function sendDueDeliveries(store: Store, o: DeliveryOptions): Promise<DeliveryResult> {
  const at = o.now.toISOString();
  const result: DeliveryResult = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  result.failed += await abandonStaleDeliveries(
    store,
    new Date(o.now.getTime() - STALE_MS).toISOString(),
    'Pengiriman terputus; tidak dikirim ulang agar tidak ganda — sending was cut off; not sent again to avoid a duplicate',
  );
  const due = await dueDeliveries(store, at, BATCH);
  if (due.length === 0) return result;
  const pass: Pass = {
    workspaces: new Map((await listWorkspaces(store)).map((w) => [w.id, w])),
    pdfs: new Map(),
  };
  for (const d of due) {
    if (!(await claimDelivery(store, d.id, at))) continue;
    const tried = d.attempts + 1;
    const r = await attempt(store, d, o, pass);
    if (r.ok) {
      await settleDelivery(store, d.id, { state: 'sent', sentAt: new Date().toISOString() });
      result.sent++;
    } else if (r.final || tried > DELIVERY_BACKOFF_MS.length) {
      await settleDelivery(store, d.id, { state: 'failed', error: r.error ?? 'ditolak' });
      result.failed++;
    } else {
      await settleDelivery(store, d.id, {
        state: 'pending',
        error: r.error ?? null,
        nextAt: new Date(o.now.getTime() + DELIVERY_BACKOFF_MS[tried - 1]).toISOString(),
      });
      result.retrying++;
    }
  }
  return result;
}

export function deliveryJobs(app: AppContext, publicUrl: string): JobRegistration[] {
  return [
    handle(sendPublicationDeliveriesJob, async () => {
      const r = await sendDueDeliveries(app.store, {
        smtp: app.config.alerts.smtp,
        publicUrl,
        now: new Date(),
        allowHosts: app.config.allowHosts,
      });
      if (r.failed > 0 || r.retrying > 0)
        app.logger.warn({ ...r }, 'publication deliveries not all delivered');
    }),
  ] as JobRegistration[];
}
