// An existing install upgrades in place: a database written by the previous release (migrations
// 001–006 only, data written the way that release wrote it) is opened by this release, which adds
// the account tables (007, and whatever later migrations it carries) and loses, changes or re-creates
// nothing the analysts already had — on SQLite and on PostgreSQL. Every old table is compared row for
// row and definition for definition, so a migration that dropped, rebuilt or altered an old table, or
// touched its rows, fails here; only additions the old rows can live with (new tables, nullable or
// defaulted columns, indexes) pass.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CRISIS_SETTINGS } from '../../src/analyze/crisis/index.ts';
import { automaticLabel, renameIssue as renameState } from '../../src/analyze/issues/index.ts';
import { CORRUPTION_CASE, FLOOD_MARCH } from '../../src/analyze/keyphrases/news-fixtures.ts';
import { apiTokenFile } from '../../src/kernel/auth/legacy-token.ts';
import { createCtx } from '../../src/kernel/ctx.ts';
import { openStore, type Store } from '../../src/kernel/db/connect.ts';
import type { DialectName } from '../../src/kernel/db/dialect.ts';
import type { Database } from '../../src/kernel/db/schema.ts';
import { createPageAnalyser, type PageAnalyser } from '../../src/kernel/sandbox/page-pool.ts';
import { bootstrap } from '../../src/main/bootstrap.ts';
import { listAlerts, saveAlertState } from '../../src/modules/alerts/alerts.repo.ts';
import {
  showCrisisSettings,
  updateCrisisSettings,
} from '../../src/modules/alerts/crisis-settings.service.ts';
import { analyzeStoredArticle, loadWorkspaceAnalysis } from '../../src/modules/analysis/analysis.service.ts';
import { articleAnalysis } from '../../src/modules/analysis/article-analysis.service.ts';
import { verifyAuditTrail } from '../../src/modules/audit/audit.service.ts';
import { insertCorrection } from '../../src/modules/corrections/corrections.repo.ts';
import { correctTone } from '../../src/modules/corrections/corrections.service.ts';
import { renameIssue } from '../../src/modules/issues/issue-edits.service.ts';
import {
  findIssueRow,
  findMembership,
  updateIssueRow,
  withIssueClock,
} from '../../src/modules/issues/issues.repo.ts';
import { listIssues, showIssue } from '../../src/modules/issues/issues.service.ts';
import { insertSubject } from '../../src/modules/subjects/subjects.repo.ts';
import { actorFromToken } from '../../src/modules/users/auth.service.ts';
import { writeSetting } from '../../src/modules/workspaces/settings.repo.ts';
import { insertWorkspace } from '../../src/modules/workspaces/workspaces.repo.ts';
import { storeArticles } from '../support/articles.ts';
import { createThrowawayDatabase, DIALECTS } from '../support/stores.ts';

/** The tables 007 adds. */
const NEW_TABLES = ['app_user', 'agency', 'membership', 'user_session', 'api_token', 'audit_log'];

/** Opens the database as the previous release left it: the same file or URL, migrated to 006 only. */
function openPreviousRelease(where: { dataDir: string; databaseUrl: string | null }): Promise<Store> {
  return openStore({ dataDir: where.dataDir, databaseUrl: where.databaseUrl, migrateTo: '006-settings' });
}

type Row = Record<string, unknown>;
type AnyDb = Kysely<Database>;

async function tableNames(db: AnyDb, dialect: DialectName): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db)
      : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Rows in a stable order, sorted in JavaScript rather than by SQL: some tables have no primary key,
 * and tsvector or blob columns order differently (or not at all) on the two engines.
 */
function sorted(rows: Row[]): Row[] {
  return rows
    .map((r) => ({ key: JSON.stringify(r), r }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ r }) => r);
}

/** Every row of every table (SQLite's full-text index and its shadow tables included). */
async function allRows(db: AnyDb, dialect: DialectName): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const table of await tableNames(db, dialect)) {
    out[table] = sorted((await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows);
  }
  return out;
}

interface SchemaEntry {
  table: string;
  kind: 'table' | 'column' | 'index' | 'constraint' | 'trigger' | 'view';
  name: string;
  definition: unknown;
}

/** Each table's columns, indexes, constraints and triggers as the engine itself describes them. */
async function schemaOf(db: AnyDb, dialect: DialectName): Promise<SchemaEntry[]> {
  if (dialect === 'sqlite') {
    // SQLite keeps each object's CREATE statement (a table's includes its keys, foreign keys and
    // unique constraints); the columns come from table_info, the same for every kind of table.
    const { rows } = await sql<{ type: string; name: string; tbl_name: string; sql: string | null }>`
      SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`.execute(db);
    const entries: SchemaEntry[] = rows.map((r) => ({
      table: r.tbl_name,
      kind: r.type as SchemaEntry['kind'],
      name: r.name,
      definition: r.sql,
    }));
    for (const table of rows.filter((r) => r.type === 'table')) {
      const columns = await sql<Row & { name: string }>`
        SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(${table.name})`.execute(db);
      for (const { name, ...definition } of columns.rows)
        entries.push({ table: table.name, kind: 'column', name, definition });
    }
    return entries;
  }
  const columns = await sql<Row & { table: string; name: string }>`
    SELECT table_name AS table, column_name AS name, data_type, is_nullable, column_default,
      is_generated, generation_expression
    FROM information_schema.columns WHERE table_schema = 'public'`.execute(db);
  const indexes = await sql<{ table: string; name: string; definition: string }>`
    SELECT tablename AS table, indexname AS name, indexdef AS definition
    FROM pg_indexes WHERE schemaname = 'public'`.execute(db);
  const constraints = await sql<{ table: string; name: string; definition: string }>`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace`.execute(db);
  const triggers = await sql<{ table: string; name: string; definition: string }>`
    SELECT event_object_table AS table, trigger_name AS name,
      action_timing || ' ' || event_manipulation || ' ' || action_statement AS definition
    FROM information_schema.triggers WHERE trigger_schema = 'public'`.execute(db);
  return [
    ...columns.rows.map(({ table, name, ...definition }) => ({
      table,
      kind: 'column' as const,
      name,
      definition,
    })),
    ...indexes.rows.map((r) => ({ ...r, kind: 'index' as const })),
    ...constraints.rows.map((r) => ({ ...r, kind: 'constraint' as const })),
    ...triggers.rows.map((r) => ({ ...r, kind: 'trigger' as const })),
  ];
}

const entryKey = (e: SchemaEntry) => `${e.table} ${e.kind} ${e.name}`;

/**
 * SQLite's ALTER TABLE … ADD COLUMN appends the column to the stored CREATE TABLE's column list
 * (before any table constraints) and changes nothing else.
 */
function onlyColumnsAppended(before: string, after: string): boolean {
  if (after === before) return true;
  const tail = /(, constraint [\s\S]*)?\)$/.exec(before)?.[0] ?? ')';
  const head = before.slice(0, before.length - tail.length);
  const added = after.slice(head.length, after.length - tail.length);
  return after.startsWith(`${head}, `) && after.endsWith(tail) && !added.includes('constraint');
}

/** A column a later release adds to an old table must accept the old rows: nullable or defaulted. */
function acceptsOldRows(dialect: DialectName, column: SchemaEntry): boolean {
  const d = column.definition as Row;
  return dialect === 'sqlite'
    ? d.notnull === 0 || d.dflt_value !== null
    : d.is_nullable === 'YES' || d.column_default !== null;
}

function columnNames(schema: SchemaEntry[], table: string): string[] {
  return schema.filter((e) => e.table === table && e.kind === 'column').map((e) => e.name);
}

function pick(row: Row, columns: string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c]]));
}

async function migrationNames(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

interface Snapshot {
  rows: Record<string, Row[]>;
  schema: SchemaEntry[];
  migrations: string[];
}

async function snapshot(store: Store): Promise<Snapshot> {
  return {
    rows: await allRows(store.db, store.dialect),
    schema: await schemaOf(store.db, store.dialect),
    migrations: await migrationNames(store.db),
  };
}

const RENAMED = 'Kasus Dana Hibah KONI Sukamaju';
const LEGACY_TOKEN = 'token-lama-rilis-sebelumnya-0123456789';

describe.each(DIALECTS)('upgrading an existing install on %s', (dialect) => {
  let dataDir = '';
  let databaseUrl: string | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let store: Store | null = null;
  const where = () => ({ dataDir, databaseUrl });

  /** Written by the previous release, before the upgrade. */
  let old: Snapshot;
  /** Right after this release first opened the database. */
  let upgraded: Snapshot;
  /** After a restart of this release. */
  let reopened: Snapshot;
  let oldFile: string | null = null;
  let upgradedFile: string | null = null;
  const ids = { workspace: 0, flood: 0, corruption: [] as number[], issue: 0, alert: '' };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-upgrade-'));
    if (dialect === 'postgres') {
      const database = await createThrowawayDatabase();
      databaseUrl = database.url;
      dropDatabase = database.drop;
    }

    // --- The previous release at work: monitoring set up, articles collected and analysed,
    // analysts' corrections, an issue renamed, crisis settings changed, an alert sent.
    const before = await openPreviousRelease(where());
    oldFile = before.file;
    const pages = createPageAnalyser({ processes: 0 });
    // This release's repositories, standing in for the old release's below, also note which days of
    // the dashboard changed (migration 014). A scratch table takes those notes and is dropped before
    // the upgrade, so the database upgraded is the old release's schema.
    await sql`CREATE TABLE dashboard_day (workspace_id integer NOT NULL, day text NOT NULL,
        version integer NOT NULL DEFAULT 0, built_version integer, summary text,
        PRIMARY KEY (workspace_id, day))`.execute(before.db);
    try {
      const ws = await insertWorkspace(before, {
        slug: 'sukamaju',
        name: 'Pemerintah Kota Sukamaju',
        region: 'Kota Sukamaju',
        timeZone: 'WIB',
      });
      ids.workspace = ws.id;
      await insertSubject(before, {
        workspaceId: ws.id,
        name: 'Wali Kota',
        kind: 'leader',
        query: '"wali kota"',
        role: 'Wali Kota Sukamaju',
        aliases: ['Arief Wicaksono'],
      });
      await insertSubject(before, { workspaceId: ws.id, name: 'Dana hibah', kind: 'topic', query: 'hibah' });
      const fixtures = [FLOOD_MARCH, ...CORRUPTION_CASE];
      const stored = await storeArticles(
        before,
        ws.id,
        fixtures.map((f) => ({
          url: `https://berita.test/${f.id}`,
          title: f.title,
          text: f.text,
          outlet: f.outlet,
          publishedAt: new Date(f.publishedAt).toISOString(),
        })),
      );
      // Read once and handed over, as the previous release's analysis read them: this release's
      // cache also looks at workspace.analysis_version, a column the old schema does not have.
      const inputs = await loadWorkspaceAnalysis(before, ws.id);
      // The previous release's analyser read no headline on its own (its schema has no column for it).
      const previousPages: PageAnalyser = {
        ...pages,
        analyseArticle: async (input) => {
          const { headlineTone: _, ...rest } = await pages.analyseArticle(input);
          return rest as Awaited<ReturnType<PageAnalyser['analyseArticle']>>;
        },
      };
      for (const id of stored) await analyzeStoredArticle(before, previousPages, id, inputs);
      [ids.flood, ...ids.corruption] = stored;

      // The previous release's correctTone, renameIssue and updateCrisisSettings wrote exactly these
      // rows. This release's services also append to audit_log, a table the old schema does not
      // have, so they cannot stand in for the old release here; its repositories can.
      await insertCorrection(before, {
        workspaceId: ws.id,
        articleId: ids.flood,
        kind: 'tone',
        value: 'positive',
        actor: 'Rina',
      });
      const membership = await findMembership(before.db, ids.corruption[0]);
      if (!membership) throw new Error('the analysed article was not filed into an issue');
      ids.issue = membership.issueId;
      await withIssueClock(before, ws.id, async (trx, clock) => {
        const issue = await findIssueRow(trx, ids.issue);
        if (!issue) throw new Error('issue vanished');
        const state = renameState(issue.state, RENAMED);
        await updateIssueRow(trx, ids.issue, {
          state,
          label: automaticLabel(state),
          seq: clock.now,
          editedBy: 'Rina',
        });
      });
      const { utcOffsetMinutes: _zone, ...crisisDefaults } = DEFAULT_CRISIS_SETTINGS;
      await writeSetting(before, {
        workspaceId: ws.id,
        key: 'crisis',
        value: { ...crisisDefaults, quietPeriodMinutes: 60 },
        by: 'Rina',
      });
      const sentAt = '2025-05-14T05:00:00.000Z';
      const scope = { workspaceId: ws.id, scopeType: 'issue' as const, scopeId: String(ids.issue) };
      await saveAlertState(before, scope, { level: 'siaga', lastSentAt: sentAt, normalSince: null });
      ids.alert = `issue:${ids.issue}:raised:siaga:${sentAt}`;
      // The alert as the previous release recorded it after delivering it inline. Written with
      // exactly the old table's columns: this release's insertAlert also fills columns it adds.
      const deliveries = JSON.stringify([{ channel: 'email', to: 'humas@sukamaju.go.id', ok: true }]);
      await sql`INSERT INTO alert (id, workspace_id, scope_type, scope_id, scope_label, kind, level, reason,
          deliveries, created_at)
        VALUES (${ids.alert}, ${ws.id}, 'issue', ${String(ids.issue)}, ${RENAMED}, 'raised', 'siaga',
          '5 berita negatif dari 3 media dalam 21 hari', ${deliveries}, ${sentAt})`.execute(before.db);
      await sql`DROP TABLE dashboard_day`.execute(before.db);
      old = await snapshot(before);
    } finally {
      await pages.close();
      await before.close();
    }
    // The previous release generated its one shared API token into the data directory.
    writeFileSync(apiTokenFile(dataDir), `${LEGACY_TOKEN}\n`, { mode: 0o600 });

    // --- This release starts on that database, then restarts.
    const first = await openStore({ ...where(), poolSize: 4 });
    upgradedFile = first.file;
    try {
      upgraded = await snapshot(first);
    } finally {
      await first.close();
    }
    store = await openStore({ ...where(), poolSize: 4 });
    reopened = await snapshot(store);
  });

  afterAll(async () => {
    await store?.close();
    await dropDatabase?.();
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = () => {
    if (!store) throw new Error('store not open');
    return store;
  };

  test('the previous release left a realistic install behind', () => {
    // Guards the comparisons below against passing on empty tables.
    expect(old.migrations).toEqual([
      '001-foundation',
      '002-analysis',
      '003-alerts',
      '004-issues',
      '005-places',
      '006-settings',
    ]);
    const count = (table: string) => old.rows[table]?.length ?? 0;
    expect(count('workspace')).toBe(1);
    expect(count('subject')).toBe(2);
    expect(count('article')).toBe(6);
    expect(count('story')).toBe(6);
    expect(count('article_analysis')).toBe(6);
    expect(count('article_subject')).toBeGreaterThanOrEqual(6);
    expect(count('correction')).toBe(1);
    expect(count('issue')).toBeGreaterThanOrEqual(2);
    expect(count('issue_article')).toBe(6);
    expect(count('issue_clock')).toBe(1);
    expect(count('alert')).toBe(1);
    expect(count('alert_state')).toBe(1);
    expect(count('workspace_setting')).toBe(1);
    for (const table of NEW_TABLES) expect(old.rows).not.toHaveProperty(table);
  });

  test('the new release opens the same database and records the accounts migration once', () => {
    expect(upgradedFile).toBe(oldFile);
    // 007 first after the old ones; migrations of later releases may follow it.
    expect(upgraded.migrations.slice(0, old.migrations.length + 1)).toEqual([
      ...old.migrations,
      '007-accounts',
    ]);
    // The old migrations keep their original rows (names and times): they are not run again.
    expect(upgraded.rows.kysely_migration.filter((r) => old.migrations.includes(String(r.name)))).toEqual(
      old.rows.kysely_migration,
    );
  });

  test('the account tables exist after the upgrade and start empty', () => {
    for (const table of NEW_TABLES) expect(upgraded.rows[table], table).toEqual([]);
  });

  test('every row the previous release wrote is still there, unchanged', () => {
    const oldTables = Object.keys(old.rows).filter((t) => t !== 'kysely_migration');
    expect(oldTables.length).toBeGreaterThan(15);
    for (const table of oldTables) {
      const columns = columnNames(old.schema, table);
      expect(columns.length, table).toBeGreaterThan(0);
      // Same rows, none added or lost, every old column's value as it was.
      const now = upgraded.rows[table] ?? [];
      const project = (rows: Row[]) => sorted(rows.map((r) => pick(r, columns)));
      expect(project(now), table).toEqual(project(old.rows[table]));
      // A column the upgrade added reads as empty on old rows, unless it has a default.
      for (const added of upgraded.schema.filter(
        (e) => e.table === table && e.kind === 'column' && !columns.includes(e.name),
      )) {
        const d = added.definition as Row;
        if (d.dflt_value == null && d.column_default == null)
          expect(
            now.map((r) => r[added.name]),
            `${table}.${added.name}`,
          ).toEqual(now.map(() => null));
      }
    }
  });

  test('no old table, column, index, constraint or trigger was dropped or altered', () => {
    const after = new Map(upgraded.schema.map((e) => [entryKey(e), e]));
    for (const e of old.schema) {
      const now = after.get(entryKey(e));
      expect(now, `${entryKey(e)} is gone`).toBeDefined();
      if (dialect === 'sqlite' && e.kind === 'table')
        expect(onlyColumnsAppended(String(e.definition), String(now?.definition)), entryKey(e)).toBe(true);
      else expect(now?.definition, entryKey(e)).toEqual(e.definition);
    }
    // What the upgrade adds: the account tables (and any table of a later migration) whole; on old
    // tables only new columns the old rows can live with, and indexes. A new trigger or constraint
    // on an old table would change how the old data may be written, and fails here.
    const oldTables = new Set(old.schema.map((e) => e.table));
    const before = new Set(old.schema.map(entryKey));
    const added = upgraded.schema.filter((e) => !before.has(entryKey(e)));
    expect([...new Set(added.map((e) => e.table))]).toEqual(expect.arrayContaining(NEW_TABLES));
    for (const e of added.filter((a) => oldTables.has(a.table))) {
      expect(['column', 'index'], entryKey(e)).toContain(e.kind);
      if (e.kind === 'column')
        expect(acceptsOldRows(dialect, e), `${entryKey(e)} refuses old rows`).toBe(true);
    }
  });

  test('a restart after the upgrade changes nothing', () => {
    expect(reopened.migrations).toEqual(upgraded.migrations);
    expect(reopened.rows).toEqual(upgraded.rows);
    expect(reopened.schema).toEqual(upgraded.schema);
  });

  test("the analysts' renamed issue, tone correction, crisis settings and alert read back as they left them", async () => {
    const s = open();
    const issue = await showIssue(s, ids.issue);
    expect(issue.label).toBe(RENAMED);
    expect(issue.manual).toBe(true);
    expect(issue.editedBy).toBe('Rina');
    expect(issue.articleCount).toBe(CORRUPTION_CASE.length);
    const listed = await listIssues(s, { workspace: 'sukamaju', days: 3650 });
    expect(listed.map((i) => i.label)).toContain(RENAMED);

    const flood = await articleAnalysis(s, ids.flood);
    expect(flood.tone).toMatchObject({ label: 'positive', corrected: true });
    expect(flood.corrections).toMatchObject([{ kind: 'tone', value: 'positive', actor: 'Rina' }]);
    const filed = await articleAnalysis(s, ids.corruption[2]);
    expect(filed.issue).toMatchObject({ id: ids.issue, label: RENAMED });

    const crisis = await showCrisisSettings(s, 'sukamaju');
    expect(crisis.settings.quietPeriodMinutes).toBe(60);
    expect(crisis.updatedBy).toBe('Rina');

    const sent = await listAlerts(s, ids.workspace);
    expect(sent).toMatchObject([{ id: ids.alert, level: 'siaga', scopeLabel: RENAMED }]);
    expect(sent[0].deliveries).toEqual([{ channel: 'email', to: 'humas@sukamaju.go.id', ok: true }]);
  });

  test('the first start makes an administrator who, with the old shared API token, keeps working on the old data', async () => {
    const s = open();
    const announced: string[] = [];
    await bootstrap(s, { dataDir, env: {}, announce: (text) => announced.push(text) });
    expect(announced.join('')).toContain('admin@pantau.local');

    // Scripts using the previous release's shared token keep working, now as the administrator.
    const actor = await actorFromToken(s, LEGACY_TOKEN);
    expect(actor).toMatchObject({ kind: 'user', email: 'admin@pantau.local', isAdmin: true });
    if (!actor) return;
    const ctx = createCtx(s, { actor });
    expect((await showIssue(ctx, ids.issue)).label).toBe(RENAMED);

    // Edits to old records work and are audited; new ids follow the old ones (sequences intact).
    const correction = await correctTone(ctx, { articleId: ids.corruption[1], tone: 'netral' });
    expect(correction.id).toBeGreaterThan(Math.max(...old.rows.correction.map((r) => Number(r.id))));
    const renamed = await renameIssue(ctx, { id: ids.issue, label: `${RENAMED} (2023)` });
    expect(renamed.label).toBe(`${RENAMED} (2023)`);
    const crisis = await updateCrisisSettings(ctx, {
      workspace: 'sukamaju',
      change: { quietPeriodMinutes: 90 },
    });
    expect(crisis.settings.quietPeriodMinutes).toBe(90);
    expect(crisis.updatedBy).toBe('Administrator');

    const actions = await s.db.selectFrom('audit_log').select('action').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['users.create', 'tokens.create', 'corrections.create', 'issues.rename']),
    );
    expect(await verifyAuditTrail(ctx)).toEqual({ rows: actions.length, broken: null });
  });
});
