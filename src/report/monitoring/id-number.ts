// Numbers as the report's tables print them ("1.234", "12,5%", "−8%"), read back as numbers, so the
// spreadsheet can sum and sort them; with the cell format that prints them the same way again.

export interface ParsedNumber {
  value: number;
  /** An Excel number format. */
  numFmt: string;
}

const SHAPE = /^([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/;

export function parseIndonesianNumber(text: string): ParsedNumber | null {
  const m = SHAPE.exec(text.trim());
  if (!m) return null;
  const [, sign, whole, fraction = '', percent] = m;
  const magnitude = Number(`${whole.replace(/\./g, '')}.${fraction || '0'}`);
  const signed = sign === '-' || sign === '−' ? -magnitude : magnitude;
  const decimals = fraction ? `.${'0'.repeat(fraction.length)}` : '';
  if (percent) {
    const base = `0${decimals}%`;
    // "+12%" keeps its plus sign: it is a change, and the sign is the point of the column.
    return { value: signed / 100, numFmt: sign === '+' ? `+${base};-${base};${base}` : base };
  }
  return { value: signed, numFmt: `#,##0${decimals}` };
}
