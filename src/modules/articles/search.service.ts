// Full-text search over a workspace's articles, with a snippet showing where the words matched.
import type { Article } from '../../domain/article.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { parseSearchTerms } from '../../kernel/db/dialect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { articlesPolicy } from './articles.policy.ts';
import { findArticle, searchArticles as searchRows } from './articles.repo.ts';

export interface SearchResult {
  article: Article;
  rank: number;
  /** Text around the first match, the matched words wrapped in «». */
  snippet: string;
}

export function snippet(text: string, words: string[], width = 200): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = Math.max(0, at - width / 2);
  let piece = text.slice(start, start + width).replace(/\s+/g, ' ');
  for (const w of words) {
    piece = piece.replace(new RegExp(`(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'giu'), '«$1»');
  }
  return `${start > 0 ? '…' : ''}${piece}${start + width < text.length ? '…' : ''}`;
}

export async function searchArticles(
  on: Store | Ctx,
  input: { query: string; workspace?: string | null; limit?: number; offset?: number },
): Promise<SearchResult[]> {
  const query = input.query.trim();
  if (!query) throw new PantauError('validation', 'Kata kunci pencarian kosong — empty query');
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, articlesPolicy.can('read'), ws.id);
  const words = parseSearchTerms(query).required.flatMap((t) => t.toLowerCase().split(/\s+/));
  const hits = await searchRows(store, ws.id, query, { limit: input.limit, offset: input.offset });
  return hits.map((h) => ({ ...h, snippet: snippet(h.article.text ?? h.article.title ?? '', words) }));
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
