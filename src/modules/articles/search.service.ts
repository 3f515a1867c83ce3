// Full-text search over a workspace's articles in the query language of monitored subjects, with a
// snippet showing where the query matched.
import { type Highlight, matchQuery, parseQuery, type QueryNode } from '../../analyze/query/index.ts';
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import {
  type ArticleFilter,
  type SearchFacets,
  type SearchSort,
  searchFacets,
  searchFiltered,
} from './article-filter.repo.ts';
import { articlesPolicy } from './articles.policy.ts';
import { findArticle } from './articles.repo.ts';
import type { ArticleFilterQuery } from './articles.schema.ts';

export interface SearchResult {
  article: Article;
  rank: number;
  /** Text around the first match, each matched span wrapped once in «». */
  snippet: string;
}

/** `width` characters of `text` from the first highlight on, every highlight in them marked once. */
export function snippet(text: string, highlights: Highlight[], width = 200): string {
  const first = highlights[0]?.start ?? 0;
  const start = Math.max(0, first - width / 2);
  let end = Math.min(text.length, start + width);
  // A span the window would cut is shown whole rather than half marked.
  for (const h of highlights) if (h.start < end && h.end > end) end = h.end;
  let piece = '';
  let at = start;
  for (const h of highlights) {
    if (h.start < start || h.start >= end) continue;
    piece += `${text.slice(at, h.start)}«${text.slice(h.start, h.end)}»`;
    at = h.end;
  }
  piece += text.slice(at, end);
  return `${start > 0 ? '…' : ''}${piece.replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The snippet of a hit: from the text where the query matched it, else from the title. */
function snippetOf(node: QueryNode, article: Article): string {
  const doc = { title: article.title ?? '', text: article.text ?? '' };
  const { highlights } = matchQuery(node, doc);
  const inText = highlights.filter((h) => h.field === 'text');
  if (inText.length > 0 || doc.text) return snippet(doc.text, inText);
  return snippet(doc.title, highlights);
}

export interface SearchInput {
  /** The subject query language; empty or absent lists the filtered articles, newest first. */
  query?: string;
  workspace?: string | null;
  filter?: Omit<ArticleFilter, 'query'>;
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}

/** The filter an API request names (its query apart, parsed by the use case). */
export function filterOf(q: ArticleFilterQuery): Omit<ArticleFilter, 'query'> {
  return {
    from: q.from ? new Date(q.from).toISOString() : undefined,
    to: q.to ? new Date(q.to).toISOString() : undefined,
    outlet: q.outlet,
    tone: q.tone,
    subjectId: q.subject,
    issueId: q.issue,
    lang: q.lang,
  };
}

/** A filter's query parsed, or null for none: a query that cannot be read is an error. */
export function parsedQuery(query: string | undefined): QueryNode | null {
  const q = query?.trim() ?? '';
  // Parsed before anything else: a query that cannot be read is an error with its position, never
  // an empty result, and its size is bounded before the store sees it.
  return q ? parseQuery(q) : null;
}

async function searchScope(on: Store | Ctx, workspace: string | null | undefined) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, workspace);
  authorize(store.actor, articlesPolicy.can('read'), ws.id);
  return { store, ws };
}

export async function searchArticles(on: Store | Ctx, input: SearchInput): Promise<SearchResult[]> {
  const node = parsedQuery(input.query);
  if (!node && !input.filter)
    throw new PantauError('validation', 'Kata kunci pencarian kosong — empty query');
  const { store, ws } = await searchScope(on, input.workspace);
  const hits = await searchFiltered(
    store,
    ws.id,
    { ...input.filter, query: node },
    {
      sort: input.sort ?? (node ? 'relevance' : 'newest'),
      limit: input.limit ?? 20,
      offset: input.offset ?? 0,
    },
  );
  return hits.map((h) => ({
    ...h,
    snippet: node ? snippetOf(node, h.article) : snippet(h.article.text ?? h.article.title ?? '', []),
  }));
}

/** How many articles the search holds in all, and per outlet, tone, subject and issue. */
export async function searchCounts(on: Store | Ctx, input: SearchInput): Promise<SearchFacets> {
  const node = parsedQuery(input.query);
  const { store, ws } = await searchScope(on, input.workspace);
  return searchFacets(store, ws.id, { ...input.filter, query: node });
}

export async function getArticle(on: Store | Ctx, id: number): Promise<Article> {
  const store = asCtx(on);
  const article = await findArticle(store, id);
  if (!article || !sameWorkspace(store, article.workspaceId)) {
    throw new PantauError('not_found', `Artikel #${id} tidak ditemukan — article not found`);
  }
  authorize(store.actor, articlesPolicy.can('read'), article.workspaceId);
  return article;
}
