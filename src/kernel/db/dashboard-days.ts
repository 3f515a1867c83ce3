// Keeps the dashboard's day summaries honest: every write that changes what a day's figures count
// (an analysis saved, a correction, an issue membership) moves that day's `version` on, and a
// summary is used only while the version it was built from is still current.
//
// Why a version and not a delete: a reader builds a summary from the day's articles, then stores it
// "if the version is still the one I read first". A writer bumps the version after (or in the same
// transaction as) its own change, so a summary built from data read before the change can never be
// stored as current — on SQLite because writes are serialised, on PostgreSQL because the
// conditional update waits for the writer's row lock and then sees the new version.
import { sql } from 'kysely';
import {
  localDayOf,
  TIME_ZONE_OFFSETS,
  type TimeZoneName,
  zoneOffsetMinutes,
} from '../../domain/workspace.ts';
import type { Store } from './connect.ts';
import { countedAt } from './counted-at.ts';

type Db = Store['db'];
/** Ids per statement: well under both stores' limits on bound parameters. */
const CHUNK = 1000;

/** Marks the days these articles count in as changed (their summaries are rebuilt on next view). */
export async function touchDashboardDays(db: Db, articleIds: number[]): Promise<void> {
  const rows: { workspace_id: number; time_zone: string; at: string }[] = [];
  for (let i = 0; i < articleIds.length; i += CHUNK) {
    const chunk = await db
      .selectFrom('article')
      .innerJoin('workspace', 'workspace.id', 'article.workspace_id')
      .where('article.id', 'in', articleIds.slice(i, i + CHUNK))
      .select(['article.workspace_id', 'workspace.time_zone'])
      .select(countedAt.as('at'))
      .execute();
    rows.push(...chunk);
  }
  const days = new Map<string, { workspaceId: number; day: string }>();
  for (const r of rows) {
    const zone = r.time_zone in TIME_ZONE_OFFSETS ? (r.time_zone as TimeZoneName) : 'WIB';
    const day = localDayOf(Date.parse(r.at), zoneOffsetMinutes(zone));
    days.set(`${r.workspace_id}|${day}`, { workspaceId: r.workspace_id, day });
  }
  for (const { workspaceId, day } of [...days.values()].sort((a, b) => a.day.localeCompare(b.day))) {
    await db
      .insertInto('dashboard_day')
      .values({ workspace_id: workspaceId, day, version: 1 })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'day']).doUpdateSet({ version: sql`dashboard_day.version + 1` }),
      )
      .execute();
  }
}

/** Marks every day of the workspace as changed (what every article counts as has changed). */
export async function touchAllDashboardDays(db: Db, workspaceId: number): Promise<void> {
  await db
    .updateTable('dashboard_day')
    .set({ version: sql`version + 1` })
    .where('workspace_id', '=', workspaceId)
    .execute();
}
