// An SOP as the document of Permenpan RB 35/2012, the one offices draw by hand in Word for their SOP
// books: the identity page, then the flowchart table on as many landscape pages as it needs, each
// page footed with the SOP number and "Halaman X dari Y".
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { type SopDefinition, validateDefinition } from '../sop/definition.ts';
import { INSET, layoutPages } from '../sop/flowchart-layout.ts';
import { renderFlowchartPages } from '../sop/render-svg.ts';
import { renderPdf } from './pdf.ts';

// A4 landscape in points, and the margins the footer sits in.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN: [number, number, number, number] = [30, 28, 30, 40];
const CONTENT_WIDTH = PAGE.width - MARGIN[0] - MARGIN[2];
/** Height left for a flowchart page's table under its heading line. */
const FLOWCHART_HEIGHT = PAGE.height - MARGIN[1] - MARGIN[3] - 24;

function numbered(items: string[]): Content {
  return items.length ? { ol: items, margin: [0, 2, 0, 2] } : { text: '-' };
}

function identityTable(def: SopDefinition): Content {
  const id = def.identity;
  const approver: Content[] = [{ text: id.approvedBy.position ? `${id.approvedBy.position},` : '' }];
  approver.push({ text: ' ', margin: [0, 14, 0, 0] });
  if (id.approvedBy.name) approver.push({ text: id.approvedBy.name, bold: true, decoration: 'underline' });
  if (id.approvedBy.nip) approver.push({ text: `NIP. ${id.approvedBy.nip}` });
  const identityRows: [string, Content][] = [
    ['Nomor SOP', { text: id.number }],
    ['Tanggal Pembuatan', { text: id.madeOn }],
    ['Tanggal Revisi', { text: id.revisedOn }],
    ['Tanggal Efektif', { text: id.effectiveOn }],
    ['Disahkan oleh', { stack: approver }],
    ['Nama SOP', { text: id.title, bold: true }],
  ];
  const letterhead: TableCell = {
    stack: id.organisation.map((line, i) => ({ text: line, bold: true, fontSize: i === 0 ? 13 : 11 })),
    alignment: 'center',
    rowSpan: identityRows.length,
    verticalAlignment: 'middle',
    margin: [8, 8, 8, 8],
  };
  const body: TableCell[][] = identityRows.map(([label, value], i) => [
    i === 0 ? letterhead : {},
    { text: label, bold: true },
    value,
  ]);
  const pairs: [string, string[], string, string[]][] = [
    ['Dasar Hukum:', id.legalBasis, 'Kualifikasi Pelaksana:', id.qualifications],
    ['Keterkaitan:', id.relatedSops, 'Peralatan/Perlengkapan:', id.equipment],
    ['Peringatan:', id.warnings, 'Pencatatan dan Pendataan:', id.records],
  ];
  for (const [left, leftItems, right, rightItems] of pairs) {
    body.push([{ text: left, bold: true }, { text: right, bold: true, colSpan: 2 }, {}]);
    body.push([numbered(leftItems), { stack: [numbered(rightItems)], colSpan: 2 }, {}]);
  }
  return {
    table: { widths: [370, 110, '*'], body },
    layout: { paddingTop: () => 4, paddingBottom: () => 4 },
  };
}

/** The most step rows per page that keep every flowchart page within the page's height. */
function rowsPerPage(def: SopDefinition): number {
  for (let rows = def.steps.length; rows > 1; rows--) {
    const pages = layoutPages(def, rows);
    const fits = (p: { width: number; height: number }) =>
      (p.height + 2 * INSET) * Math.min(1, CONTENT_WIDTH / (p.width + 2 * INSET)) <= FLOWCHART_HEIGHT;
    if (pages.every(fits)) return rows;
  }
  return 1;
}

export function sopDocumentDefinition(input: SopDefinition): TDocumentDefinitions {
  const def = validateDefinition(input);
  const pages = renderFlowchartPages(def, rowsPerPage(def));
  const flowchart: Content[] = pages.flatMap((svg, i): Content[] => [
    {
      text: `Prosedur: ${def.identity.title}${pages.length > 1 ? ` (${i + 1}/${pages.length})` : ''}`,
      bold: true,
      fontSize: 10,
      margin: [0, 0, 0, 8],
      pageBreak: 'before',
    },
    { svg, fit: [CONTENT_WIDTH, FLOWCHART_HEIGHT] },
  ]);
  return {
    info: {
      title: `SOP ${def.identity.number} — ${def.identity.title}`,
      subject: 'Standar Operasional Prosedur',
    },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGIN,
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    content: [identityTable(def), ...flowchart],
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `SOP ${def.identity.number}`, alignment: 'left' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right' },
      ],
      fontSize: 8,
      margin: [MARGIN[0], 14, MARGIN[2], 0],
    }),
  };
}

export async function renderSopPdf(def: SopDefinition): Promise<Buffer> {
  return renderPdf(sopDocumentDefinition(def));
}
