// The office's views over many directions: the list with its filters (status, agency, overdue),
// the per-agency counts, the directions that answered given issues, and the year's numbering.
import type { Executor } from '../../kernel/db/tx.ts';
import { type DirectionRow, toDirection } from './directions.repo.ts';

/** Directions given in the workspace since `since` (for the next disposition number of the year). */
export async function countDirectionsSince(
  store: Executor,
  workspaceId: number,
  since: string,
): Promise<number> {
  const r = await store.db
    .selectFrom('direction')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('given_at', '>=', since)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export interface DirectionQuery {
  status?: 'open' | 'closed';
  /** Only directions this agency received (directly or forwarded). */
  agencyId?: number;
  /** Only open directions past due with a recipient (of `agencyId`, when set) not done. */
  overdueAt?: string;
  limit: number;
  beforeId?: number;
}

export async function listDirectionRows(
  store: Executor,
  workspaceId: number,
  q: DirectionQuery,
): Promise<DirectionRow[]> {
  let sel = store.db
    .selectFrom('direction')
    .selectAll('direction')
    .where('direction.workspace_id', '=', workspaceId);
  if (q.status) sel = sel.where('direction.status', '=', q.status);
  if (q.beforeId) sel = sel.where('direction.id', '<', q.beforeId);
  const agencyId = q.agencyId;
  if (agencyId !== undefined)
    sel = sel.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('direction_recipient as r')
          .select('r.id')
          .whereRef('r.direction_id', '=', 'direction.id')
          .where('r.agency_id', '=', agencyId),
      ),
    );
  if (q.overdueAt) {
    sel = sel
      .where('direction.status', '=', 'open')
      .where('direction.due_at', '<', q.overdueAt)
      .where(({ exists, selectFrom }) => {
        let late = selectFrom('direction_recipient as r')
          .select('r.id')
          .whereRef('r.direction_id', '=', 'direction.id')
          .where('r.status', '!=', 'done');
        if (agencyId !== undefined) late = late.where('r.agency_id', '=', agencyId);
        return exists(late);
      });
  }
  return (await sel.orderBy('direction.id', 'desc').limit(q.limit).execute()).map(toDirection);
}

export interface AgencyCounts {
  agencyId: number;
  agencyName: string;
  agencyShortName: string;
  open: number;
  done: number;
  overdue: number;
}

/** Per agency: its rows of open directions not done, its rows done, and those of them past due. */
export async function countsPerAgency(
  store: Executor,
  workspaceId: number,
  now: string,
): Promise<AgencyCounts[]> {
  const rows = await store.db
    .selectFrom('direction_recipient as r')
    .innerJoin('direction as d', 'd.id', 'r.direction_id')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .where('r.workspace_id', '=', workspaceId)
    .groupBy(['r.agency_id', 'a.name', 'a.short_name'])
    .select((eb) => [
      'r.agency_id',
      'a.name',
      'a.short_name',
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('d.status', '=', 'open'), eb('r.status', '!=', 'done')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('open'),
      eb.fn.sum<number>(eb.case().when('r.status', '=', 'done').then(1).else(0).end()).as('done'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.and([eb('d.status', '=', 'open'), eb('r.status', '!=', 'done'), eb('d.due_at', '<', now)]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .execute();
  return rows.map((r) => ({
    agencyId: r.agency_id,
    agencyName: r.name,
    agencyShortName: r.short_name,
    open: Number(r.open),
    done: Number(r.done),
    overdue: Number(r.overdue),
  }));
}

/** Directions of the workspace linked to any of these issues or articles. */
export async function directionIdsLinkedTo(
  store: Executor,
  workspaceId: number,
  kind: 'issue' | 'article',
  refIds: number[],
): Promise<number[]> {
  if (refIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('direction_link as l')
    .innerJoin('direction as d', 'd.id', 'l.direction_id')
    .select('d.id')
    .distinct()
    .where('d.workspace_id', '=', workspaceId)
    .where('l.kind', '=', kind)
    .where('l.ref_id', 'in', refIds)
    .orderBy('d.id')
    .execute();
  return rows.map((r) => r.id);
}
