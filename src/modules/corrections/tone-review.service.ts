// "Periksa ini": the articles whose tone Pantau is least sure about, for an analyst to correct
// first. Each verdict there teaches the workspace's tone model most (an article far from the
// boundary it already reads right, and correcting it teaches little), so twenty minutes of an
// analyst's time move the workspace's tone the furthest.
import { POLAR_THRESHOLD } from '../../analyze/tone/article-tone.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { correctionsPolicy } from './corrections.policy.ts';
import { type ToneReviewRow, toneReviewCandidates } from './corrections.repo.ts';

const DAY = 86_400_000;
export const REVIEW_DEFAULTS = { limit: 20, days: 14 };

export interface ToneReviewItem extends ToneReviewRow {
  /** Why this article is in the queue, for the analyst. */
  why: string;
}

const LABELS: Record<string, string> = { positive: 'positif', negative: 'negatif', neutral: 'netral' };

function why(row: ToneReviewRow): string {
  const score = row.toneScore.toFixed(2).replace('.', ',');
  const boundary = POLAR_THRESHOLD.toFixed(2).replace('.', ',');
  const other = row.toneLabel === 'neutral' ? (row.toneScore >= 0 ? 'positif' : 'negatif') : 'netral';
  return `Terbaca ${LABELS[row.toneLabel] ?? row.toneLabel}, tetapi skornya (${score}) dekat batas ±${boundary}: bisa jadi ${other}.`;
}

export async function toneReviewQueue(
  on: Store | Ctx,
  input: { limit?: number; days?: number; workspace?: string | null } = {},
): Promise<ToneReviewItem[]> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  // The analysts who may correct tone are the ones the queue is for.
  authorize(ctx.actor, correctionsPolicy.can('create'), ws.id);
  const days = input.days ?? REVIEW_DEFAULTS.days;
  const since = new Date(ctx.now().getTime() - days * DAY).toISOString();
  const rows = await toneReviewCandidates(ctx, ws.id, {
    since,
    boundary: POLAR_THRESHOLD,
    limit: input.limit ?? REVIEW_DEFAULTS.limit,
  });
  return rows.map((row) => ({ ...row, why: why(row) }));
}
