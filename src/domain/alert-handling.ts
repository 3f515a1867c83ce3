// How an office handles a crisis alert: which status changes are allowed, and what a comment may be.
// Pure: the service asks these rules before it writes anything.
import { PantauError } from './errors.ts';

export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export type StatusChange = 'acknowledge' | 'resolve' | 'reopen';

const STATUS_WORDS: Record<AlertStatus, { id: string; en: string }> = {
  open: { id: 'terbuka', en: 'open' },
  acknowledged: { id: 'sudah dilihat', en: 'acknowledged' },
  resolved: { id: 'selesai', en: 'resolved' },
};

const CHANGE_WORDS: Record<StatusChange, { id: string; en: string }> = {
  acknowledge: { id: 'ditandai sudah dilihat', en: 'acknowledged' },
  resolve: { id: 'diselesaikan', en: 'resolved' },
  reopen: { id: 'dibuka lagi', en: 'reopened' },
};

/**
 * The status an alert moves to, or null when the change does not apply to its status. A reopened
 * alert goes back to "acknowledged" when someone had already seen it: that stays true.
 */
export function nextStatus(
  current: AlertStatus,
  change: StatusChange,
  wasAcknowledged: boolean,
): AlertStatus | null {
  switch (change) {
    case 'acknowledge':
      return current === 'open' ? 'acknowledged' : null;
    case 'resolve':
      return current === 'resolved' ? null : 'resolved';
    case 'reopen':
      return current === 'resolved' ? (wasAcknowledged ? 'acknowledged' : 'open') : null;
  }
}

/** As `nextStatus`, refusing (409) a change the status does not allow, in words a user understands. */
export function requireNextStatus(
  current: AlertStatus,
  change: StatusChange,
  wasAcknowledged: boolean,
): AlertStatus {
  const next = nextStatus(current, change, wasAcknowledged);
  if (next) return next;
  throw new PantauError(
    'conflict',
    `Peringatan ini berstatus ${STATUS_WORDS[current].id}, tidak dapat ${CHANGE_WORDS[change].id} — the alert is ${STATUS_WORDS[current].en}, it cannot be ${CHANGE_WORDS[change].en}`,
  );
}

/** A resolved alert is closed work: reopen it before giving it to someone. */
export function mayAssign(status: AlertStatus): boolean {
  return status !== 'resolved';
}

export const COMMENT_MAX = 4000;

/** The comment as kept: trimmed, 1 to 4000 characters. */
export function commentBody(text: string): string {
  const body = text.trim();
  if (body.length === 0)
    throw new PantauError('validation', 'Komentar tidak boleh kosong — the comment is empty');
  if (body.length > COMMENT_MAX)
    throw new PantauError(
      'validation',
      `Komentar paling banyak ${COMMENT_MAX} karakter — a comment is at most ${COMMENT_MAX} characters`,
    );
  return body;
}
