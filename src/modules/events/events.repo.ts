// What happened in a workspace since a moment: articles collected and alerts raised, for the web
// app's live updates. `skip` names rows already told about that lie after `since`.
import type { Store } from '../../kernel/db/connect.ts';

const LIMIT = 50;

export async function articlesCollectedSince(
  store: Store,
  workspaceId: number,
  since: string,
  skip: number[] = [],
) {
  let query = store.db
    .selectFrom('article')
    .select(['id', 'title', 'outlet', 'fetched_at'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .where('fetched_at', '>', since);
  if (skip.length) query = query.where('id', 'not in', skip);
  const rows = await query.orderBy('fetched_at').limit(LIMIT).execute();
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, at: r.fetched_at as string }));
}

export async function alertsRaisedSince(
  store: Store,
  workspaceId: number,
  since: string,
  skip: string[] = [],
) {
  let query = store.db
    .selectFrom('alert')
    .select(['id', 'level', 'kind', 'scope_label', 'reason', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>', since);
  if (skip.length) query = query.where('id', 'not in', skip);
  const rows = await query.orderBy('created_at').limit(LIMIT).execute();
  return rows.map((r) => ({
    id: r.id,
    level: r.level,
    kind: r.kind,
    scope: r.scope_label,
    reason: r.reason,
    at: r.created_at,
  }));
}
