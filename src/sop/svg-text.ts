// Text for the flowchart SVG without a browser: widths come from Helvetica's metrics (Arial and
// Liberation Sans share them, so a browser's sans-serif and the PDF's Helvetica wrap alike), and
// every text is escaped before it enters the markup.

// Advance widths per 1000 em of the printable ASCII range 32..126, from the Adobe AFM files.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 278, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
// Letters outside ASCII (é, –, …) are rare in the seeds; an upper-case width keeps them from overflowing.
const OTHER = 722;

export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 32;
    units += code >= 32 && code <= 126 ? table[code - 32] : OTHER;
  }
  return (units * size) / 1000;
}

/** Greedy line breaking at spaces; a word longer than the line is cut where it overflows. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  return wrapWords(text.split(/\s+/).filter(Boolean), maxWidth, size, bold);
}

/** Greedy line breaking between the given pieces, each kept whole unless it alone overflows. */
export function wrapWords(words: string[], maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (textWidth(rest, size, bold) > maxWidth) {
      const cut = fittingPrefix(rest, maxWidth, size, bold);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function fittingPrefix(word: string, maxWidth: number, size: number, bold: boolean): number {
  let cut = 1;
  while (cut < word.length && textWidth(word.slice(0, cut + 1), size, bold) <= maxWidth) cut++;
  return cut;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// XML 1.0 allows tab, newline and carriage return below the space, and no lone surrogate or U+FFFE/F.
const allowed = (ch: string) =>
  (ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r') &&
  !(ch.length === 1 && ch >= '\ud800' && ch <= '\udfff') &&
  ch !== '\ufffe' &&
  ch !== '\uffff';

/** Escapes text for element content and attribute values; drops characters XML forbids. */
export function escapeXml(text: string): string {
  let clean = '';
  for (const ch of text) if (allowed(ch)) clean += ch;
  return clean.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
