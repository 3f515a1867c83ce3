// SOP compliance for a period: per step of one SOP, how its cases kept the time standard, every
// deviation with its case and the note given, and the national SOP monitoring form pre-filled from
// those figures; as JSON, XLSX and PDF for the evaluator.
import { PantauError } from '../../domain/errors.ts';
import { formatDateTime } from '../../domain/time.ts';
import { zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { loadExcelJs } from '../../report/exceljs.ts';
import { renderPdf } from '../../report/pdf.ts';
import {
  type MonitoringFormRow,
  monitoringForm,
  type StepCompliance,
  stepCompliance,
} from '../../sop/compliance.ts';
import { standardMinutes } from '../../sop/definition.ts';
import { getSop } from '../sops/sops.service.ts';
import { sopCasesPolicy } from './sop-cases.policy.ts';
import { stepCompletions } from './sop-cases.repo.ts';

const DAY = 86_400_000;

export interface ComplianceReport {
  sop: { key: string; number: string; title: string; version: number };
  period: { fromDay: string; toDay: string };
  steps: StepCompliance[];
  form: MonitoringFormRow[];
}

export async function sopCompliance(
  ctx: Ctx,
  key: string,
  period: { fromDay: string; toDay: string },
): Promise<ComplianceReport> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, sopCasesPolicy.can('read'), ws.id);
  const offset = zoneOffsetMinutes(ws.timeZone) * 60_000;
  const from = Date.parse(`${period.fromDay}T00:00:00Z`) - offset;
  const to = Date.parse(`${period.toDay}T00:00:00Z`) - offset + DAY;
  if (!(from < to))
    throw new PantauError(
      'validation',
      'Awal periode harus sebelum akhirnya — the period must start before it ends',
    );
  const sop = await getSop(ctx, key);
  const def = sop.definition;
  const rows = stepCompliance(
    def.steps.map((s) => ({ no: s.no, activity: s.activity, standardMinutes: standardMinutes(s.time) })),
    await stepCompletions(ctx, ws.id, key, new Date(from).toISOString(), new Date(to).toISOString()),
  );
  return {
    sop: { key, number: def.identity.number, title: def.identity.title, version: sop.version },
    period,
    steps: rows,
    form: monitoringForm(rows),
  };
}

const pct = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)}%`);

export async function complianceXlsx(ctx: Ctx, c: ComplianceReport): Promise<Buffer> {
  const zone = ctx.workspace?.timeZone ?? 'WIB';
  const book = new (await loadExcelJs()).Workbook();
  const steps = book.addWorksheet('Kepatuhan', { views: [{ state: 'frozen', ySplit: 2 }] });
  steps.addRow([`${c.sop.title} (${c.sop.number}) — ${c.period.fromDay} s.d. ${c.period.toDay}`]).font = {
    bold: true,
  };
  steps.addRow([
    'Langkah',
    'Uraian kegiatan',
    'Mutu baku (menit kerja)',
    'Pelaksanaan',
    'Median',
    'Persentil 90',
    'Sesuai mutu baku',
    'Penyimpangan',
  ]).font = { bold: true };
  for (const s of c.steps)
    steps.addRow([
      s.step,
      s.activity,
      s.standardMinutes,
      s.completions,
      s.medianMinutes,
      s.p90Minutes,
      pct(s.withinStandard),
      s.deviations.length,
    ]);
  steps.columns.forEach((col, i) => {
    col.width = [8, 60, 14, 12, 10, 12, 14, 12][i];
  });
  const deviations = book.addWorksheet('Penyimpangan', { views: [{ state: 'frozen', ySplit: 1 }] });
  deviations.addRow([
    'Langkah',
    'Kasus',
    'Judul',
    'Pelaksana',
    'Menit kerja',
    'Mutu baku',
    'Selesai',
    'Catatan',
  ]).font = { bold: true };
  for (const s of c.steps)
    for (const d of s.deviations)
      deviations.addRow([
        d.step,
        d.caseId,
        d.caseTitle,
        d.actorName,
        d.workingMinutes,
        d.standardMinutes,
        formatDateTime(d.at, zone),
        d.note,
      ]);
  const form = book.addWorksheet('Formulir Monitoring');
  form.addRow([
    'No',
    'Prosedur',
    'Dilaksanakan sesuai SOP (Ya/Tidak)',
    'Catatan hasil penilaian',
    'Tindakan yang harus diambil',
  ]).font = { bold: true };
  for (const r of c.form) form.addRow([r.no, r.procedure, r.runsWell, r.notes, r.action]);
  form.columns.forEach((col, i) => {
    col.width = [6, 60, 18, 60, 40][i];
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The monitoring form as a printable PDF, with room for the evaluator's own notes and signature. */
export function monitoringFormPdf(c: ComplianceReport, letterhead: string[]): Promise<Buffer> {
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    content: [
      ...letterhead.map((l) => ({ text: l, bold: true, alignment: 'center' as const })),
      {
        text: 'FORMULIR MONITORING STANDAR OPERASIONAL PROSEDUR',
        bold: true,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 12, 0, 4],
      },
      { text: `${c.sop.title} — Nomor SOP ${c.sop.number}`, alignment: 'center' },
      {
        text: `Periode ${c.period.fromDay} s.d. ${c.period.toDay}`,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          widths: [24, '*', 70, '*', 150],
          body: [
            [
              'No',
              'Prosedur',
              'Dilaksanakan sesuai SOP',
              'Catatan hasil penilaian',
              'Tindakan yang harus diambil',
            ].map((t) => ({ text: t, bold: true })),
            ...c.form.map((r) => [
              String(r.no),
              r.procedure,
              { text: r.runsWell, alignment: 'center' as const },
              r.notes,
              r.action,
            ]),
          ],
        },
        fontSize: 9,
      },
      {
        columns: [
          { text: '' },
          { text: 'Penilai,\n\n\n\n(.................................)', alignment: 'center', width: 220 },
        ],
        margin: [0, 24, 0, 0],
      },
    ],
    footer: (page: number, pages: number) => ({
      text: `Halaman ${page} dari ${pages}`,
      alignment: 'right',
      margin: [36, 10],
      fontSize: 8,
    }),
  });
}
