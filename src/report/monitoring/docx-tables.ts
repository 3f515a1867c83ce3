// The report's own tables in the DOCX: a section's figures with their caption above, and the
// approval sheet. Header rows repeat on every page and rows never split, as Word users set them.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MonitoringReport } from './model.ts';
import { APPROVAL_COLUMNS, type NumberedTable } from './outline.ts';
import { columnWidths } from './table-widths.ts';

export const TABLE_TEXT_STYLE = 'TableText';
const HEADER_FILL = 'E9ECEF';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '868E96' };
const BORDERS = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(runs: TextRun[], opts: { align?: Align; header?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, alignment: opts.align, children: runs })],
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

const plain = (text: string, bold = false) => [new TextRun({ text, bold: bold || undefined })];

function grid(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: Math.round(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(Math.round),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}

export function reportTableDocx(
  { table, caption }: NumberedTable,
  contentWidth: number,
): (Paragraph | Table)[] {
  const numeric = new Set(table.numeric ?? []);
  const align = (i: number) => (numeric.has(i) ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(plain(c, true), { align: align(i), header: true })),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, i) => cell(plain(row[i] ?? ''), { align: align(i) })),
      }),
  );
  return [
    // Captions of tables go above them; keepNext holds the caption to the table's first row.
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: caption, bold: true, italics: false })],
    }),
    grid(columnWidths(table, contentWidth), [header, ...rows]),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

export function approvalTableDocx(report: MonitoringReport, contentWidth: number): Table {
  const fixed = [450, 2500, 2000, 1150, 1450];
  const widths = [...fixed, contentWidth - fixed.reduce((a, b) => a + b, 0)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: APPROVAL_COLUMNS.map((c) => cell(plain(c, true), { header: true })),
  });
  const rows = report.approvals.map(
    (a, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(plain(String(i + 1)), { align: AlignmentType.RIGHT }),
          cell([
            new TextRun({ text: `Langkah ${a.step}`, bold: true }),
            new TextRun({ text: a.executor, break: 1 }),
          ]),
          cell(plain(a.name)),
          cell(plain(a.action, true)),
          cell(plain(a.at)),
          cell(plain(a.note || '-')),
        ],
      }),
  );
  if (rows.length === 0) {
    rows.push(
      new TableRow({
        children: [
          new TableCell({
            columnSpan: APPROVAL_COLUMNS.length,
            children: [
              new Paragraph({
                style: TABLE_TEXT_STYLE,
                children: [new TextRun({ text: 'Belum ada persetujuan.', italics: true })],
              }),
            ],
          }),
        ],
      }),
    );
  }
  return grid(widths, [header, ...rows]);
}
