// The annex rows the DOCX lists, written as WordprocessingML directly. docx
// builds several objects per cell and takes many seconds for a 20,000-row table; this string takes
// a fraction of one. The document is compiled with a placeholder paragraph where the table goes,
// and the table's XML takes the placeholder's place in word/document.xml before docx zips it.
import { type Document, Packer, Paragraph, TextRun } from 'docx';
import type { AnnexRow } from './model.ts';
import { ANNEX_COLUMNS } from './outline.ts';

export const ANNEX_TEXT_STYLE = 'AnnexText';
/** Text no report contains, marking the paragraph the annex table replaces. */
const PLACEHOLDER = 'PANTAU-LAMPIRAN-0b7f3c91e2d4';

/** Twips; the title (Judul) takes what is left of the page. */
const FIXED = [450, 1100, 1250, 650, 0, 700, 1300];

// Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): they would make
// Word refuse the file. Tabs and line breaks become spaces below.
const INVALID = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** Text for a w:t element: escaped, whitespace collapsed and trimmed (so no xml:space is needed). */
export function xmlText(value: string): string {
  return value
    .replace(INVALID, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const PARAGRAPH_START = `<w:p><w:pPr><w:pStyle w:val="${ANNEX_TEXT_STYLE}"/></w:pPr><w:r>`;

function headerCellXml(text: string, width: number): string {
  const props = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E9ECEF"/></w:tcPr>`;
  return `<w:tc>${props}${PARAGRAPH_START}<w:rPr><w:b/></w:rPr><w:t>${xmlText(text)}</w:t></w:r></w:p></w:tc>`;
}

// Rows are most of the file: no cell properties (the fixed grid gives the widths), nothing optional.
const cellXml = (text: string) => `<w:tc>${PARAGRAPH_START}<w:t>${xmlText(text)}</w:t></w:r></w:p></w:tc>`;

export function annexTableXml(rows: AnnexRow[], contentWidth: number): string {
  const title = contentWidth - FIXED.reduce((a, b) => a + b, 0);
  const widths = FIXED.map((w, i) => (i === 4 ? title : w));
  const rule = (size: number, color: string) =>
    `w:val="single" w:sz="${size}" w:space="0" w:color="${color}"`;
  const parts: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${contentWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
    `<w:tblBorders><w:top ${rule(6, '495057')}/><w:bottom ${rule(6, '495057')}/><w:insideH ${rule(2, 'CED4DA')}/></w:tblBorders>`,
    '<w:tblCellMar><w:top w:w="15" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="15" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...ANNEX_COLUMNS.map((c, i) => headerCellXml(c, widths[i])),
    '</w:tr>',
  ];
  for (const r of rows) {
    const values = [String(r.no), r.publishedAt, r.outlet, r.mediaType, r.title, r.tone, r.issue];
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>', ...values.map((v) => cellXml(v)), '</w:tr>');
  }
  if (rows.length === 0) {
    parts.push(
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="${contentWidth}" w:type="dxa"/><w:gridSpan w:val="${ANNEX_COLUMNS.length}"/></w:tcPr>`,
      `<w:p><w:pPr><w:pStyle w:val="${ANNEX_TEXT_STYLE}"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Tidak ada berita pada periode ini.</w:t></w:r></w:p></w:tc></w:tr>`,
    );
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

/** The paragraph the annex table replaces; put it where the table belongs. */
export const annexPlaceholder = () => new Paragraph({ children: [new TextRun(PLACEHOLDER)] });

type Compiler = { compile(file: Document): Map<string, string | Uint8Array> };

/** The document zipped, the placeholder paragraph replaced by `tableXml`. */
export async function packWithAnnex(doc: Document, tableXml: string): Promise<Buffer> {
  // docx gives no public way to the compiled XML before zipping, so this reads the compiler Packer
  // itself uses; the tests fail loudly if a docx upgrade moves it.
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') {
    throw new Error('docx: Packer.compiler tidak ditemukan — Packer.compiler not found (docx upgraded?)');
  }
  const xml = compiler.compile(doc).get('word/document.xml');
  const at = typeof xml === 'string' ? xml.indexOf(PLACEHOLDER) : -1;
  if (typeof xml !== 'string' || at < 0)
    throw new Error('docx: tempat lampiran tidak ditemukan — annex placeholder not found');
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  const document = xml.slice(0, start) + tableXml + xml.slice(end);
  return Packer.toBuffer(doc, false, [{ path: 'word/document.xml', data: document }]);
}
