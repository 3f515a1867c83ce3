// Workspace repository: one row per monitored government.
import type { Selectable } from 'kysely';
import { PantauError } from '../../domain/errors.ts';
import type { TimeZoneName, Workspace } from '../../domain/workspace.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { WorkspaceTable } from '../../kernel/db/schema.ts';

const toWorkspace = (r: Selectable<WorkspaceTable>): Workspace => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  region: r.region,
  timeZone: r.time_zone,
  createdAt: r.created_at,
});

export async function insertWorkspace(
  store: Store,
  input: { slug: string; name: string; region: string; timeZone: TimeZoneName },
): Promise<Workspace> {
  const existing = await findWorkspaceBySlug(store, input.slug);
  if (existing) throw new PantauError('conflict', `Workspace "${input.slug}" sudah ada — already exists`);
  const row = await store.db
    .insertInto('workspace')
    .values({
      slug: input.slug,
      name: input.name,
      region: input.region,
      time_zone: input.timeZone,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWorkspace(row);
}

export async function findWorkspaceBySlug(store: Store, slug: string): Promise<Workspace | null> {
  const row = await store.db.selectFrom('workspace').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toWorkspace(row) : null;
}

export async function findWorkspace(store: Store, id: number): Promise<Workspace | null> {
  const row = await store.db.selectFrom('workspace').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toWorkspace(row) : null;
}

export async function listWorkspaces(store: Store): Promise<Workspace[]> {
  const rows = await store.db.selectFrom('workspace').selectAll().orderBy('id').execute();
  return rows.map(toWorkspace);
}

// The installation's default workspace is marked by one setting row on that workspace, so it goes
// away with the workspace (cascade) and two can never disagree about which one it is.
const DEFAULT_KEY = 'installation.default';

export async function findDefaultWorkspace(store: Store): Promise<Workspace | null> {
  const row = await store.db
    .selectFrom('workspace')
    .innerJoin('workspace_setting', 'workspace_setting.workspace_id', 'workspace.id')
    .selectAll('workspace')
    .where('workspace_setting.key', '=', DEFAULT_KEY)
    .orderBy('workspace.id')
    .executeTakeFirst();
  return row ? toWorkspace(row) : null;
}

export async function markDefaultWorkspace(store: Store, workspaceId: number, by: string): Promise<void> {
  await store.db.deleteFrom('workspace_setting').where('key', '=', DEFAULT_KEY).execute();
  await store.db
    .insertInto('workspace_setting')
    .values({
      workspace_id: workspaceId,
      key: DEFAULT_KEY,
      value: 'true',
      updated_by: by,
      updated_at: new Date().toISOString(),
    })
    .execute();
}

export async function updateWorkspace(
  store: Store,
  id: number,
  change: { name: string; slug: string },
): Promise<Workspace> {
  const row = await store.db
    .updateTable('workspace')
    .set({ name: change.name, slug: change.slug })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWorkspace(row);
}

/** What removing a workspace deletes with it, counted so the administrator sees it before confirming. */
export interface WorkspaceContents {
  sources: number;
  articles: number;
  subjects: number;
  issues: number;
  alerts: number;
  members: number;
  agencies: number;
}

export async function countWorkspaceContents(store: Store, id: number): Promise<WorkspaceContents> {
  const count = async (
    table: 'source' | 'article' | 'subject' | 'issue' | 'alert' | 'membership' | 'agency',
  ): Promise<number> => {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('workspace_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    sources: await count('source'),
    articles: await count('article'),
    subjects: await count('subject'),
    issues: await count('issue'),
    alerts: await count('alert'),
    members: await count('membership'),
    agencies: await count('agency'),
  };
}

/** Everything of the workspace goes with it through the foreign keys' cascades; the audit trail stays. */
export async function deleteWorkspace(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('workspace').where('id', '=', id).execute();
}
