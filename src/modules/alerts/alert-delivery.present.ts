// How each channel's delivery of an alert went, as staff see it: sent, retrying (an attempt failed
// and the job will try again), failed for good (with why) or still pending. Built from what the
// delivery job recorded; the error text loses anything that could be a credential (a URL's user,
// password or query), since every staff role reads it.

export type DeliveryChannel = 'email' | 'webhook';

export interface DeliveryStatus {
  channel: DeliveryChannel;
  status: 'sent' | 'retrying' | 'failed' | 'pending';
  /** When the last attempt finished; null while none has. */
  at: string | null;
  /** Attempts made so far. */
  attempts: number;
  /** While retrying: when the queue tries again, if it said; null otherwise. */
  nextAttemptAt: string | null;
  error: string | null;
}

const CHANNELS: readonly DeliveryChannel[] = ['email', 'webhook'];

/** A URL's user info and query string (tokens live there) replaced by "…". */
export function withoutCredentials(text: string): string {
  return text.replace(/\b(https?:\/\/)([^\s/?#]*@)?([^\s/?#]+)([^\s?#]*)(\?[^\s#]*)?(#\S*)?/gi, (...m) => {
    const [, scheme, user, host, path, query] = m as string[];
    return `${scheme}${user ? '…@' : ''}${host}${path}${query ? '?…' : ''}`;
  });
}

/**
 * One status per channel the alert was routed to, or that has a recorded attempt (alerts older than
 * routes kept with them); channels it never went to are left out (the alert's problems say why).
 */
export function deliveryStatuses(
  routed: readonly string[] | null,
  recorded: readonly Record<string, unknown>[],
): DeliveryStatus[] {
  return CHANNELS.filter(
    (channel) => routed?.includes(channel) || recorded.some((d) => d.channel === channel),
  ).map((channel) => {
    const entry = recorded.find((d) => d.channel === channel);
    if (!entry)
      return { channel, status: 'pending', at: null, attempts: 0, nextAttemptAt: null, error: null };
    const ok = entry.ok === true;
    // Attempts recorded before `final` was kept ended long ago: their retries are over.
    const retrying = !ok && entry.final === false;
    return {
      channel,
      status: ok ? 'sent' : retrying ? 'retrying' : 'failed',
      at: typeof entry.at === 'string' ? entry.at : null,
      attempts: Number(entry.attempts ?? 1) || 1,
      nextAttemptAt: retrying && typeof entry.retryAt === 'string' ? entry.retryAt : null,
      error: ok ? null : withoutCredentials(String(entry.error ?? 'gagal — failed')),
    };
  });
}
