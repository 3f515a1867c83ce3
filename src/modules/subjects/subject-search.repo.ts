// Finds the stored articles a monitored subject's query matches, on either store: an FTS5 MATCH over
// the stemmed index in SQLite, a tsquery over article.search in PostgreSQL. Both read the same
// parsed query, and give the articles matchQuery accepts one by one.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { QueryNode } from '../../analyze/query/ast.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { compileToSignedFts5 } from './subject-fts5.repo.ts';
import { compileToTsquery } from './subject-tsquery.repo.ts';

export { compileToFts5 } from './subject-fts5.repo.ts';
export { compileToTsquery } from './subject-tsquery.repo.ts';

export interface SubjectSearchOptions {
  /** Only articles with a larger id, for paging through a large workspace. */
  afterId?: number;
  limit?: number;
}

function subjectCondition(store: Store, node: QueryNode): RawBuilder<SqlBool> {
  if (store.dialect === 'postgres') {
    return sql<SqlBool>`article.search @@ ${compileToTsquery(node)}::tsquery`;
  }
  const { negated, expr } = compileToSignedFts5(node);
  const matching = sql`(SELECT rowid FROM article_fts WHERE article_fts MATCH ${expr})`;
  // A query that only excludes words matches every article the index has no hit for.
  return negated ? sql<SqlBool>`article.id NOT IN ${matching}` : sql<SqlBool>`article.id IN ${matching}`;
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
    .where(() => subjectCondition(store, node))
    .orderBy('article.id');
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => r.id);
}
