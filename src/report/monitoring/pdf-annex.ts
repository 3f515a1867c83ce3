// The annex rows the PDF prints, as one long table, built for speed: thousands of rows
// must not make the export slow. Every cell arrives broken into lines that fit (helvetica-wrap.ts),
// so pdfmake lays out one piece per line instead of one per word; rows are separated by hairlines
// only, which is both lighter to draw and easier to read at this size than a full grid.
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import { wrapLines } from './helvetica-wrap.ts';
import type { AnnexRow } from './model.ts';
import { ANNEX_COLUMNS } from './outline.ts';
import { winAnsi } from './pdf-text.ts';

const FONT_SIZE = 7.5;
const PADDING = 2.5;
/** Fixed columns in points; the title (Judul) takes what is left of the page. */
const FIXED = { no: 22, publishedAt: 54, outlet: 66, mediaType: 30, tone: 34, issue: 70 };

const LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : i === 1 ? 0.8 : 0.25),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? '#495057' : '#ced4da'),
  paddingLeft: () => PADDING,
  paddingRight: () => PADDING,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
  fillColor: (row) => (row === 0 ? '#e9ecef' : null),
};

function columnWidths(contentWidth: number): number[] {
  const fixed = Object.values(FIXED).reduce((a, b) => a + b, 0);
  const title = contentWidth - fixed - ANNEX_COLUMNS.length * 2 * PADDING;
  return [FIXED.no, FIXED.publishedAt, FIXED.outlet, FIXED.mediaType, title, FIXED.tone, FIXED.issue];
}

function cell(value: string, width: number): TableCell {
  return { text: wrapLines(winAnsi(value), width, FONT_SIZE).map((line) => ({ text: line })) };
}

const numberCell = (no: number): TableCell => ({ text: String(no), alignment: 'right' });

/** The title links to the article; one link per title (on its first line) keeps a long annex small. */
function titleCell(row: AnnexRow, width: number): TableCell {
  const lines = wrapLines(winAnsi(row.title), width, FONT_SIZE);
  return {
    text: lines.map((line, i) => (i === 0 && row.url ? { text: line, link: row.url } : { text: line })),
  };
}

export function annexTablePdf(rows: AnnexRow[], contentWidth: number): Content {
  const widths = columnWidths(contentWidth);
  const header: TableCell[] = ANNEX_COLUMNS.map((c, i) => ({
    text: c,
    bold: true,
    alignment: i === 0 ? 'right' : 'left',
  }));
  const body: TableCell[][] = [header];
  for (const r of rows) {
    body.push([
      numberCell(r.no),
      cell(r.publishedAt, widths[1]),
      cell(r.outlet, widths[2]),
      cell(r.mediaType, widths[3]),
      titleCell(r, widths[4]),
      cell(r.tone, widths[5]),
      cell(r.issue, widths[6]),
    ]);
  }
  if (rows.length === 0) {
    body.push([
      { text: 'Tidak ada berita pada periode ini.', colSpan: ANNEX_COLUMNS.length, italics: true },
      {},
      {},
      {},
      {},
      {},
      {},
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: LAYOUT,
    fontSize: FONT_SIZE,
    // The lines are already broken: pdfmake must not break them again word by word.
    noWrap: true,
  };
}
