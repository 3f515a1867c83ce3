// The lembar disposisi as offices print it for a direction on A4 portrait: the letterhead, then one
// boxed form — who the letter is from, its number and date, when it was received and its agenda
// number, its nature (four boxes, one ticked), its subject; the agencies it goes to, ticked, each hop
// under the agency that passed it on; what is asked of them ("Dengan hormat harap"); the direction
// itself as the note; and the initials and dates of whoever dispatched and forwarded it.
import type {
  CanvasElement,
  Column,
  Content,
  ContentColumns,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import {
  ASK_LABELS,
  DIRECTION_ASKS,
  type DirectionAsk,
  type DirectionNature,
  NATURE_LABELS,
} from '../domain/direction.ts';
import { renderPdf } from './pdf.ts';

export interface DispositionSheet {
  letterhead: string[];
  /** Base64 of the government's PNG logo, or null. */
  logoPng: string | null;
  /** Surat dari. */
  from: string;
  /** No. Surat (the disposition number). */
  number: string;
  /** Tgl. Surat. */
  letterDate: string;
  /** Diterima tgl. ('' leaves the line to be written by hand). */
  receivedDate: string;
  /** No. Agenda ('' leaves the line to be written by hand). */
  agendaNo: string;
  nature: DirectionNature;
  /** Perihal. */
  subject: string;
  /** Diteruskan kepada, in reading order; `via` names the agency that forwarded a hop. */
  forwardedTo: { name: string; depth: number; via: string | null }[];
  asks: DirectionAsk[];
  /** Catatan: the direction itself. */
  notes: string;
  dueDate: string;
  /** Paraf dan tanggal: the dispatch, then each hop. */
  initials: { from: string; to: string; initials: string; name: string; date: string }[];
  /** e.g. "Dicetak dari Pantau, 7 Des 2026 10:00 WIB". */
  printed: string;
}

// A4 portrait in points and the margins.
const PAGE_WIDTH = 595.28;
const MARGIN: [number, number, number, number] = [42, 36, 42, 44];
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN[0] - MARGIN[2];
const NATURE_ORDER: DirectionNature[] = ['sangat_segera', 'segera', 'rahasia', 'biasa'];

/** A box drawn, not typed: the standard PDF fonts have no ballot-box or check-mark glyphs. */
function box(checked: boolean): Column {
  const shapes: CanvasElement[] = [{ type: 'rect', x: 0, y: 1.5, w: 8, h: 8, lineWidth: 0.8 }];
  if (checked)
    shapes.push({
      type: 'polyline',
      points: [
        { x: 1.4, y: 5.6 },
        { x: 3.5, y: 8 },
        { x: 7.4, y: 2.6 },
      ],
      lineWidth: 1.4,
    });
  return { canvas: shapes, width: 10 };
}

function ticked(label: string, checked: boolean, extra?: Content, indent = 0): ContentColumns {
  return {
    columns: [
      box(checked),
      { stack: [{ text: label, bold: checked }, ...(extra ? [extra] : [])], width: '*' },
    ],
    columnGap: 5,
    margin: [indent, 1.5, 0, 1.5],
  };
}

function fields(rows: [string, Content][]): Content {
  return {
    table: { widths: [68, 6, '*'], body: rows.map(([label, value]) => [label, ':', value]) },
    layout: { defaultBorder: false, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 0 },
  };
}

/** A value, or a dotted line left for the pen. */
const orBlank = (v: string): Content => (v.trim() ? { text: v } : { text: '.'.repeat(38), color: '#777777' });

const heading = (text: string): Content => ({ text, bold: true, margin: [0, 0, 0, 4] });

function letterhead(sheet: DispositionSheet): Content[] {
  const lines: Column = {
    stack: sheet.letterhead.map((line, i) => ({ text: line, bold: true, fontSize: i === 0 ? 14 : 12 })),
    alignment: 'center',
    width: '*',
  };
  const logo: Column = sheet.logoPng
    ? { image: `data:image/png;base64,${sheet.logoPng}`, fit: [54, 54], width: 60 }
    : { text: '', width: 60 };
  return [
    { columns: [logo, lines, { text: '', width: 60 }], columnGap: 8 },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 6, x2: CONTENT_WIDTH, y2: 6, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 9, x2: CONTENT_WIDTH, y2: 9, lineWidth: 0.6 },
      ],
      margin: [0, 0, 0, 10],
    },
  ];
}

/** The four natures on one line, as the printed forms have them. */
function natureBoxes(chosen: DirectionNature): Content {
  return {
    columns: NATURE_ORDER.map((n): Column => ({ ...ticked(NATURE_LABELS[n], n === chosen), width: 'auto' })),
    columnGap: 22,
  };
}

function forwardedTo(sheet: DispositionSheet): Content {
  let no = 0;
  const items: Content[] = sheet.forwardedTo.map((r) =>
    ticked(
      `${r.depth === 0 ? `${++no}. ` : ''}${r.name}`,
      true,
      r.via ? { text: `diteruskan oleh ${r.via}`, italics: true, fontSize: 8, color: '#444444' } : undefined,
      r.depth * 14,
    ),
  );
  return { stack: [heading('Diteruskan kepada Sdr.:'), ...items] };
}

function asks(sheet: DispositionSheet): Content {
  return {
    stack: [
      heading('Dengan hormat harap:'),
      ...DIRECTION_ASKS.map((a) => ticked(ASK_LABELS[a], sheet.asks.includes(a))),
    ],
  };
}

function initials(sheet: DispositionSheet): Content {
  const head = ['No.', 'Dari', 'Kepada', 'Paraf', 'Tanggal'].map(
    (t): TableCell => ({ text: t, bold: true, fillColor: '#eeeeee' }),
  );
  const body: TableCell[][] = sheet.initials.map((r, i) => [
    { text: `${i + 1}.`, alignment: 'right' },
    r.from,
    r.to,
    {
      stack: [
        { text: r.initials, bold: true, italics: true },
        { text: r.name, fontSize: 7, color: '#444444' },
      ],
    },
    r.date,
  ]);
  // Two empty lines for hops written by hand on the printed sheet.
  const blank: TableCell[][] = [0, 1].map((i) => [
    { text: `${body.length + i + 1}.`, alignment: 'right', color: '#777777' },
    '',
    '',
    { text: ' ', margin: [0, 6, 0, 6] },
    '',
  ]);
  return {
    stack: [
      heading('Paraf dan tanggal:'),
      {
        table: { headerRows: 1, widths: [18, '*', '*', 84, 108], body: [head, ...body, ...blank] },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 3, paddingBottom: () => 3 },
      },
    ],
  };
}

export function dispositionSheetDefinition(sheet: DispositionSheet): TDocumentDefinitions {
  const secret = sheet.nature === 'rahasia';
  const form: TableCell[][] = [
    [
      fields([
        ['Surat dari', { text: sheet.from }],
        ['No. Surat', { text: sheet.number }],
        ['Tgl. Surat', { text: sheet.letterDate }],
      ]),
      fields([
        ['Diterima tgl.', orBlank(sheet.receivedDate)],
        ['No. Agenda', orBlank(sheet.agendaNo)],
      ]),
    ],
    [{ stack: [fields([['Sifat', natureBoxes(sheet.nature)]])], colSpan: 2 }, {}],
    [{ stack: [fields([['Perihal', { text: sheet.subject, bold: true }]])], colSpan: 2 }, {}],
    [forwardedTo(sheet), asks(sheet)],
    [
      {
        stack: [
          heading('Catatan:'),
          { text: sheet.notes, lineHeight: 1.25 },
          {
            text: [{ text: 'Batas waktu tindak lanjut: ', bold: true }, sheet.dueDate],
            margin: [0, 8, 0, 0],
          },
        ],
        colSpan: 2,
      },
      {},
    ],
    [{ stack: [initials(sheet)], colSpan: 2 }, {}],
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGIN,
    info: { title: `Lembar Disposisi ${sheet.number}`, subject: sheet.subject, creator: 'Pantau' },
    defaultStyle: { fontSize: 10 },
    content: [
      ...letterhead(sheet),
      { text: 'LEMBAR DISPOSISI', bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        // The note's box keeps room for what the reader writes by hand.
        table: {
          widths: ['*', '*'],
          body: form,
          dontBreakRows: true,
          heights: (row) => (row === 4 ? 150 : 'auto'),
        },
        layout: {
          hLineWidth: () => 0.9,
          vLineWidth: () => 0.9,
          paddingLeft: () => 7,
          paddingRight: () => 7,
          paddingTop: () => 6,
          paddingBottom: () => 6,
        },
      },
    ],
    // A secret sheet is marked at the top and the bottom of every page, as classified letters are.
    header: () =>
      secret ? { text: 'RAHASIA', bold: true, fontSize: 11, alignment: 'center', margin: [0, 14, 0, 0] } : '',
    footer: (page: number, pages: number) => ({
      stack: [
        ...(secret ? [{ text: 'RAHASIA', bold: true, fontSize: 11, alignment: 'center' } as Content] : []),
        {
          columns: [
            { text: sheet.printed, fontSize: 7, color: '#666666' },
            {
              text: pages > 1 ? `Halaman ${page} dari ${pages}` : '',
              fontSize: 7,
              alignment: 'right',
              color: '#666666',
            },
          ],
        },
      ],
      margin: [MARGIN[0], secret ? 4 : 14, MARGIN[2], 0],
    }),
  };
}

export function renderDispositionSheet(sheet: DispositionSheet): Promise<Buffer> {
  return renderPdf(dispositionSheetDefinition(sheet));
}
