// Delivers a crisis alert to a webhook: signed JSON, retried with backoff when the receiver may recover.
//
// Headers a receiver checks:
//   x-pantau-timestamp  seconds since the epoch when the attempt was sent
//   x-pantau-signature  "sha256=" + hex HMAC-SHA256(secret, `${timestamp}.${body}`)
// The timestamp is inside the signature so a receiver can reject replays: verify the HMAC over the
// exact bytes received, then refuse a timestamp more than a few minutes from its own clock.

import { createHmac } from 'node:crypto';
import pRetry, { AbortError } from 'p-retry';
import type { Alert } from '../../analyze/crisis/types.ts';
import type { AddressGuard } from '../../collect/fetch/address-guard.ts';
import { describeError, FetchError, PantauError } from '../../domain/errors.ts';
import { type AlertMessageOptions, renderAlert } from './alert-message.present.ts';

export interface WebhookSettings {
  url: string;
  /** Shared secret for the HMAC-SHA256 signature the receiver checks. */
  secret: string;
}

export interface WebhookOptions extends AlertMessageOptions {
  /** Limit for each attempt, in milliseconds. */
  timeoutMs?: number;
  /** Attempts after the first one. */
  retries?: number;
  /** First backoff delay; each next one doubles, up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Clock for the timestamp header. */
  now?: () => Date;
  /** Refuses internal destinations unless the installation allows them (PANTAU_ALLOW_HOSTS). */
  guard?: AddressGuard;
}

export interface WebhookDelivery {
  ok: boolean;
  /** The last HTTP status received, if any. */
  status?: number;
  attempts: number;
  error?: string;
  /** On failure: true when sending again cannot help (the receiver refused it, or the address is not allowed). */
  final?: boolean;
}

/** Statuses a receiver may answer differently later: overload, a timeout, its own fault. */
function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/**
 * The signature header value: "sha256=" and the hex HMAC of `${timestamp}.${body}`, the timestamp
 * header's exact text and the exact bytes sent, so a captured request cannot be replayed later.
 */
export function signWebhookBody(timestamp: string, body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** Accepts only http(s) URLs, so a setting cannot point the sender at file:, data: or other schemes. */
export function parseWebhookUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PantauError('validation', `URL webhook tidak valid: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PantauError('validation', `URL webhook harus http atau https, bukan ${parsed.protocol}`);
  }
  return parsed;
}

/** Network errors, timeouts, 408, 429 and 5xx are retried; any other status is final. Never throws for delivery problems. */
export async function sendAlertWebhook(
  alert: Alert,
  webhook: WebhookSettings,
  options: WebhookOptions = {},
): Promise<WebhookDelivery> {
  let url: URL;
  try {
    url = parseWebhookUrl(webhook.url);
  } catch (e) {
    return { ok: false, attempts: 0, error: describeError(e), final: true };
  }
  try {
    await options.guard?.assertAllowed(url);
  } catch (e) {
    // A refused address stays refused; a name that did not resolve may resolve later.
    const refused = e instanceof PantauError && e.code === 'blocked_address';
    return { ok: false, attempts: 0, error: describeError(e), final: refused };
  }
  const body = JSON.stringify(renderAlert(alert, options).payload);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  let attempts = 0;
  let status: number | undefined;

  const attempt = async (): Promise<number> => {
    attempts++;
    // Each attempt carries its own time, signed with the body: a retry is not a replay.
    const timestamp = String(Math.floor(now().getTime() / 1000));
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Pantau-Webhook/1',
          'x-pantau-signature': signWebhookBody(timestamp, body, webhook.secret),
          'x-pantau-timestamp': timestamp,
          'idempotency-key': alert.id,
        },
      });
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      throw timedOut
        ? new FetchError('timeout', `Webhook tidak menjawab dalam ${timeoutMs} ms`, url.href, {
            retryable: true,
          })
        : new FetchError(
            'network',
            `Webhook tidak terjangkau: ${describeError(e instanceof Error && e.cause ? e.cause : e)}`,
            url.href,
            {
              retryable: true,
              cause: e,
            },
          );
    }
    status = res.status;
    // The receiver's answer is not needed; drop it so the connection is freed.
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return res.status;
    const error = new FetchError('http_status', `Webhook menjawab HTTP ${res.status}`, url.href, {
      retryable: retryableStatus(res.status),
      httpStatus: res.status,
    });
    if (!error.retryable) throw new AbortError(error);
    throw error;
  };

  try {
    await pRetry(attempt, {
      retries: options.retries ?? 4,
      factor: 2,
      minTimeout: options.minDelayMs ?? 1_000,
      maxTimeout: options.maxDelayMs ?? 60_000,
      randomize: true,
    });
    return { ok: true, status, attempts };
  } catch (e) {
    const final = status !== undefined && !retryableStatus(status);
    return {
      ok: false,
      ...(status === undefined ? {} : { status }),
      attempts,
      error: describeError(e),
      final,
    };
  }
}
