// Workspace place repository: the region's own place names, added one by one or imported in bulk
// (a name already there is skipped), and read back for the entity recogniser.
import type { Selectable } from 'kysely';
import type { WorkspacePlace, WorkspacePlaceKind } from '../../domain/place.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { WorkspacePlaceTable } from '../../kernel/db/schema.ts';

const toPlace = (r: Selectable<WorkspacePlaceTable>): WorkspacePlace => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  kind: r.kind,
  parent: r.parent,
  createdAt: r.created_at,
});

export interface NewPlace {
  name: string;
  kind: WorkspacePlaceKind;
  parent?: string | null;
}

/** Inserts the places not there yet (same name and kind); returns those inserted. */
export async function insertPlaces(
  store: Store,
  workspaceId: number,
  places: NewPlace[],
): Promise<WorkspacePlace[]> {
  if (places.length === 0) return [];
  const now = new Date().toISOString();
  const inserted: WorkspacePlace[] = [];
  // In slices: one statement per few hundred names keeps within both engines' parameter limits.
  for (let i = 0; i < places.length; i += 500) {
    const rows = await store.db
      .insertInto('workspace_place')
      .values(
        places.slice(i, i + 500).map((p) => ({
          workspace_id: workspaceId,
          name: p.name,
          kind: p.kind,
          parent: p.parent ?? null,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'name', 'kind']).doNothing())
      .returningAll()
      .execute();
    inserted.push(...rows.map(toPlace));
  }
  return inserted;
}

export async function listPlaces(store: Store, workspaceId: number): Promise<WorkspacePlace[]> {
  const rows = await store.db
    .selectFrom('workspace_place')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  return rows.map(toPlace);
}

export async function findPlace(store: Store, id: number): Promise<WorkspacePlace | null> {
  const row = await store.db
    .selectFrom('workspace_place')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPlace(row) : null;
}

export async function deletePlace(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('workspace_place').where('id', '=', id).execute();
}
