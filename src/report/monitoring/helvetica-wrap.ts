// Line breaking for the annex table, done here instead of by pdfmake: pdfmake measures and lays out
// every word as its own piece, which for a 20,000-row annex is most of the PDF's time. Given lines
// that already fit, it lays out one piece per line. Widths are Helvetica's (from its AFM metrics,
// per 1000 units of the font size) without kerning; a small allowance covers the few kerning pairs
// that widen a line.

// Characters 32–126, then 160–255.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const LATIN1 = [
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333,
  556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667,
  667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
  611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];
const EXTRAS: Record<string, number> = {
  '€': 556,
  '‚': 222,
  ƒ: 556,
  '„': 333,
  '…': 1000,
  '†': 556,
  '‡': 556,
  ˆ: 333,
  '‰': 1000,
  Š: 667,
  '‹': 333,
  Œ: 1000,
  Ž: 611,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '•': 350,
  '–': 556,
  '—': 1000,
  '˜': 333,
  '™': 1000,
  š: 500,
  '›': 333,
  œ: 944,
  ž: 500,
  Ÿ: 500,
};

/** Positive kerning pairs ("r i", "f ’") add at most about this share to a line. */
const KERNING_ALLOWANCE = 0.97;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII[code - 32];
  if (code >= 160 && code <= 255) return LATIN1[code - 160];
  // Unknown characters are counted as the widest, so a line never overflows.
  return EXTRAS[ch] ?? 1000;
}

/** Width in points of regular Helvetica text at `fontSize`. */
export function helveticaWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units * fontSize) / 1000;
}

/** Where a cut reads best in addresses and codes: after a slash, dot, hyphen and the like. */
function lastBreak(piece: string): number {
  for (let i = piece.length - 1; i > 0; i--) if ('/.-_?&='.includes(piece[i])) return i + 1;
  return 0;
}

/** A word wider than the line, cut into pieces that fit (long addresses, names without spaces). */
function cutWord(word: string, limit: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && helveticaWidth(piece + ch, fontSize) > limit) {
      const at = lastBreak(piece);
      const rest = piece.slice(at);
      if (at > 0 && helveticaWidth(rest + ch, fontSize) <= limit) {
        pieces.push(piece.slice(0, at));
        piece = rest;
      } else {
        pieces.push(piece);
        piece = '';
      }
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The text broken into lines no wider than `width` points. Every line but the last keeps its
 * trailing space, so the lines joined give back the text with its spaces collapsed.
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const limit = width * KERNING_ALLOWANCE;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (helveticaWidth(candidate, fontSize) <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(`${line} `);
    const pieces = cutWord(word, limit, fontSize);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}
