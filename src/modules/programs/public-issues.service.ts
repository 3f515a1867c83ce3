// The public issues of a period for the inventory (SOP B step 1): the monitored issues active in it
// with their volume in the period, their tone and the highest crisis level raised about them.
import { CRISIS_LEVELS, type CrisisLevel } from '../../analyze/crisis/types.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import { PantauError } from '../../domain/errors.ts';
import { localDayOf, localDayStart, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import { listAlerts } from '../alerts/alerts.service.ts';
import { listIssues, TREND_DAYS } from '../issues/issues.service.ts';
import { programsPolicy } from './programs.policy.ts';

const DAY = 86_400_000;
/** The longest period asked for at once: the issues' day counts go back this far. */
const MAX_DAYS = TREND_DAYS;

export interface PublicIssue {
  id: number;
  label: string;
  /** Articles of the issue in the period. */
  articleCount: number;
  firstAt: string | null;
  lastAt: string | null;
  tones: Record<ToneLabel, number>;
  dominantTone: ToneLabel | null;
  crisisLevel: CrisisLevel;
}

export async function publicIssues(
  ctx: Ctx,
  input: { from?: string; to?: string; limit?: number },
): Promise<{ from: string; to: string; issues: PublicIssue[] }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('read'), ws.id);
  const offset = zoneOffsetMinutes(ws.timeZone);
  const to = input.to ?? localDayOf(ctx.now().getTime(), offset);
  const from = input.from ?? localDayOf(localDayStart(to, offset) - 6 * DAY, offset);
  const start = localDayStart(from, offset);
  const end = localDayStart(to, offset) + DAY;
  const days = Math.round((end - start) / DAY);
  if (days < 1) throw new PantauError('validation', 'Awal periode setelah akhirnya — from is after to');
  if (days > MAX_DAYS)
    throw new PantauError('validation', `Periode paling panjang ${MAX_DAYS} hari — at most ${MAX_DAYS} days`);
  const listed = await listIssues(ctx, { days, now: new Date(end - 1), limit: 200 });
  const alerts = await listAlerts(ctx, null, 500);
  const levelOf = (issueId: number): CrisisLevel => {
    let level: CrisisLevel = 'normal';
    for (const a of alerts) {
      const at = Date.parse(a.createdAt);
      if (a.scopeType !== 'issue' || a.scopeId !== String(issueId) || at < start || at >= end) continue;
      const l = a.level as CrisisLevel;
      if (CRISIS_LEVELS.indexOf(l) > CRISIS_LEVELS.indexOf(level)) level = l;
    }
    return level;
  };
  const issues = listed
    .map((i) => {
      const volume = i.daily.reduce((sum, n) => sum + n, 0);
      const tones = i.tones as Record<ToneLabel, number>;
      const ranked = (Object.entries(tones) as [ToneLabel, number][]).sort((a, b) => b[1] - a[1]);
      return {
        id: i.id,
        label: i.label,
        articleCount: volume,
        firstAt: i.firstAt ?? null,
        lastAt: i.lastAt ?? null,
        tones,
        dominantTone: ranked[0] && ranked[0][1] > 0 ? ranked[0][0] : null,
        crisisLevel: levelOf(i.id),
      };
    })
    // An issue that started after the period, or had no article in it, was not an issue of it.
    .filter((i) => i.articleCount > 0)
    .sort(
      (a, b) =>
        CRISIS_LEVELS.indexOf(b.crisisLevel) - CRISIS_LEVELS.indexOf(a.crisisLevel) ||
        b.articleCount - a.articleCount ||
        a.id - b.id,
    )
    .slice(0, input.limit ?? 50);
  return { from, to, issues };
}
