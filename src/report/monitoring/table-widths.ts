// Column widths of a report table from what its columns hold, the same for the PDF and the DOCX:
// a column of short numbers stays narrow, a column of sentences takes the room, and no column is
// narrower than the longest word of its header.
import type { ReportTable } from './model.ts';

/** Beyond this many characters a column wraps anyway: more width would only starve the others. */
const LONGEST = 40;
const SHORTEST = 3;

function weight(table: ReportTable, col: number): number {
  const headerWord = Math.max(0, ...table.columns[col].split(/\s+/).map((w) => w.length));
  const cells = Math.max(0, ...table.rows.map((r) => (r[col] ?? '').length));
  return Math.max(SHORTEST, headerWord, Math.min(cells, LONGEST));
}

/** Widths summing to `total`, in whatever unit `total` is in. */
export function columnWidths(table: ReportTable, total: number): number[] {
  const weights = table.columns.map((_, i) => weight(table, i));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}
