// Use cases for SOP A's monitoring reports: draft one for a period (its figures frozen, its sections
// as version 1, and its SOP A case started), read it, write in it at one's own step (every save a
// new version), comment, and export it as PDF, DOCX and the annex as XLSX with the sign-offs the
// case recorded.
import { PantauError } from '../../domain/errors.ts';
import { formatDateTime } from '../../domain/time.ts';
import { roleIn } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { draftReport as draftFromData } from '../../report/monitoring/draft.ts';
import type { ApprovalRow, MonitoringReport, ReportSection } from '../../report/monitoring/model.ts';
import { plainText, type RichDoc } from '../../report/rich-text.ts';
import { recordChange } from '../audit/audit.service.ts';
import { type CaseView, caseSummaries, getCase, startCase } from '../sop-cases/sop-cases.service.ts';
import { getSop } from '../sops/sops.service.ts';
import { letterheadOf } from './letterhead.service.ts';
import { gatherReportData, type ReportPeriod } from './report-data.service.ts';
import { reportsPolicy } from './reports.policy.ts';
import {
  currentSections,
  findReport,
  frozenOf,
  insertComment,
  insertReport,
  insertSectionVersion,
  listComments,
  listReportRows,
  type ReportComment,
  type ReportRow,
  type SectionVersion,
  sectionVersions,
  setReportCase,
} from './reports.repo.ts';

export type { ReportComment, SectionVersion } from './reports.repo.ts';

/** The SOP a report is routed through. */
const REPORT_SOP = 'sop-a';
const MAX_DAYS = 366;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function checkPeriod(p: ReportPeriod): void {
  if (
    !DAY_PATTERN.test(p.fromDay) ||
    !DAY_PATTERN.test(p.toDay) ||
    Number.isNaN(Date.parse(p.fromDay)) ||
    Number.isNaN(Date.parse(p.toDay))
  )
    throw new PantauError('validation', 'Tanggal periode ditulis YYYY-MM-DD — dates are YYYY-MM-DD');
  const days = (Date.parse(p.toDay) - Date.parse(p.fromDay)) / 86_400_000 + 1;
  if (days < 1)
    throw new PantauError(
      'validation',
      'Awal periode harus sebelum akhirnya — the period must start before it ends',
    );
  if (days > MAX_DAYS)
    throw new PantauError(
      'validation',
      `Periode laporan paling panjang ${MAX_DAYS} hari — the longest period is ${MAX_DAYS} days`,
    );
}

export interface ReportView extends ReportRow {
  periodLabel: string;
  sections: SectionVersion[];
  comments: ReportComment[];
  case: CaseView | null;
  /** The reader is at the report's current step and may write in it. */
  editable: boolean;
  charts: MonitoringReport['charts'];
  annexRows: number;
}

/** Drafts the report of a period from the data and starts its SOP A case at step 1. */
export async function draftReport(
  ctx: Ctx,
  input: ReportPeriod & { title?: string; number?: string },
): Promise<ReportView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('draft'), ws.id);
  checkPeriod(input);
  const letterhead = await letterheadOf(ctx, ws);
  const data = await gatherReportData(ctx, ws, input, letterhead.lines);
  const drafted = draftFromData(data);
  const title = (input.title?.trim() || `Laporan Media Monitoring ${drafted.period.label}`).slice(0, 300);
  const report = await tx(ctx, async (t) => {
    const { sections, approvals: _a, status: _s, logoPng: _l, number: _n, ...frozen } = drafted;
    const row = await insertReport(t, {
      workspaceId: ws.id,
      title,
      periodFrom: drafted.period.from,
      periodTo: drafted.period.to,
      frozen,
      createdBy: t.actor.kind === 'user' ? t.actor.userId : null,
      createdByName: editorName(t),
      at: t.now().toISOString(),
    });
    for (const [position, s] of sections.entries())
      await insertSectionVersion(t, {
        reportId: row.id,
        key: s.key,
        position,
        title: s.title,
        content: { body: s.body, charts: s.charts, tables: s.tables },
        version: 1,
        authorId: t.actor.kind === 'user' ? t.actor.userId : null,
        authorName: editorName(t),
        authorRole: roleIn(t.actor, ws.id) ?? 'system',
        step: 0,
        note: 'Draf otomatis dari data pemberitaan',
        at: t.now().toISOString(),
      });
    const sopCase = await startCase(t, { sop: REPORT_SOP, title, subject: { kind: 'report', id: row.id } });
    await setReportCase(t, row.id, sopCase.id);
    await recordChange(t, {
      action: 'reports.draft',
      recordType: 'report',
      recordId: row.id,
      after: {
        title,
        from: input.fromDay,
        to: input.toDay,
        caseId: sopCase.id,
        articles: drafted.annex.length,
      },
    });
    return { ...row, caseId: sopCase.id };
  });
  return viewOf(ctx, ws, report);
}

async function loadReport(ctx: Ctx, ws: Workspace, id: number): Promise<ReportRow> {
  const found = await findReport(ctx, ws.id, id);
  if (!found) throw new PantauError('not_found', `Laporan ${id} tidak ditemukan — report not found`);
  return found;
}

async function caseOf(ctx: Ctx, report: ReportRow): Promise<CaseView | null> {
  return report.caseId === null ? null : getCase(ctx, report.caseId);
}

const mayWrite = (c: CaseView | null) =>
  c !== null &&
  c.status === 'open' &&
  (c.allowedActions.includes('complete') || c.allowedActions.includes('decide'));

async function viewOf(ctx: Ctx, ws: Workspace, report: ReportRow): Promise<ReportView> {
  const [frozen, sections, comments, sopCase] = await Promise.all([
    frozenOf(ctx, report.id),
    currentSections(ctx, report.id),
    listComments(ctx, report.id),
    caseOf(ctx, report),
  ]);
  return {
    ...report,
    periodLabel: frozen.period.label,
    sections,
    comments,
    case: sopCase,
    editable: mayWrite(sopCase) && roleIn(ctx.actor, ws.id) !== 'viewer',
    charts: frozen.charts,
    annexRows: frozen.annex.length,
  };
}

export async function getReport(ctx: Ctx, id: number): Promise<ReportView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  return viewOf(ctx, ws, await loadReport(ctx, ws, id));
}

export async function listReports(ctx: Ctx, q: { limit?: number; before?: number } = {}) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  const rows = await listReportRows(ctx, ws.id, Math.min(Math.max(q.limit ?? 50, 1), 200), q.before);
  const cases = await caseSummaries(
    ctx,
    rows.flatMap((r) => (r.caseId === null ? [] : [r.caseId])),
  );
  return rows.map((r) => {
    const c = r.caseId === null ? undefined : cases.get(r.caseId);
    return {
      ...r,
      caseStatus: c?.status ?? null,
      step: c?.step ?? null,
      stepActivity: c?.activity ?? null,
      late: c?.late ?? false,
    };
  });
}

export async function sectionHistory(ctx: Ctx, id: number, key: string): Promise<SectionVersion[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  const report = await loadReport(ctx, ws, id);
  const versions = await sectionVersions(ctx, report.id, key);
  if (versions.length === 0)
    throw new PantauError('not_found', `Bagian "${key}" tidak ada di laporan ini — section not found`);
  return versions;
}

/**
 * Saves a section as its next version, by whoever is at the report's current step. `baseVersion`
 * is the version the writer started from: a save over a colleague's newer version is refused.
 */
export async function saveSection(
  ctx: Ctx,
  id: number,
  key: string,
  input: { body: RichDoc; baseVersion: number; note?: string },
): Promise<SectionVersion> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('write'), ws.id);
  const report = await loadReport(ctx, ws, id);
  const sopCase = await caseOf(ctx, report);
  if (!mayWrite(sopCase))
    throw new PantauError(
      'forbidden',
      sopCase?.status === 'open'
        ? `Laporan ini sedang di langkah ${sopCase.step.no} (${sopCase.step.executorTitle}); hanya pelaksana langkah itu yang dapat mengubahnya — only the current step's executor may edit`
        : 'Laporan yang sudah selesai atau dibatalkan tidak dapat diubah — a finished report cannot be edited',
    );
  if (plainText(input.body).length > 100_000)
    throw new PantauError('too_large', 'Bagian laporan terlalu panjang — section too long');
  return tx(ctx, async (t) => {
    const [current] = await sectionVersions(t, report.id, key);
    if (!current)
      throw new PantauError('not_found', `Bagian "${key}" tidak ada di laporan ini — section not found`);
    if (current.version !== input.baseVersion)
      throw new PantauError(
        'conflict',
        `${current.authorName} menyimpan versi ${current.version} setelah Anda membuka bagian ini — reload and apply your change to the newest version`,
      );
    const saved = await insertSectionVersion(t, {
      reportId: report.id,
      key,
      position: current.position,
      title: current.title,
      content: { ...current.content, body: input.body },
      version: current.version + 1,
      authorId: t.actor.kind === 'user' ? t.actor.userId : null,
      authorName: editorName(t),
      authorRole: roleIn(t.actor, ws.id) ?? 'system',
      step: sopCase?.step.no ?? 0,
      note: (input.note ?? '').trim().slice(0, 500),
      at: t.now().toISOString(),
    });
    if (!saved)
      throw new PantauError(
        'conflict',
        'Bagian ini baru saja disimpan orang lain — someone saved it first; reload',
      );
    await recordChange(t, {
      action: 'reports.section',
      recordType: 'report',
      recordId: report.id,
      before: { section: key, version: current.version },
      after: { section: key, version: saved.version, step: saved.step },
    });
    return saved;
  });
}

export async function commentOnSection(
  ctx: Ctx,
  id: number,
  key: string,
  body: string,
): Promise<ReportComment> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('comment'), ws.id);
  const text = body.trim();
  if (!text) throw new PantauError('validation', 'Komentar kosong — the comment is empty');
  const report = await loadReport(ctx, ws, id);
  if ((await sectionVersions(ctx, report.id, key)).length === 0)
    throw new PantauError('not_found', `Bagian "${key}" tidak ada di laporan ini — section not found`);
  return tx(ctx, async (t) => {
    const comment = await insertComment(t, {
      reportId: report.id,
      sectionKey: key,
      authorId: t.actor.kind === 'user' ? t.actor.userId : null,
      authorName: editorName(t),
      authorRole: roleIn(t.actor, ws.id) ?? 'system',
      body: text.slice(0, 4000),
      at: t.now().toISOString(),
    });
    await recordChange(t, {
      action: 'reports.comment',
      recordType: 'report',
      recordId: report.id,
      after: { section: key, comment: comment.id },
    });
    return comment;
  });
}

/** The sign-offs the case recorded: for each step, its latest completion (returned rounds are superseded). */
async function approvalsOf(ctx: Ctx, ws: Workspace, c: CaseView): Promise<ApprovalRow[]> {
  const def = (await getSop(ctx, c.sop.key, c.sop.version)).definition;
  const byStep = new Map<number, ApprovalRow>();
  for (const e of c.history) {
    if (e.action !== 'complete' && !(e.action === 'decide' && e.answer === 'yes')) continue;
    const step = def.steps.find((s) => s.no === e.fromStep);
    if (!step) continue;
    byStep.set(step.no, {
      step: step.no,
      executor: def.executors.find((x) => x.key === step.executor)?.title ?? step.executor,
      name: e.actorName,
      action: e.approved ? 'Setuju' : step.no === def.steps[0].no ? 'Disusun' : 'Selesai',
      at: formatDateTime(e.at, ws.timeZone),
      note: e.note,
    });
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/** The whole report as it stands: frozen figures, current sections, the case's sign-offs. */
export async function assembleReport(
  ctx: Ctx,
  id: number,
): Promise<{ report: MonitoringReport; row: ReportRow }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  const row = await loadReport(ctx, ws, id);
  const [frozen, sections, sopCase, letterhead] = await Promise.all([
    frozenOf(ctx, row.id),
    currentSections(ctx, row.id),
    caseOf(ctx, row),
    letterheadOf(ctx, ws),
  ]);
  const final = sopCase !== null && (sopCase.status === 'done' || sopCase.step.no === sopCase.sop.steps);
  return {
    row,
    report: {
      ...frozen,
      letterhead: letterhead.lines,
      logoPng: letterhead.logoPng ? Buffer.from(letterhead.logoPng, 'base64') : null,
      number: row.number,
      sections: sections.map((s): ReportSection => ({ key: s.key, title: s.title, ...s.content })),
      approvals: sopCase ? await approvalsOf(ctx, ws, sopCase) : [],
      status: final ? 'FINAL' : 'DRAF',
    },
  };
}
