// Reports, their section versions and comments. A section version is written once; the current
// text of a section is its highest version.
import { type TimeZoneName, zoneOffsetMinutes } from '../../domain/workspace.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import type { MonitoringReport, ReportSection } from '../../report/monitoring/model.ts';

export type FrozenReport = Omit<MonitoringReport, 'sections' | 'approvals' | 'status' | 'logoPng' | 'number'>;

export interface ReportRow {
  id: number;
  workspaceId: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  number: string;
  caseId: number | null;
  createdByName: string;
  createdAt: string;
}

export interface SectionVersion {
  id: number;
  key: string;
  position: number;
  title: string;
  content: Pick<ReportSection, 'body' | 'charts' | 'tables'>;
  version: number;
  authorName: string;
  authorRole: string;
  step: number;
  note: string;
  createdAt: string;
}

export interface ReportComment {
  id: number;
  sectionKey: string;
  authorName: string;
  authorRole: string;
  body: string;
  createdAt: string;
}

const reportColumns = [
  'id',
  'workspace_id',
  'title',
  'period_from',
  'period_to',
  'number',
  'case_id',
  'created_by_name',
  'created_at',
] as const;

type ReportRecord = {
  id: number;
  workspace_id: number;
  title: string;
  period_from: string;
  period_to: string;
  number: string;
  case_id: number | null;
  created_by_name: string;
  created_at: string;
};

const toReport = (r: ReportRecord): ReportRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  title: r.title,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  number: r.number,
  caseId: r.case_id,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

export async function insertReport(
  store: Executor,
  r: {
    workspaceId: number;
    title: string;
    periodFrom: string;
    periodTo: string;
    frozen: FrozenReport;
    createdBy: number | null;
    createdByName: string;
    at: string;
  },
): Promise<ReportRow> {
  const row = await store.db
    .insertInto('report')
    .values({
      workspace_id: r.workspaceId,
      title: r.title,
      period_from: r.periodFrom,
      period_to: r.periodTo,
      frozen: JSON.stringify(r.frozen),
      created_by: r.createdBy,
      created_by_name: r.createdByName,
      created_at: r.at,
    })
    .returning(reportColumns)
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export async function setReportCase(store: Executor, reportId: number, caseId: number): Promise<void> {
  await store.db.updateTable('report').set({ case_id: caseId }).where('id', '=', reportId).execute();
}

export async function findReport(
  store: Executor,
  workspaceId: number,
  id: number,
): Promise<ReportRow | null> {
  const r = await store.db
    .selectFrom('report')
    .select(reportColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toReport(r) : null;
}

export async function frozenOf(store: Executor, id: number): Promise<FrozenReport> {
  const r = await store.db
    .selectFrom('report')
    .select('frozen')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(r.frozen) as FrozenReport;
}

export async function listReportRows(
  store: Executor,
  workspaceId: number,
  limit: number,
  beforeId?: number,
): Promise<ReportRow[]> {
  let q = store.db.selectFrom('report').select(reportColumns).where('workspace_id', '=', workspaceId);
  if (beforeId) q = q.where('id', '<', beforeId);
  return (await q.orderBy('id', 'desc').limit(limit).execute()).map(toReport);
}

type SectionRecord = {
  id: number;
  key: string;
  position: number;
  title: string;
  content: string;
  version: number;
  author_name: string;
  author_role: string;
  step: number;
  note: string;
  created_at: string;
};

const toSection = (r: SectionRecord): SectionVersion => ({
  id: r.id,
  key: r.key,
  position: r.position,
  title: r.title,
  content: JSON.parse(r.content),
  version: r.version,
  authorName: r.author_name,
  authorRole: r.author_role,
  step: r.step,
  note: r.note,
  createdAt: r.created_at,
});

const sectionColumns = [
  'id',
  'key',
  'position',
  'title',
  'content',
  'version',
  'author_name',
  'author_role',
  'step',
  'note',
  'created_at',
] as const;

/** The newest version of each section, in the report's order. */
export async function currentSections(store: Executor, reportId: number): Promise<SectionVersion[]> {
  const rows = await store.db
    .selectFrom('report_section as s')
    .select(sectionColumns.map((c) => `s.${c}` as const))
    .where('s.report_id', '=', reportId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_section as newer')
            .select('newer.id')
            .whereRef('newer.report_id', '=', 's.report_id')
            .whereRef('newer.key', '=', 's.key')
            .whereRef('newer.version', '>', 's.version'),
        ),
      ),
    )
    .orderBy('s.position')
    .execute();
  return rows.map(toSection);
}

export async function sectionVersions(
  store: Executor,
  reportId: number,
  key: string,
): Promise<SectionVersion[]> {
  const rows = await store.db
    .selectFrom('report_section')
    .select(sectionColumns)
    .where('report_id', '=', reportId)
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSection);
}

/** Writes a section version; null when that version exists already (someone saved first). */
export async function insertSectionVersion(
  store: Executor,
  s: {
    reportId: number;
    key: string;
    position: number;
    title: string;
    content: SectionVersion['content'];
    version: number;
    authorId: number | null;
    authorName: string;
    authorRole: string;
    step: number;
    note: string;
    at: string;
  },
): Promise<SectionVersion | null> {
  const r = await store.db
    .insertInto('report_section')
    .values({
      report_id: s.reportId,
      key: s.key,
      position: s.position,
      title: s.title,
      content: JSON.stringify(s.content),
      version: s.version,
      author_id: s.authorId,
      author_name: s.authorName,
      author_role: s.authorRole,
      step: s.step,
      note: s.note,
      created_at: s.at,
    })
    .onConflict((oc) => oc.columns(['report_id', 'key', 'version']).doNothing())
    .returning(sectionColumns)
    .executeTakeFirst();
  return r ? toSection(r) : null;
}

export async function insertComment(
  store: Executor,
  c: {
    reportId: number;
    sectionKey: string;
    authorId: number | null;
    authorName: string;
    authorRole: string;
    body: string;
    at: string;
  },
): Promise<ReportComment> {
  const r = await store.db
    .insertInto('report_comment')
    .values({
      report_id: c.reportId,
      section_key: c.sectionKey,
      author_id: c.authorId,
      author_name: c.authorName,
      author_role: c.authorRole,
      body: c.body,
      created_at: c.at,
    })
    .returning(['id', 'section_key', 'author_name', 'author_role', 'body', 'created_at'])
    .executeTakeFirstOrThrow();
  return {
    id: r.id,
    sectionKey: r.section_key,
    authorName: r.author_name,
    authorRole: r.author_role,
    body: r.body,
    createdAt: r.created_at,
  };
}

export async function listComments(store: Executor, reportId: number): Promise<ReportComment[]> {
  const rows = await store.db
    .selectFrom('report_comment')
    .select(['id', 'section_key', 'author_name', 'author_role', 'body', 'created_at'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sectionKey: r.section_key,
    authorName: r.author_name,
    authorRole: r.author_role,
    body: r.body,
    createdAt: r.created_at,
  }));
}

/** A report already drafted for exactly this period of local days (a scheduled draft is made once). */
export async function findReportForPeriod(
  store: Executor,
  workspaceId: number,
  fromDay: string,
  toDay: string,
  zone: TimeZoneName,
): Promise<number | null> {
  const offset = zoneOffsetMinutes(zone) * 60_000;
  const from = new Date(Date.parse(`${fromDay}T00:00:00Z`) - offset).toISOString();
  const to = new Date(Date.parse(`${toDay}T00:00:00Z`) - offset + 86_400_000).toISOString();
  const r = await store.db
    .selectFrom('report')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst();
  return r?.id ?? null;
}
