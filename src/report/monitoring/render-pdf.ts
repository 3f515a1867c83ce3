// The monitoring report as the PDF that goes up SOP A's chain: A4 portrait, the kop surat, title and
// table of contents on the first page, the numbered chapters with their figures and tables, the
// approval sheet, then the annex listing the period's first articles (the XLSX lists them all);
// each page footed with the document's status, period and "Halaman X dari Y".
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderPdf } from '../pdf.ts';
import { chartSvg } from './charts.ts';
import type { MonitoringReport, ReportChart } from './model.ts';
import {
  approvalIntro,
  type Chapter,
  footerNote,
  HEADINGS,
  outlineReport,
  pageOf,
  printedAnnex,
} from './outline.ts';
import { annexTablePdf } from './pdf-annex.ts';
import { clippingsPdf } from './pdf-clippings.ts';
import { letterheadPdf } from './pdf-letterhead.ts';
import { approvalTablePdf, reportTablePdf } from './pdf-tables.ts';
import { winAnsi } from './pdf-text.ts';
import { richTextPdf } from './rich-text-pdf.ts';

const PAGE_WIDTH = 595.28;
// A wider left margin for binding, as printed government reports have.
const MARGINS: [number, number, number, number] = [68, 56, 54, 60];
const CONTENT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2];
const CONTENT_HEIGHT = 841.89 - MARGINS[1] - MARGINS[3];

/** Chart labels printed in Helvetica too: the same WinAnsi spelling as the text around them. */
const printable = (chart: ReportChart): ReportChart => ({
  ...chart,
  title: winAnsi(chart.title),
  unit: winAnsi(chart.unit),
  categories: chart.categories.map(winAnsi),
  series: chart.series.map((s) => ({ ...s, name: winAnsi(s.name) })),
});

function titleBlock(report: MonitoringReport): Content[] {
  const lines: Content[] = [
    { text: winAnsi(report.title), style: 'title' },
    ...(report.subtitle ? [{ text: winAnsi(report.subtitle), style: 'subtitle' }] : []),
    ...(report.number ? [{ text: `Nomor: ${winAnsi(report.number)}`, alignment: 'center' as const }] : []),
    { text: `Periode: ${winAnsi(report.period.label)}`, alignment: 'center', bold: true },
  ];
  const prepared = [report.preparedAt, report.preparedBy && `oleh ${report.preparedBy}`]
    .filter(Boolean)
    .join(' ');
  if (prepared)
    lines.push({
      text: winAnsi(prepared),
      alignment: 'center',
      fontSize: 9,
      color: '#495057',
      margin: [0, 4, 0, 0],
    });
  return [{ stack: lines, margin: [0, 6, 0, 18] }];
}

function chapterHeading(text: string, pageBreak = false): Content {
  return {
    text: winAnsi(text),
    style: 'chapter',
    tocItem: true,
    outline: true,
    ...(pageBreak ? { pageBreak: 'before' as const } : {}),
  };
}

function chapterPdf(chapter: Chapter, index: number): Content[] {
  const [first, ...rest] = richTextPdf(chapter.section.body, { toc: true });
  // The heading stays on the page of the text it opens.
  const opening: Content = {
    stack: [chapterHeading(chapter.heading), ...(first ? [first] : [])],
    unbreakable: true,
    // The chapters begin on the page after the title and the table of contents.
    ...(index === 0 ? { pageBreak: 'before' as const } : {}),
  };
  const figures: Content[] = chapter.figures.map((f) => ({
    stack: [
      { svg: chartSvg(printable(f.chart)), width: CONTENT_WIDTH, alignment: 'center' },
      { text: winAnsi(f.caption), style: 'caption' },
    ],
    unbreakable: true,
  }));
  return [opening, ...rest, ...figures, ...chapter.tables.map((t) => reportTablePdf(t, CONTENT_WIDTH))];
}

export interface ReportPdfOptions {
  /** Print at most this many annex rows (default PRINTED_ANNEX_LIMIT); a line after the table says where the rest are. */
  annexLimit?: number;
  /** The name of the XLSX annex as the reader receives it, for that line (default annex.xlsx). */
  annexFile?: string;
}

export function reportPdfDefinition(
  report: MonitoringReport,
  opts: ReportPdfOptions = {},
): TDocumentDefinitions {
  const chapters = outlineReport(report);
  const annex = printedAnnex(report, { limit: opts.annexLimit, annexFile: opts.annexFile });
  return {
    info: {
      title: winAnsi(`${report.title} — ${report.period.label}`),
      subject: 'Laporan monitoring media',
      creator: 'Pantau',
    },
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    defaultStyle: { fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11.5, alignment: 'center', margin: [0, 0, 0, 6] },
      chapter: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 6] },
      caption: { fontSize: 9, italics: true, alignment: 'center', margin: [0, 6, 0, 14] },
      tocTitle: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
    },
    watermark:
      report.status === 'DRAF' ? { text: 'DRAF', color: '#adb5bd', opacity: 0.1, bold: true } : undefined,
    content: [
      ...letterheadPdf(report, CONTENT_WIDTH),
      ...titleBlock(report),
      { toc: { title: { text: HEADINGS.contents, style: 'tocTitle' }, numberStyle: { bold: false } } },
      ...chapters.flatMap(chapterPdf),
      chapterHeading(HEADINGS.approvals, true),
      { text: winAnsi(approvalIntro(report)), margin: [0, 0, 0, 6] },
      approvalTablePdf(report),
      chapterHeading(HEADINGS.annex, true),
      { text: winAnsi(annex.intro), margin: [0, 0, 0, 6] },
      annexTablePdf(annex.rows, CONTENT_WIDTH),
      ...(annex.rest ? [{ text: winAnsi(annex.rest), italics: true, margin: [0, 6, 0, 0] } as Content] : []),
      ...clippingsPdf(report, { width: CONTENT_WIDTH, height: CONTENT_HEIGHT }, (text) =>
        chapterHeading(text, true),
      ),
    ],
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: winAnsi(footerNote(report)), alignment: 'left' },
        { text: pageOf(page, pages), alignment: 'right', width: 'auto' },
      ],
      fontSize: 8,
      color: '#495057',
      margin: [MARGINS[0], 24, MARGINS[2], 0],
    }),
  };
}

export async function renderReportPdf(
  report: MonitoringReport,
  opts: ReportPdfOptions = {},
): Promise<Buffer> {
  return renderPdf(reportPdfDefinition(report, opts));
}
