// Deciding which open issue a newly arrived article belongs to, or that it starts a new one.
import { labelIssue } from './label.ts';
import type { AssignOptions, IssueInput, IssueState, IssueTerm } from './types.ts';
import { articleTerms, compareTerms, eventPlaces, rarityOver } from './vector.ts';

export interface Assignment {
  /** null: no issue is close enough, start a new one. */
  issueId: string | null;
  similarity: number;
  /** Why, in Indonesian, for the analyst. */
  reason: string;
}

const DAY = 86_400_000;
/** Similarity kept when the article and the issue name different streets or villages. */
const OTHER_PLACE_FACTOR = 0.15;
/** Share of the threshold enough for a follow-up naming the same people and bodies. */
const FOLLOW_UP_SHARE = 0.6;
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
  type Candidate = { issue: IssueState; similarity: number; gap: number; shared: string[]; named: number };
  let best: Candidate | null = null;
  let chosen: Candidate | null = null;
  let quiet: { issue: IssueState; raw: number; gap: number } | null = null;
  const places = eventPlaces(terms);
  const rarity = options.rarity ?? rarityOver(issues);
  const better = (a: Candidate, b: Candidate | null) =>
    !b || a.similarity > b.similarity || (a.similarity === b.similarity && a.issue.id < b.issue.id);
  for (const issue of issues) {
    if (issue.locked || issue.articleCount === 0) continue;
    const { similarity: compared, shared } = compareTerms(terms, issue.terms, rarity);
    if (compared === 0) continue;
    // The same kind of story in another street or village is another event.
    const conflict = places.size > 0 && elsewhere(places, issue);
    const raw = conflict ? compared * OTHER_PLACE_FACTOR : compared;
    const gap = gapDays(issue, at);
    if (gap > quietDays) {
      if (raw >= threshold && (!quiet || raw > quiet.raw)) quiet = { issue, raw, gap };
      continue;
    }
    const names = shared.filter((t) => t.kind !== 'word').map((t) => t.text);
    const candidate: Candidate = {
      issue,
      similarity: raw * 0.5 ** (gap / halfLife),
      gap,
      shared: names.slice(0, 3),
      named: conflict ? 0 : sharedNames(terms, issue, rarity),
    };
    if (better(candidate, best)) best = candidate;
    // Two people or bodies few other issues mention, named again within days, are the same
    // story followed up, even when the wording moved on.
    const eligible =
      candidate.similarity >= threshold ||
      (candidate.named >= 2 && candidate.similarity >= threshold * FOLLOW_UP_SHARE);
    if (eligible && better(candidate, chosen)) chosen = candidate;
  }
  if (chosen) {
    const together = chosen.shared.length ? `; sama-sama tentang ${chosen.shared.join(', ')}` : '';
    return {
      issueId: chosen.issue.id,
      similarity: round(chosen.similarity),
      reason: `Mirip ${percent(chosen.similarity)} dengan isu "${labelIssue(chosen.issue)}"${together}; selisih ${Math.round(chosen.gap)} hari.`,
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

/** How many people and bodies the article shares with the issue that few other issues mention. */
function sharedNames(terms: Record<string, IssueTerm>, issue: IssueState, rarity: (key: string) => number) {
  let n = 0;
  for (const [key, t] of Object.entries(terms)) {
    if ((t.kind === 'PER' || t.kind === 'ORG') && issue.terms[key] && rarity(key) >= 0.5) n++;
  }
  return n;
}

/** The issue names event places and none of the article's. */
function elsewhere(places: Set<string>, issue: IssueState): boolean {
  const theirs = eventPlaces(issue.terms);
  if (theirs.size === 0) return false;
  for (const p of places) if (theirs.has(p)) return false;
  return true;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
