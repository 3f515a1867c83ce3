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
