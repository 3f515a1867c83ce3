// The report as files people send and print: the PDF and DOCX of the report as it stands (figures
// frozen at drafting, sections as last saved, the sign-offs so far) and the annex as XLSX.
import type { Ctx } from '../../kernel/ctx.ts';
import { renderReportDocx } from '../../report/monitoring/render-docx.ts';
import { renderReportPdf } from '../../report/monitoring/render-pdf.ts';
import { renderAnnexXlsx } from '../../report/monitoring/render-xlsx.ts';
import { assembleReport } from './reports.service.ts';

export type ReportFileKind = 'pdf' | 'docx' | 'xlsx';

export const REPORT_MEDIA_TYPES: Record<ReportFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function reportFile(
  ctx: Ctx,
  id: number,
  kind: ReportFileKind,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const { report, row } = await assembleReport(ctx, id);
  const bytes =
    kind === 'pdf'
      ? await renderReportPdf(report)
      : kind === 'docx'
        ? await renderReportDocx(report)
        : await renderAnnexXlsx(report);
  const base = kind === 'xlsx' ? `lampiran-laporan-${row.id}` : `laporan-${row.id}`;
  return { fileName: `${base}.${kind}`, mediaType: REPORT_MEDIA_TYPES[kind], bytes };
}
