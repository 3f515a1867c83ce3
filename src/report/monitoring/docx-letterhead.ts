// The kop surat as the header of the DOCX's first page: the emblem on the left, the government and
// office names centred, the address smaller, and Word's thick-thin double border under it, the
// rule Indonesian government letterheads close with.
import {
  AlignmentType,
  BorderStyle,
  Header,
  ImageRun,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { MonitoringReport } from './model.ts';
import { isAddressLine } from './outline.ts';
import { pngSize } from './png-size.ts';

/** Logo box in pixels (Word's unit for pictures, 96 to the inch). */
const LOGO = 80;

function logoRun(png: Uint8Array): ImageRun {
  const { width, height } = pngSize(png);
  const scale = Math.min(LOGO / width, LOGO / height);
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    altText: { name: 'Logo', title: 'Logo', description: 'Lambang pemerintah daerah' },
  });
}

function nameLine(line: string, index: number): Paragraph {
  const address = isAddressLine(line);
  // Half-points: the office's own name (second line) largest, the address small and plain.
  const size = address ? 17 : index === 1 ? 30 : index === 0 ? 26 : 24;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 240 },
    children: [new TextRun({ text: line, bold: !address, size })],
  });
}

export function letterheadDocx(report: MonitoringReport, contentWidth: number): Header {
  const side = 1500;
  const lines = report.letterhead.map(nameLine);
  const table = new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [side, contentWidth - 2 * side, side],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            children: [new Paragraph({ children: report.logoPng ? [logoRun(report.logoPng)] : [] })],
          }),
          new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            children: lines.length ? lines : [new Paragraph('')],
          }),
          new TableCell({ children: [new Paragraph('')] }),
        ],
      }),
    ],
  });
  const rule = new Paragraph({
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    spacing: { after: 240 },
    children: [],
  });
  return new Header({ children: [table, rule] });
}
