// What happened in a workspace since a moment: articles collected and alerts raised, for the web
// app's live updates.
import type { Store } from '../../kernel/db/connect.ts';

const LIMIT = 50;

export async function articlesCollectedSince(store: Store, workspaceId: number, since: string) {
  const rows = await store.db
    .selectFrom('article')
    .select(['id', 'title', 'outlet', 'fetched_at'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'fetched')
    .where('fetched_at', '>', since)
    .orderBy('fetched_at')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, at: r.fetched_at as string }));
}

export async function alertsRaisedSince(store: Store, workspaceId: number, since: string) {
  const rows = await store.db
    .selectFrom('alert')
    .select(['id', 'level', 'kind', 'scope_label', 'reason', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>', since)
    .orderBy('created_at')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    level: r.level,
    kind: r.kind,
    scope: r.scope_label,
    reason: r.reason,
    at: r.created_at,
  }));
}
