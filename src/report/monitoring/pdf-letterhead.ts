// The kop surat of an Indonesian government letter at the top of the report's first page: the
// emblem on the left, the government and office names centred in capitals, the address smaller,
// and the double rule (thick over thin) that closes every kop.
import type { Column, Content } from 'pdfmake/interfaces.js';
import type { MonitoringReport } from './model.ts';
import { isAddressLine } from './outline.ts';
import { winAnsi } from './pdf-text.ts';

const LOGO = 62;

function lineStyle(line: string, index: number): { fontSize: number; bold: boolean } {
  if (isAddressLine(line)) return { fontSize: 8.5, bold: false };
  // The office's own name (second line) is the largest, under the government's name.
  return { fontSize: index === 1 ? 15 : index === 0 ? 13 : 12, bold: true };
}

function doubleRule(width: number): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 1.5, x2: width, y2: 1.5, lineWidth: 2.5 },
      { type: 'line', x1: 0, y1: 5, x2: width, y2: 5, lineWidth: 0.75 },
    ],
    margin: [0, 4, 0, 14],
  };
}

export function letterheadPdf(report: MonitoringReport, contentWidth: number): Content[] {
  if (report.letterhead.length === 0 && !report.logoPng) return [];
  const lines: Content[] = report.letterhead.map((line, i) => ({
    text: winAnsi(line),
    ...lineStyle(line, i),
    alignment: 'center',
    lineHeight: 1.1,
  }));
  const logo: Column = report.logoPng
    ? {
        image: `data:image/png;base64,${Buffer.from(report.logoPng).toString('base64')}`,
        fit: [LOGO, LOGO],
        width: LOGO,
      }
    : { text: '', width: LOGO };
  return [
    {
      // The same width on the right as the logo's keeps the names centred on the page.
      columns: [logo, { stack: lines, width: '*' }, { text: '', width: LOGO }],
      columnGap: 6,
    },
    doubleRule(contentWidth),
  ];
}
