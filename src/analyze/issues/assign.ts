// Deciding which open issue a newly arrived article belongs to, or that it starts a new one.
import { labelIssue } from './label.ts';
import type { AssignOptions, IssueInput, IssueState } from './types.ts';
import { articleTerms, compareTerms } from './vector.ts';

export interface Assignment {
  /** null: no issue is close enough, start a new one. */
  issueId: string | null;
  similarity: number;
  /** Why, in Indonesian, for the analyst. */
  reason: string;
}

const DAY = 86_400_000;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Days between the article and the issue's active period (0 inside it). */
function gapDays(issue: IssueState, at: number): number {
  const first = Date.parse(issue.firstAt);
  const last = Date.parse(issue.lastAt);
  if (at > last) return (at - last) / DAY;
  if (at < first) return (first - at) / DAY;
  return 0;
}

export function assignIssue(
  article: IssueInput,
  issues: IssueState[],
  now: Date,
  options: AssignOptions = {},
  /** The article's terms, when the caller has them already. */
  terms = articleTerms(article),
): Assignment {
  const threshold = options.threshold ?? 0.2;
  const quietDays = options.quietDays ?? 14;
  const halfLife = options.halfLifeDays ?? 10;
  // A publication time in the future is a publisher's clock error; it counts as now.
  const at = Math.min(article.publishedAt.getTime(), now.getTime());
  let best: { issue: IssueState; similarity: number; raw: number; gap: number; shared: string[] } | null =
    null;
  let quiet: { issue: IssueState; raw: number; gap: number } | null = null;
  for (const issue of issues) {
    if (issue.locked || issue.articleCount === 0) continue;
    const { similarity: raw, shared } = compareTerms(terms, issue.terms);
    if (raw === 0) continue;
    const gap = gapDays(issue, at);
    if (gap > quietDays) {
      if (raw >= threshold && (!quiet || raw > quiet.raw)) quiet = { issue, raw, gap };
      continue;
    }
    const similarity = raw * 0.5 ** (gap / halfLife);
    if (
      !best ||
      similarity > best.similarity ||
      (similarity === best.similarity && issue.id < best.issue.id)
    ) {
      const names = shared.filter((t) => t.kind !== 'word').map((t) => t.text);
      best = { issue, similarity, raw, gap, shared: names.slice(0, 3) };
    }
  }
  if (best && best.similarity >= threshold) {
    const together = best.shared.length ? `; sama-sama tentang ${best.shared.join(', ')}` : '';
    return {
      issueId: best.issue.id,
      similarity: round(best.similarity),
      reason: `Mirip ${percent(best.similarity)} dengan isu "${labelIssue(best.issue)}"${together}; selisih ${Math.round(best.gap)} hari.`,
    };
  }
  const similarity = round(best?.similarity ?? 0);
  if (quiet && (!best || quiet.raw > best.similarity)) {
    return {
      issueId: null,
      similarity,
      reason: `Isu baru: isu serupa "${labelIssue(quiet.issue)}" sudah sepi ${Math.round(quiet.gap)} hari (batas ${quietDays} hari), jadi ini dianggap peristiwa baru.`,
    };
  }
  return {
    issueId: null,
    similarity,
    reason: best
      ? `Isu baru: isu termirip "${labelIssue(best.issue)}" hanya ${percent(best.similarity)} (batas ${percent(threshold)}).`
      : 'Isu baru: tidak ada isu aktif yang membahas hal serupa.',
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
