// The agency (OPD) registry of each workspace.
import type { Selectable } from 'kysely';
import type { Agency } from '../../domain/agency.ts';
import type { AgencyTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

const toAgency = (r: Selectable<AgencyTable>): Agency => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  shortName: r.short_name,
  head: r.head,
  email: r.email,
  phone: r.phone,
  active: r.active === 1,
  createdAt: r.created_at,
});

export interface AgencyFields {
  name: string;
  shortName: string;
  head: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
}

export async function insertAgency(
  store: Executor,
  workspaceId: number,
  a: AgencyFields,
  at: string,
): Promise<Agency> {
  const r = await store.db
    .insertInto('agency')
    .values({
      workspace_id: workspaceId,
      name: a.name,
      short_name: a.shortName,
      head: a.head,
      email: a.email,
      phone: a.phone,
      active: a.active ? 1 : 0,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgency(r);
}

export async function updateAgency(store: Executor, id: number, a: AgencyFields): Promise<Agency> {
  const r = await store.db
    .updateTable('agency')
    .set({
      name: a.name,
      short_name: a.shortName,
      head: a.head,
      email: a.email,
      phone: a.phone,
      active: a.active ? 1 : 0,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgency(r);
}

export async function findAgency(store: Executor, workspaceId: number, id: number): Promise<Agency | null> {
  const r = await store.db
    .selectFrom('agency')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toAgency(r) : null;
}

export async function findAgencyByShort(
  store: Executor,
  workspaceId: number,
  shortName: string,
): Promise<Agency | null> {
  const rows = await store.db
    .selectFrom('agency')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const key = shortName.trim().toLowerCase();
  const r = rows.find((x) => x.short_name.toLowerCase() === key);
  return r ? toAgency(r) : null;
}

export async function listAgencyRows(
  store: Executor,
  workspaceId: number,
  onlyId?: number | null,
): Promise<Agency[]> {
  let q = store.db.selectFrom('agency').selectAll().where('workspace_id', '=', workspaceId);
  if (onlyId !== undefined && onlyId !== null) q = q.where('id', '=', onlyId);
  return (await q.orderBy('short_name').execute()).map(toAgency);
}
