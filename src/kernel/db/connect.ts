import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { Caches } from '../caches.ts';
import { ensurePrivateFile, type Notice, securePrivateDir } from './data-dir.ts';
import type { DialectName } from './dialect.ts';
import { foundation } from './migrations/001-foundation.ts';
import { analysis } from './migrations/002-analysis.ts';
import { alerts } from './migrations/003-alerts.ts';
import { issues } from './migrations/004-issues.ts';
import { places } from './migrations/005-places.ts';
import { settings } from './migrations/006-settings.ts';
import { accounts } from './migrations/007-accounts.ts';
import { schedules } from './migrations/008-schedules.ts';
import { sitemapProgress } from './migrations/009-sitemap-progress.ts';
import { analysisVersion } from './migrations/010-analysis-version.ts';
import { unfollowedSitemaps } from './migrations/011-unfollowed-sitemaps.ts';
import { httpLinksOnly } from './migrations/012-http-links-only.ts';
import { headlineTone } from './migrations/013-headline-tone.ts';
import { dashboardDays } from './migrations/014-dashboard-days.ts';
import { alertHandling } from './migrations/015-alert-handling.ts';
import { reanalysisRuns } from './migrations/016-reanalysis-runs.ts';
import { pollRequests } from './migrations/017-poll-requests.ts';
import { reanalysisHeartbeat } from './migrations/018-reanalysis-heartbeat.ts';
import { sopCases } from './migrations/019-sop-cases.ts';
import { reports } from './migrations/020-reports.ts';
import { directions } from './migrations/021-directions.ts';
import { inboxNotices } from './migrations/022-inbox-notices.ts';
import { publications } from './migrations/023-publications.ts';
import { partners } from './migrations/024-partners.ts';
import { letters } from './migrations/025-letters.ts';
import { programs } from './migrations/026-programs.ts';
import { clippings } from './migrations/027-clippings.ts';
import type { Database } from './schema.ts';
import { cachingStatements } from './sqlite-statements.ts';

export interface StoreConfig {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | null;
  dataDir: string;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
  /** Migrate only up to this migration (opening a store as an earlier release left it: upgrade tests). */
  migrateTo?: string;
  /** Where tightened permissions of the data directory are reported (default: stderr). */
  notice?: Notice;
}

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the SQLite file lives (null on PostgreSQL). */
  file: string | null;
  /** Caches owned by this store, shared by every context and transaction made from it. */
  caches: Caches;
  close(): Promise<void>;
}

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '001-foundation': foundation(dialect),
    '002-analysis': analysis(dialect),
    '003-alerts': alerts(dialect),
    '004-issues': issues(dialect),
    '005-places': places(dialect),
    '006-settings': settings(dialect),
    '007-accounts': accounts(dialect),
    '008-schedules': schedules(dialect),
    '009-sitemap-progress': sitemapProgress(dialect),
    '010-analysis-version': analysisVersion(dialect),
    '011-unfollowed-sitemaps': unfollowedSitemaps(dialect),
    '012-http-links-only': httpLinksOnly(dialect),
    '013-headline-tone': headlineTone(dialect),
    '014-dashboard-days': dashboardDays(dialect),
    '015-alert-handling': alertHandling(dialect),
    '016-reanalysis-runs': reanalysisRuns(dialect),
    '017-poll-requests': pollRequests(dialect),
    '018-reanalysis-heartbeat': reanalysisHeartbeat(dialect),
    '019-sop-cases': sopCases(dialect),
    '020-reports': reports(dialect),
    '021-directions': directions(dialect),
    '022-inbox-notices': inboxNotices(dialect),
    '023-publications': publications(dialect),
    '024-partners': partners(dialect),
    '025-letters': letters(dialect),
    '026-programs': programs(dialect),
    '027-clippings': clippings(dialect),
  };
}

// PostgreSQL returns timestamptz as Date and int8 as string; the store speaks ISO strings and numbers
// in both dialects, so repositories never branch on the driver.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(700, (v) => Number(v));
pg.types.setTypeParser(701, (v) => Number(v));

export function isPostgresUrl(url: string | null | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export async function openStore(config: StoreConfig): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: DialectName;
  let file: string | null = null;
  if (isPostgresUrl(config.databaseUrl)) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 10 });
    // An idle pooled connection that the server drops (restart, failover) is discarded by the pool;
    // without a listener that event would crash the whole process.
    pool.on('error', () => {});
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    file = path.join(config.dataDir, 'pantau.db');
    securePrivateDir(config.dataDir, config.notice);
    ensurePrivateFile(file);
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
  });
  const { error } = config.migrateTo
    ? await migrator.migrateTo(config.migrateTo)
    : await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, file, caches: new Caches(), close: () => db.destroy() };
}

/** Answers once the database answers (the health check). */
export async function pingStore(store: Store): Promise<void> {
  await store.db.selectFrom('workspace').select('id').limit(1).execute();
}
