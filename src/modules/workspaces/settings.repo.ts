// Workspace settings repository: one JSON value per key, replaced whole, with who and when.
import type { Store } from '../../kernel/db/connect.ts';

export interface StoredSetting<T> {
  value: T;
  updatedBy: string;
  updatedAt: string;
}

export async function readSetting<T>(
  store: Store,
  workspaceId: number,
  key: string,
): Promise<StoredSetting<T> | null> {
  const row = await store.db
    .selectFrom('workspace_setting')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row
    ? { value: JSON.parse(row.value) as T, updatedBy: row.updated_by, updatedAt: row.updated_at }
    : null;
}

export async function writeSetting(
  store: Store,
  input: { workspaceId: number; key: string; value: unknown; by: string },
): Promise<void> {
  const row = {
    value: JSON.stringify(input.value),
    updated_by: input.by,
    updated_at: new Date().toISOString(),
  };
  await store.db
    .insertInto('workspace_setting')
    .values({ workspace_id: input.workspaceId, key: input.key, ...row })
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doUpdateSet(row))
    .execute();
}
