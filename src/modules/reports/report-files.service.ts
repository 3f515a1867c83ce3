// The report as files people send and print: the PDF and DOCX of the report as it stands (figures
// frozen at drafting, sections as last saved, the sign-offs so far) and the annex as XLSX.
import type { Ctx } from '../../kernel/ctx.ts';
import type { MonitoringReport } from '../../report/monitoring/model.ts';
import { renderAnnexXlsx } from '../../report/monitoring/render-xlsx.ts';
import { clippingImagesOf } from '../clippings/clipping-evidence.service.ts';
import { assembleReport } from './reports.service.ts';

export type ReportFileKind = 'pdf' | 'docx' | 'xlsx';

export const REPORT_MEDIA_TYPES: Record<ReportFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// The PDF and DOCX renderers bring ECharts, pdfmake and docx: loaded when a report is first rendered,
// not by every command and server start (ECharts alone was a third of the modules `pantau` loaded).
const pdfRenderer = () => import('../../report/monitoring/render-pdf.ts');
const docxRenderer = () => import('../../report/monitoring/render-docx.ts');

const fileNameOf = (id: number, kind: ReportFileKind) =>
  `${kind === 'xlsx' ? `lampiran-laporan-${id}` : `laporan-${id}`}.${kind}`;

/**
 * The report with its clippings' images, cropped from the clipping pages now: the report's frozen
 * data names the articles only. A clipping removed since the drafting keeps its caption, no image.
 */
async function withClippingImages(ctx: Ctx, report: MonitoringReport): Promise<MonitoringReport> {
  const wanted = report.clippings ?? [];
  if (wanted.length === 0) return report;
  const images = new Map(
    (
      await clippingImagesOf(
        ctx,
        wanted.map((c) => c.articleId),
        wanted.length,
      )
    ).map((i) => [i.articleId, i]),
  );
  return {
    ...report,
    clippings: wanted.map(({ articleId, caption }) => {
      const i = images.get(articleId);
      return i
        ? { articleId, caption, image: { jpeg: i.jpeg, width: i.width, height: i.height } }
        : { articleId, caption };
    }),
  };
}

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
      ? await (await pdfRenderer()).renderReportPdf(await withClippingImages(ctx, report), { annexFile })
      : kind === 'docx'
        ? await (await docxRenderer()).renderReportDocx(await withClippingImages(ctx, report), { annexFile })
        : await renderAnnexXlsx(report);
  return { fileName: fileNameOf(row.id, kind), mediaType: REPORT_MEDIA_TYPES[kind], bytes };
}
