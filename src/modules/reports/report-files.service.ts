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

const fileNameOf = (id: number, kind: ReportFileKind) =>
  `${kind === 'xlsx' ? `lampiran-laporan-${id}` : `laporan-${id}`}.${kind}`;

/**
 * One file of the report. The PDF and DOCX list the first articles of the annex and name the XLSX
 * holding all of them: `annexFile` is that file's name where the reader gets it (the CLI writes
 * annex.xlsx; a download is called lampiran-laporan-<id>.xlsx).
 */
export async function reportFile(
  ctx: Ctx,
  id: number,
  kind: ReportFileKind,
  opts: { annexFile?: string } = {},
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const { report, row } = await assembleReport(ctx, id);
  const annexFile = opts.annexFile ?? fileNameOf(row.id, 'xlsx');
  const bytes =
    kind === 'pdf'
      ? await renderReportPdf(report, { annexFile })
      : kind === 'docx'
        ? await renderReportDocx(report, { annexFile })
        : await renderAnnexXlsx(report);
  return { fileName: fileNameOf(row.id, kind), mediaType: REPORT_MEDIA_TYPES[kind], bytes };
}
