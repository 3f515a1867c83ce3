// An uploaded spreadsheet as rows of text: the first worksheet of an XLSX, or a CSV. Whatever the
// file holds, the answer is rows or a clear error: its size, its row count and, for an XLSX, how
// large it unpacks are bounded before anything is read, so a zip bomb is refused unopened.
import type ExcelJS from 'exceljs';
import { PantauError } from '../../domain/errors.ts';
import { loadExcelJs } from '../../report/exceljs.ts';
import { decodeText, parseCsv, type SheetRow } from './program-csv.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;
/** What the parts of an XLSX may add up to unpacked: a 5,000-row sheet is a few megabytes. */
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;

export type SheetFormat = 'xlsx' | 'csv';

const unreadable = () =>
  new PantauError(
    'validation',
    'Berkas XLSX rusak atau tidak dapat dibaca; simpan ulang dari Excel, atau sebagai CSV — the XLSX cannot be read',
  );

/**
 * The sum of the uncompressed sizes the ZIP's central directory declares. The reader checks what it
 * unpacks against these, so a file that lies about them fails to read rather than growing.
 */
function unpackedSize(bytes: Buffer): number {
  const from = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const size = bytes.readUInt32LE(at + 24);
    // ZIP64 sizes: no spreadsheet of this size needs them.
    if (size === 0xffffffff) throw tooLargeUnpacked();
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

const tooLargeUnpacked = () =>
  new PantauError(
    'too_large',
    'Isi XLSX terlalu besar setelah dibuka (lebih dari 60 MB) — the XLSX unpacks too large',
    { status: 413 },
  );

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as the text the user sees in it; a date cell as YYYY-MM-DD (Excel dates carry no zone). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? ''
        : cellText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const text = typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
      return text && text !== value.hyperlink ? `${text} | ${value.hyperlink}` : value.hyperlink;
    }
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  if (unpackedSize(bytes) > MAX_UNPACKED_BYTES) throw tooLargeUnpacked();
  const book = new (await loadExcelJs()).Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheet = book.worksheets.find((w) => w.actualRowCount > 0) ?? book.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (!cells.some((x) => x !== '')) return;
    rows.push({ number, cells });
  });
  if (rows.length > MAX_ROWS + 1) {
    throw new PantauError(
      'too_large',
      `Berkas berisi lebih dari ${MAX_ROWS.toLocaleString('id-ID')} baris — more than ${MAX_ROWS} rows`,
      { status: 413 },
    );
  }
  return rows;
}

/** The rows of the file (its header first), read by what the bytes are, never by the name. */
export async function readSheet(bytes: Buffer): Promise<{ format: SheetFormat; rows: SheetRow[] }> {
  if (bytes.length === 0) throw new PantauError('validation', 'Berkas kosong — the file is empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new PantauError('too_large', 'Berkas lebih dari 5 MB — the file is larger than 5 MB', {
      status: 413,
    });
  }
  if (bytes.length >= 22 && bytes.readUInt32LE(0) === 0x04034b50) {
    return { format: 'xlsx', rows: await readXlsx(bytes) };
  }
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new PantauError(
      'validation',
      'Format XLS lama tidak didukung; simpan sebagai XLSX atau CSV — legacy XLS is not supported',
    );
  }
  return { format: 'csv', rows: parseCsv(decodeText(bytes), MAX_ROWS) };
}
