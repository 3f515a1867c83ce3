// The versions of each workspace's SOPs; a version is written once and never changed.
import type { Selectable } from 'kysely';
import type { SopDefinitionTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import type { SopDefinition } from '../../sop/definition.ts';

export interface SopVersion {
  id: number;
  workspaceId: number;
  key: string;
  version: number;
  definition: SopDefinition;
  note: string;
  createdByName: string;
  createdAt: string;
}

const toVersion = (r: Selectable<SopDefinitionTable>): SopVersion => ({
  id: r.id,
  workspaceId: r.workspace_id,
  key: r.key,
  version: r.version,
  definition: JSON.parse(r.definition) as SopDefinition,
  note: r.note,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

/** The newest version of every SOP of the workspace, by key. */
export async function latestVersions(store: Executor, workspaceId: number): Promise<SopVersion[]> {
  const rows = await store.db
    .selectFrom('sop_definition as d')
    .selectAll('d')
    .where('d.workspace_id', '=', workspaceId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sop_definition as newer')
            .select('newer.id')
            .whereRef('newer.workspace_id', '=', 'd.workspace_id')
            .whereRef('newer.key', '=', 'd.key')
            .whereRef('newer.version', '>', 'd.version'),
        ),
      ),
    )
    .orderBy('d.key')
    .execute();
  return rows.map(toVersion);
}

export async function findVersion(
  store: Executor,
  workspaceId: number,
  key: string,
  version?: number,
): Promise<SopVersion | null> {
  let q = store.db
    .selectFrom('sop_definition')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key);
  if (version !== undefined) q = q.where('version', '=', version);
  const r = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
  return r ? toVersion(r) : null;
}

export async function findVersionById(
  store: Executor,
  workspaceId: number,
  id: number,
): Promise<SopVersion | null> {
  const r = await store.db
    .selectFrom('sop_definition')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toVersion(r) : null;
}

export async function listVersions(
  store: Executor,
  workspaceId: number,
  key: string,
): Promise<Omit<SopVersion, 'definition'>[]> {
  const rows = await store.db
    .selectFrom('sop_definition')
    .select(['id', 'workspace_id', 'key', 'version', 'note', 'created_by_name', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    key: r.key,
    version: r.version,
    note: r.note,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  }));
}

/**
 * Writes a version; null when the same version already exists (a template written by two requests
 * at once, or two edits of the same version: the second must start from the new one).
 */
export async function insertVersion(
  store: Executor,
  row: {
    workspaceId: number;
    key: string;
    version: number;
    definition: SopDefinition;
    note: string;
    createdBy: number | null;
    createdByName: string;
    at: string;
  },
): Promise<SopVersion | null> {
  const r = await store.db
    .insertInto('sop_definition')
    .values({
      workspace_id: row.workspaceId,
      key: row.key,
      version: row.version,
      definition: JSON.stringify(row.definition),
      note: row.note,
      created_by: row.createdBy,
      created_by_name: row.createdByName,
      created_at: row.at,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'key', 'version']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return r ? toVersion(r) : null;
}
