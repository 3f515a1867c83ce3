// The rows of a workspace's outlet catalogue: each source with the articles it collected since a
// time and its newest article, counted as every figure counts them (kernel/db/counted-at.ts).
import type { SourceKind } from '../../domain/source.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';

export interface CatalogueSourceRow {
  id: number;
  name: string;
  kind: SourceKind;
  url: string;
  outlet: string | null;
  scope: string | null;
  region: string | null;
  enabled: boolean;
  articlesSince: number;
  lastArticleAt: string | null;
}

export async function sourcesWithRecentArticles(
  store: Store,
  workspaceId: number,
  since: Date,
): Promise<CatalogueSourceRow[]> {
  const rows = await store.db
    .selectFrom('source')
    .select(['source.id', 'name', 'kind', 'source.url', 'source.outlet', 'scope', 'region', 'enabled'])
    .select((eb) => [
      eb
        .selectFrom('article')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('article.source_id', '=', 'source.id')
        .where('article.status', '=', 'fetched')
        .where(countedAt, '>=', since.toISOString())
        .as('articles_since'),
      eb
        .selectFrom('article')
        .select(eb.fn.max(countedAt).as('at'))
        .whereRef('article.source_id', '=', 'source.id')
        .where('article.status', '=', 'fetched')
        .as('last_article_at'),
    ])
    .where('source.workspace_id', '=', workspaceId)
    .orderBy('source.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    url: r.url,
    outlet: r.outlet,
    scope: r.scope,
    region: r.region,
    enabled: r.enabled === 1,
    articlesSince: Number(r.articles_since ?? 0),
    lastArticleAt: r.last_article_at ? new Date(r.last_article_at).toISOString() : null,
  }));
}
