// Building an issue's state: adding an article incrementally, or rebuilding from its members after
// an analyst's edit.
import type { ToneLabel } from '../types.ts';
import type { IssueInput, IssueMember, IssueState, IssueTerm } from './types.ts';
import { articleTerms } from './vector.ts';

/** Terms an issue keeps; its long tail never decides a match. */
const TERMS_PER_ISSUE = 80;

export function memberOf(article: IssueInput, pinned = false): IssueMember {
  return {
    id: article.id,
    publishedAt: article.publishedAt.toISOString(),
    tone: article.tone ?? null,
    outlet: article.outlet ?? null,
    pinned,
    terms: articleTerms(article),
  };
}

function emptyIssue(id: string): IssueState {
  return {
    id,
    terms: {},
    firstAt: '',
    lastAt: '',
    articleCount: 0,
    tones: { positive: 0, negative: 0, neutral: 0 },
    outlets: {},
    members: [],
    manualLabel: null,
    locked: false,
    mergedIds: [],
  };
}

function strongest(terms: Record<string, IssueTerm>): Record<string, IssueTerm> {
  const entries = Object.entries(terms);
  if (entries.length <= TERMS_PER_ISSUE) return terms;
  entries.sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, TERMS_PER_ISSUE));
}

/** Adds a member's contribution to a state in place (the state is a fresh copy). */
function absorb(state: IssueState, member: IssueMember): void {
  for (const [key, t] of Object.entries(member.terms)) {
    const known = state.terms[key];
    state.terms[key] = known ? { ...known, weight: known.weight + t.weight } : { ...t };
  }
  if (!state.firstAt || member.publishedAt < state.firstAt) state.firstAt = member.publishedAt;
  if (!state.lastAt || member.publishedAt > state.lastAt) state.lastAt = member.publishedAt;
  const tone: ToneLabel = member.tone ?? 'neutral';
  state.tones[tone]++;
  if (member.outlet) state.outlets[member.outlet] = (state.outlets[member.outlet] ?? 0) + 1;
  state.members.push(member);
  state.articleCount = state.members.length;
}

/** The state recomputed from `members`, keeping the issue's identity and analyst flags. */
export function rebuildIssue(base: IssueState, members: IssueMember[]): IssueState {
  const state = {
    ...emptyIssue(base.id),
    manualLabel: base.manualLabel,
    locked: base.locked,
    mergedIds: [...base.mergedIds],
  };
  const ordered = [...members].sort((a, b) =>
    a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0,
  );
  for (const m of ordered) absorb(state, m);
  state.terms = strongest(state.terms);
  return state;
}

/** A new issue started by one article. */
export function createIssue(id: string, article: IssueInput): IssueState {
  return updateIssue(emptyIssue(id), article);
}

/**
 * The issue with `article` added. Adding an article already there replaces its contribution (a
 * re-analysis) and keeps an analyst's pin; the input state is not changed.
 */
export function updateIssue(state: IssueState, article: IssueInput): IssueState {
  const existing = state.members.find((m) => m.id === article.id);
  if (existing) {
    const others = state.members.filter((m) => m.id !== article.id);
    return rebuildIssue(state, [...others, memberOf(article, existing.pinned)]);
  }
  const next: IssueState = {
    ...state,
    terms: { ...state.terms },
    tones: { ...state.tones },
    outlets: { ...state.outlets },
    members: [...state.members],
  };
  absorb(next, memberOf(article));
  next.terms = strongest(next.terms);
  return next;
}
