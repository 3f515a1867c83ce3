// Full-text search over a workspace's articles in the query language of monitored subjects, with a
// snippet showing where the query matched.
import { type Highlight, matchQuery, parseQuery, type QueryNode } from '../../analyze/query/index.ts';
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { articlesPolicy } from './articles.policy.ts';
import { findArticle, searchArticles as searchRows } from './articles.repo.ts';

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

export async function searchArticles(
  on: Store | Ctx,
  input: { query: string; workspace?: string | null; limit?: number; offset?: number },
): Promise<SearchResult[]> {
  const query = input.query.trim();
  if (!query) throw new PantauError('validation', 'Kata kunci pencarian kosong — empty query');
  // Parsed before anything else: a query that cannot be read is an error with its position, never
  // an empty result, and its size is bounded before the store sees it.
  const node = parseQuery(query);
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, articlesPolicy.can('read'), ws.id);
  const hits = await searchRows(store, ws.id, node, { limit: input.limit, offset: input.offset });
  return hits.map((h) => ({ ...h, snippet: snippetOf(node, h.article) }));
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
