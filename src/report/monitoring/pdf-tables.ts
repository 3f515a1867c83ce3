// The report's own tables in the PDF: a section's figures ("Tabel N." above, as Indonesian reports
// caption tables) and the approval sheet, both as ruled grids with a shaded header row.
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { MonitoringReport } from './model.ts';
import { APPROVAL_COLUMNS, type NumberedTable } from './outline.ts';
import { winAnsi } from './pdf-text.ts';
import { columnWidths } from './table-widths.ts';

const RULE = '#868e96';
const HEADER_FILL = '#e9ecef';
/** A table this short moves whole to the next page rather than split. */
const KEEP_TOGETHER_ROWS = 25;

/** Grid lines; the header row (the last of the repeated rows) shaded. */
const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
  fillColor: (row, node) => (row === (node.table.headerRows ?? 1) - 1 ? HEADER_FILL : null),
};

// pdfmake draws a table's top rule before it has read the borders of spanned cells: the caption
// row would get a rule over part of its width. The rule under the caption row is the table's top.
const CAPTIONED_GRID: CustomTableLayout = { ...GRID, hLineWidth: (i) => (i === 0 ? 0 : 0.5) };

export function reportTablePdf({ table, caption }: NumberedTable, contentWidth: number): Content {
  const numeric = new Set(table.numeric ?? []);
  const align = (col: number) => (numeric.has(col) ? 'right' : 'left');
  const span = table.columns.length;
  // The caption rides in the repeated header rows, so it is never left alone at a page's foot and
  // a long table says on every page which table it is.
  const captionRow: TableCell[] = [
    {
      text: winAnsi(caption),
      colSpan: span,
      bold: true,
      alignment: 'center',
      border: [false, false, false, false],
      margin: [0, 0, 0, 2],
    },
    // The cells under the span draw borders of their own unless told not to.
    ...Array.from(
      { length: span - 1 },
      () => ({ text: '', border: [false, false, false, false] }) as TableCell,
    ),
  ];
  const headerRow: TableCell[] = table.columns.map((c, i) => ({
    text: winAnsi(c),
    bold: true,
    alignment: align(i),
  }));
  const rows: TableCell[][] = table.rows.map((row) =>
    table.columns.map((_, i) => ({ text: winAnsi(row[i] ?? ''), alignment: align(i) })),
  );
  const node: Content = {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      // pdfmake's widths leave out the cells' padding and the rules between them.
      widths: columnWidths(table, contentWidth - span * 8 - (span + 1) * 0.5),
      body: [captionRow, headerRow, ...rows],
    },
    layout: CAPTIONED_GRID,
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
  return table.rows.length <= KEEP_TOGETHER_ROWS ? { stack: [node], unbreakable: true } : node;
}

export function approvalTablePdf(report: MonitoringReport): Content {
  const header: TableCell[] = APPROVAL_COLUMNS.map((c) => ({ text: c, bold: true }));
  const rows: TableCell[][] = report.approvals.map((a, i) => [
    { text: String(i + 1), alignment: 'right' },
    { text: [{ text: `Langkah ${a.step}\n`, bold: true }, { text: winAnsi(a.executor) }] },
    winAnsi(a.name),
    { text: winAnsi(a.action), bold: true },
    winAnsi(a.at),
    winAnsi(a.note || '-'),
  ]);
  if (rows.length === 0) {
    rows.push([
      { text: 'Belum ada persetujuan.', colSpan: APPROVAL_COLUMNS.length, italics: true },
      {},
      {},
      {},
      {},
      {},
    ]);
  }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [16, 118, 90, 50, 66, '*'],
      body: [header, ...rows],
    },
    layout: GRID,
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
}
