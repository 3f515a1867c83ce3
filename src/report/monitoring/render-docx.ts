// The monitoring report as a Word document, for offices that finish or file reports in Word: the
// same chapters, figures, tables, approval sheet and printed annex as the PDF, the kop surat in the
// first page's header, a table of contents Word fills from the heading styles, "Halaman X dari Y".
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  type Table,
  TableOfContents,
  TabStopType,
  TextRun,
} from 'docx';
import { defaultChartSize } from './chart-option.ts';
import { chartPng } from './charts.ts';
import { annexPlaceholder, annexTableXml, packWithAnnex } from './docx-annex.ts';
import { clippingsDocx } from './docx-clippings.ts';
import { letterheadDocx } from './docx-letterhead.ts';
import { REPORT_STYLES } from './docx-styles.ts';
import { approvalTableDocx, reportTableDocx } from './docx-tables.ts';
import type { MonitoringReport } from './model.ts';
import {
  approvalIntro,
  type Chapter,
  type Figure,
  footerNote,
  HEADINGS,
  outlineReport,
  type PrintedAnnex,
  printedAnnex,
} from './outline.ts';
import { listCounter, richTextDocx } from './rich-text-docx.ts';

// A4 in twips, with the PDF's margins (a wider left one for binding).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1361, right: 1077, header: 567, footer: 567 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Pictures are sized in pixels, 96 to the inch; a twip is 1/1440 inch. */
const CONTENT_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);
/** A clipping's image leaves room for its caption on the page. */
const CLIPPING_PX = {
  width: CONTENT_PX,
  height: Math.floor(((PAGE.height - MARGIN.top - MARGIN.bottom) / 1440) * 96) - 80,
};

type Block = Paragraph | Table | TableOfContents;

function figureDocx(f: Figure): Paragraph[] {
  const size = defaultChartSize(f.chart);
  const width = Math.min(CONTENT_PX, size.width);
  const height = Math.round((size.height / size.width) * width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(f.chart, size),
          transformation: { width, height },
          altText: { name: f.caption, title: f.chart.title, description: f.caption },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', children: [new TextRun(f.caption)] }),
  ];
}

function chapterDocx(chapter: Chapter, index: number, nextList: () => number): Block[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: index === 0,
      children: [new TextRun(chapter.heading)],
    }),
    ...richTextDocx(chapter.section.body, nextList),
    ...chapter.figures.flatMap(figureDocx),
    ...chapter.tables.flatMap((t) => reportTableDocx(t, CONTENT_WIDTH)),
  ];
}

function titleDocx(report: MonitoringReport): Paragraph[] {
  const centred = (text: string, opts: { bold?: boolean; size?: number; after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: opts.after ?? 60 },
      children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
    });
  const prepared = [report.preparedAt, report.preparedBy && `oleh ${report.preparedBy}`]
    .filter(Boolean)
    .join(' ');
  return [
    centred(report.title, { bold: true, size: 30, after: 80 }),
    ...(report.subtitle ? [centred(report.subtitle, { size: 23 })] : []),
    ...(report.number ? [centred(`Nomor: ${report.number}`)] : []),
    centred(`Periode: ${report.period.label}`, { bold: true }),
    ...(prepared ? [centred(prepared, { size: 18, after: 360 })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: HEADINGS.contents, bold: true, size: 24 })],
    }),
  ];
}

function footerDocx(report: MonitoringReport): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: footerNote(report), size: 16, color: '495057' }),
          new TextRun({
            children: ['\tHalaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '495057',
          }),
        ],
      }),
    ],
  });
}

export interface ReportDocxOptions {
  /** List at most this many annex rows (default PRINTED_ANNEX_LIMIT); a line after the table says where the rest are. */
  annexLimit?: number;
  /** The name of the XLSX annex as the reader receives it, for that line (default annex.xlsx). */
  annexFile?: string;
}

function documentDocx(report: MonitoringReport, annex: PrintedAnnex): Document {
  const chapters = outlineReport(report);
  const nextList = listCounter();
  const footer = footerDocx(report);
  return new Document({
    creator: 'Pantau',
    title: `${report.title} — ${report.period.label}`,
    description: 'Laporan monitoring media',
    // Word fills the table of contents and the page count when it opens the file.
    features: { updateFields: true },
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: MARGIN },
        },
        headers: { first: letterheadDocx(report, CONTENT_WIDTH), default: new Header({ children: [] }) },
        footers: { first: footer, default: footer },
        children: [
          ...titleDocx(report),
          new TableOfContents(HEADINGS.contents, { hyperlink: true, headingStyleRange: '1-2' }),
          ...chapters.flatMap((c, i) => chapterDocx(c, i, nextList)),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new TextRun(HEADINGS.approvals)],
          }),
          new Paragraph(approvalIntro(report)),
          approvalTableDocx(report, CONTENT_WIDTH),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new TextRun(HEADINGS.annex)],
          }),
          new Paragraph(annex.intro),
          annexPlaceholder(),
          ...(annex.rest
            ? [
                new Paragraph({
                  spacing: { before: 120 },
                  children: [new TextRun({ text: annex.rest, italics: true })],
                }),
              ]
            : []),
          ...clippingsDocx(report, CLIPPING_PX),
        ],
      },
    ],
  });
}

export async function renderReportDocx(
  report: MonitoringReport,
  opts: ReportDocxOptions = {},
): Promise<Buffer> {
  const annex = printedAnnex(report, { limit: opts.annexLimit, annexFile: opts.annexFile });
  return packWithAnnex(documentDocx(report, annex), annexTableXml(annex.rows, CONTENT_WIDTH));
}
