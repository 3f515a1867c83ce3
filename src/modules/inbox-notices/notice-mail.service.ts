// Sends the e-mail copies of notices: only when the installation has an SMTP server and the person
// an address, never in the workspace's quiet hours (they wait, then go), each at most once (a claim
// on the row before sending), retried with growing pauses on trouble that may pass.
import type { Workspace } from '../../domain/workspace.ts';
import type { AppContext } from '../../kernel/context.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { handle, type JobRegistration } from '../../kernel/jobs/definitions.ts';
import { escapeHtml } from '../notifications/alert-message.present.ts';
import { type EmailMessage, type SmtpSettings, sendEmail } from '../notifications/email.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { sendNoticeMailsJob } from './notices.jobs.ts';
import { abandonStaleSends, claimMail, type MailDue, pendingMails, settleMail } from './notices.repo.ts';
import { isQuiet, type QuietHours, quietHoursOf } from './quiet-hours.service.ts';

/** Pauses before the 2nd, 3rd, … attempt; after the last the e-mail is given up as failed. */
export const MAIL_BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
const BATCH = 200;
/** A send claimed this long ago and never settled was cut off by a crash. */
const STALE_SEND_MS = 15 * 60_000;

export interface NoticeMailOptions {
  smtp: SmtpSettings | null;
  /** The web app's address, e.g. https://pantau.semarangkota.go.id (links in e-mails start here). */
  publicUrl: string;
  now: Date;
  timeoutMs?: number;
}

export interface NoticeMailResult {
  sent: number;
  held: number;
  skipped: number;
  failed: number;
  retrying: number;
}

export function noticeEmail(
  n: Pick<MailDue, 'id' | 'title' | 'body' | 'link'>,
  publicUrl: string,
): EmailMessage {
  const url = `${publicUrl.replace(/\/+$/, '')}${n.link}`;
  return {
    subject: `[Pantau] ${n.title}`,
    text: `${n.body}\n\nBuka di Pantau: ${url}\n\n— Pemberitahuan otomatis Pantau. Open in Pantau: ${url}\n`,
    html:
      `<p>${escapeHtml(n.body)}</p>` +
      `<p><a href="${escapeHtml(url)}">Buka di Pantau</a></p>` +
      '<p style="color:#666">Pemberitahuan otomatis Pantau — automatic notice from Pantau</p>',
    headers: { 'X-Pantau-Notice-Id': String(n.id) },
  };
}

/** One pass over the e-mails due now; returns what happened to them. */
export async function sendNoticeMails(store: Store, options: NoticeMailOptions): Promise<NoticeMailResult> {
  const { now, smtp } = options;
  const at = now.toISOString();
  const result: NoticeMailResult = { sent: 0, held: 0, skipped: 0, failed: 0, retrying: 0 };
  result.failed += await abandonStaleSends(
    store,
    new Date(now.getTime() - STALE_SEND_MS).toISOString(),
    'Pengiriman terputus; tidak dikirim ulang agar tidak ganda — sending was cut off; not sent again to avoid a duplicate',
  );
  const due = await pendingMails(store, at, BATCH);
  if (due.length === 0) return result;
  const workspaces = new Map<number, Workspace>((await listWorkspaces(store)).map((w) => [w.id, w]));
  const quiet = new Map<number, QuietHours>();
  for (const n of due) {
    const skip = (error: string) => settleMail(store, n.id, 'pending', { state: 'skipped', error });
    if (!smtp) {
      await skip('Server SMTP belum diatur (PANTAU_SMTP_HOST) — no SMTP server configured');
      result.skipped++;
      continue;
    }
    if (n.userDisabled || !/^[^@\s]+@[^@\s]+$/.test(n.email) || /[\r\n]/.test(n.email)) {
      await skip('Pengguna tanpa alamat surel yang aktif — the user has no active e-mail address');
      result.skipped++;
      continue;
    }
    if (n.emailOff) {
      await skip('Penerima mematikan surel pemberitahuan — the person turned notice e-mails off');
      result.skipped++;
      continue;
    }
    const ws = workspaces.get(n.workspaceId);
    if (!ws) continue;
    let q = quiet.get(ws.id);
    if (!q) {
      q = await quietHoursOf(store, ws.id);
      quiet.set(ws.id, q);
    }
    // Held, not skipped: the row stays pending and the first pass after the quiet hours sends it.
    if (isQuiet(q, now, ws.timeZone)) {
      result.held++;
      continue;
    }
    if (!(await claimMail(store, n.id, at))) continue;
    const attempt = n.attempts + 1;
    const delivery = await sendEmail(noticeEmail(n, options.publicUrl), [n.email], smtp, options.timeoutMs);
    if (delivery.ok) {
      await settleMail(store, n.id, 'sending', { state: 'sent', sentAt: new Date().toISOString() });
      result.sent++;
    } else if (delivery.final || attempt > MAIL_BACKOFF_MS.length) {
      await settleMail(store, n.id, 'sending', { state: 'failed', error: delivery.error ?? 'ditolak' });
      result.failed++;
    } else {
      await settleMail(store, n.id, 'sending', {
        state: 'pending',
        error: delivery.error ?? null,
        nextAt: new Date(now.getTime() + MAIL_BACKOFF_MS[attempt - 1]).toISOString(),
      });
      result.retrying++;
    }
  }
  return result;
}

/** The web app's address for links in e-mails: PANTAU_PUBLIC_URL, else where this server listens. */
export function publicUrlOf(app: AppContext): string {
  return app.config.publicUrl ?? `http://${app.config.httpHost}:${app.config.httpPort}`;
}

/** The jobs this module's work needs in a worker process. */
export function noticeJobs(app: AppContext): JobRegistration[] {
  return [
    handle(sendNoticeMailsJob, async () => {
      const r = await sendNoticeMails(app.store, {
        smtp: app.config.alerts.smtp,
        publicUrl: publicUrlOf(app),
        now: new Date(),
      });
      if (r.failed > 0 || r.retrying > 0) app.logger.warn({ ...r }, 'notice e-mails not all delivered');
    }),
  ] as JobRegistration[];
}
