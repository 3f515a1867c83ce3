// CSV as spreadsheets open it without asking: UTF-8 with a byte-order mark (Excel otherwise reads
// Indonesian names as Latin-1), comma-separated, every field that needs it quoted.
import { downloadBlob } from './download.ts';
import { type Cell, type ExportTable, fileName } from './table.ts';

function field(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet; a quote mark defuses it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(table: ExportTable): void {
  downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName(table.name, 'csv'));
}
