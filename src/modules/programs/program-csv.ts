// Reads a CSV as spreadsheet programs write it: quoted fields with doubled quotes and line breaks
// inside, a semicolon (Excel in Indonesian locale), comma or tab between fields, CRLF/LF/CR lines,
// a UTF-8 byte-order mark, UTF-16 with its mark, and Windows-1252 text from older Excel.
import { PantauError } from '../../domain/errors.ts';

/** Windows-1252's letters at 0x80–0x9F (curly quotes, dashes, €); undefined ones stay as they are. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node's TextDecoder reads "windows-1252" as Latin-1, turning its dashes and quotes into controls. */
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The text of the file: UTF-8 when it is valid UTF-8, else Windows-1252 (what old Excel saves). */
export function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode text" export: UTF-16 with its byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new PantauError(
      'validation',
      'Berkas bukan CSV atau XLSX (berisi data biner) — the file is neither CSV nor XLSX',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter most used outside quotes in the first line: ; , or tab (comma when none). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let most = 0;
  for (const [d, n] of counts) {
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** A row of a sheet with the number a spreadsheet program shows for it (blank rows counted). */
export interface SheetRow {
  number: number;
  cells: string[];
}

/**
 * The rows of the CSV that hold something. Stops with a clear error past `maxRows` rows after the
 * first (the header), and at a quote that is never closed (naming the line it opened on).
 */
export function parseCsv(text: string, maxRows: number, delimiter = detectDelimiter(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  let number = 0;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const endRow = () => {
    row.push(cell);
    cell = '';
    number++;
    // Lines with nothing in them are not rows (Excel leaves them at the end).
    if (row.some((c) => c.trim() !== '')) rows.push({ number, cells: row });
    row = [];
    if (rows.length > maxRows + 1) {
      throw new PantauError(
        'too_large',
        `Berkas berisi lebih dari ${maxRows.toLocaleString('id-ID')} baris — more than ${maxRows} rows`,
        { status: 413 },
      );
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else cell += ch;
  }
  if (quoted) {
    throw new PantauError(
      'validation',
      `Tanda kutip pada baris ${quoteLine} tidak ditutup — unclosed quote on line ${quoteLine}`,
    );
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
