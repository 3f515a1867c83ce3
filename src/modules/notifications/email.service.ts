// Sends e-mail over the installation's SMTP server: a crisis alert, or any message another module
// renders (one attempt each; the caller's job retries).

import type { Alert } from '../../analyze/crisis/types.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { type AlertMessageOptions, renderAlert } from './alert-message.present.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  /** true for implicit TLS (usually port 465); false lets STARTTLS upgrade when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
  /** Sender, e.g. "Pantau Diskominfo <pantau@semarangkota.go.id>". */
  from: string;
}

export interface EmailDelivery {
  ok: boolean;
  attempts: number;
  messageId?: string;
  accepted: string[];
  rejected: string[];
  error?: string;
  /** On failure: true when sending again cannot help (login refused, recipients refused for good). */
  final?: boolean;
}

export interface SendAlertEmailOptions extends AlertMessageOptions {
  /** Limit for connecting, the greeting and each reply, in milliseconds. */
  timeoutMs?: number;
}

/**
 * One attempt: the job that calls this is retried by the queue, and the alert id travels in a
 * header so a receiving system can drop duplicates. Never throws for delivery problems.
 */
export async function sendAlertEmail(
  alert: Alert,
  to: readonly string[],
  smtp: SmtpSettings,
  options: SendAlertEmailOptions = {},
): Promise<EmailDelivery> {
  const recipients = checkedRecipients(to, 'Tidak ada penerima e-mail peringatan');
  const message = renderAlert(alert, options);
  return sendEmail(
    { ...message, headers: { 'X-Pantau-Alert-Id': alert.id } },
    recipients,
    smtp,
    options.timeoutMs,
  );
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Trimmed recipients; refuses none at all and any address that could inject a header. */
export function checkedRecipients(to: readonly string[], noneMessage: string): string[] {
  const recipients = to.map((r) => r.trim()).filter((r) => r !== '');
  if (recipients.length === 0) throw new PantauError('validation', noneMessage);
  for (const r of recipients) {
    if (/[\r\n]/.test(r) || !/^[^@\s]+@[^@\s]+$/.test(r.replace(/^.*<(.*)>$/, '$1'))) {
      throw new PantauError('validation', `Alamat e-mail tidak valid: ${JSON.stringify(r)}`);
    }
  }
  return recipients;
}

/** One attempt to send one message over SMTP (no retry here: the caller's job retries). */
export async function sendEmail(
  message: EmailMessage,
  recipients: readonly string[],
  smtp: SmtpSettings,
  timeoutMs = 30_000,
): Promise<EmailDelivery> {
  // Loaded on first send: commands that send nothing need not load it.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: [...recipients],
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      attachments: message.attachments,
    });
    const accepted = info.accepted.map(String);
    const rejected = info.rejected.map(String);
    const ok = accepted.length > 0;
    return { ok, attempts: 1, messageId: info.messageId, accepted, rejected, ...(ok ? {} : { final: true }) };
  } catch (e) {
    return {
      ok: false,
      attempts: 1,
      accepted: [],
      rejected: [...recipients],
      error: safeError(e, smtp),
      final: isFinalSmtpError(e),
    };
  } finally {
    transport.close();
  }
}

/** The error in one line, with the password cut out should a server ever echo it back. */
function safeError(e: unknown, smtp: SmtpSettings): string {
  const text = describeError(e);
  return smtp.pass ? text.split(smtp.pass).join('***') : text;
}

/**
 * Whether the SMTP server said no for good: a refused login (EAUTH) or a 5xx reply. Connection
 * trouble, timeouts and 4xx replies (a busy or greylisting server) may pass on a later attempt.
 */
function isFinalSmtpError(e: unknown): boolean {
  const { code, responseCode } = (e ?? {}) as { code?: unknown; responseCode?: unknown };
  if (code === 'EAUTH') return true;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
