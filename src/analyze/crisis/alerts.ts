// Whether an assessment becomes an alert: on a rise, again only after the quiet period, and
// "kembali normal" once after the level has stayed normal for a while, so there are no alert storms.

import type {
  Alert,
  AlertKind,
  AlertScope,
  AlertState,
  CrisisAssessment,
  CrisisLevel,
  CrisisSettings,
} from './types.ts';
import { levelRank } from './types.ts';

const MINUTE = 60_000;

export interface AlertDecision {
  send: boolean;
  alert?: Alert;
  /** Store this and pass it back as `previous` next time, whether or not an alert was sent. */
  state: AlertState;
}

/** Pass `scope` when alerts of several issues or subjects reach the same receivers: it makes ids unique. */
export function decideAlert(
  previous: AlertState | null,
  assessment: CrisisAssessment,
  now: Date,
  settings: CrisisSettings,
  scope?: AlertScope,
): AlertDecision {
  const announced: CrisisLevel = previous?.level ?? 'normal';
  const lastSentAt = previous?.lastSentAt ?? null;
  const current = assessment.level;
  const nowMs = now.getTime();
  const send = (kind: AlertKind): AlertDecision => ({
    send: true,
    alert: {
      id: [...(scope ? [scope.type, scope.id] : []), kind, current, now.toISOString()].join(':'),
      kind,
      level: current,
      previousLevel: announced,
      at: now,
      ...(scope ? { scope } : {}),
      assessment,
    },
    state: { level: current, lastSentAt: now.toISOString(), normalSince: null },
  });

  if (current === 'normal') {
    if (announced === 'normal')
      return { send: false, state: { level: 'normal', lastSentAt, normalSince: null } };
    const normalSince = previous?.normalSince ?? now.toISOString();
    if (nowMs - Date.parse(normalSince) >= settings.recoveryMinutes * MINUTE) return send('resolved');
    return { send: false, state: { level: announced, lastSentAt, normalSince } };
  }

  if (levelRank(current) > levelRank(announced)) return send('raised');
  const quietOver =
    lastSentAt === null || nowMs - Date.parse(lastSentAt) >= settings.quietPeriodMinutes * MINUTE;
  if (quietOver) return send(current === announced ? 'reminder' : 'lowered');
  // Still within the quiet period: keep the higher announced level so a bounce back up stays silent.
  return { send: false, state: { level: announced, lastSentAt, normalSince: null } };
}
