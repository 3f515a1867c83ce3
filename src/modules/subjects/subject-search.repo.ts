// Finds the stored articles a monitored subject's query matches, on either store: an FTS5 MATCH over
// the stemmed index in SQLite, a tsquery over article.search in PostgreSQL. Both read the same
// parsed query, and give the articles matchQuery accepts one by one.
import type { QueryNode } from '../../analyze/query/ast.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { queryCondition } from '../../kernel/db/query-search.ts';

export { compileToFts5 } from '../../kernel/db/query-fts5.ts';
export { compileToTsquery } from '../../kernel/db/query-tsquery.ts';

export interface SubjectSearchOptions {
  /** Only articles with a larger id, for paging through a large workspace. */
  afterId?: number;
  limit?: number;
}

/** Ids, ascending, of the workspace's fetched articles that satisfy the query. */
export async function findArticlesMatching(
  store: Store,
  workspaceId: number,
  node: QueryNode,
  options: SubjectSearchOptions = {},
): Promise<number[]> {
  let query = store.db
    .selectFrom('article')
    .select('article.id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .where('article.id', '>', options.afterId ?? 0)
    .where(() => queryCondition(store.dialect, node))
    .orderBy('article.id');
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => r.id);
}
