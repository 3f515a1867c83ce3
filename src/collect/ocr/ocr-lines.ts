// OCR's words made into text lines (pure): one line per column even where OCR ran a line on across
// a gutter.
import type { TextLine } from './types.ts';

/**
 * OCR sometimes runs a line on across the gutter between two columns of justified text. A space
 * between two words at least this many line heights wide is such a gutter when the lines just
 * above and below have no ink there either; a wide justified word space has words above or below.
 */
const GUTTER_IN_LINE = 1;
/** Lines this many line heights above or below are the neighbours a gutter must run through. */
const NEIGHBOURHOOD = 3;

export interface Word {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

function lineOf(words: Word[]): TextLine {
  const x0 = Math.min(...words.map((w) => w.bbox.x0));
  const y0 = Math.min(...words.map((w) => w.bbox.y0));
  const x1 = Math.max(...words.map((w) => w.bbox.x1));
  const y1 = Math.max(...words.map((w) => w.bbox.y1));
  return {
    text: words
      .map((w) => w.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
    confidence: Math.round(words.reduce((sum, w) => sum + w.confidence, 0) / words.length),
  };
}

/** Lines as OCR's words, cut where a line runs across a gutter, one TextLine per column. */
export function splitAtGutters(lines: Word[][]): TextLine[] {
  const heightOf = (words: Word[]) =>
    Math.max(...words.map((w) => w.bbox.y1)) - Math.min(...words.map((w) => w.bbox.y0));
  const centreOf = (words: Word[]) =>
    (Math.max(...words.map((w) => w.bbox.y1)) + Math.min(...words.map((w) => w.bbox.y0))) / 2;
  const measured = lines.map((words) => ({ words, height: heightOf(words), centre: centreOf(words) }));
  const out: TextLine[] = [];
  for (const line of measured) {
    const neighbours = measured.filter(
      (other) => other !== line && Math.abs(other.centre - line.centre) <= NEIGHBOURHOOD * line.height,
    );
    const inkAt = (from: number, to: number) =>
      neighbours.some((n) => n.words.some((w) => w.bbox.x0 < to && w.bbox.x1 > from));
    let piece: Word[] = [];
    for (const word of line.words) {
      const previous = piece[piece.length - 1];
      if (previous) {
        const gap = word.bbox.x0 - previous.bbox.x1;
        const middle = (word.bbox.x0 + previous.bbox.x1) / 2;
        const quarter = line.height / 4;
        const gutter =
          gap >= GUTTER_IN_LINE * line.height &&
          (neighbours.length > 0 ? !inkAt(middle - quarter, middle + quarter) : gap >= 2 * line.height);
        if (gutter) {
          out.push(lineOf(piece));
          piece = [];
        }
      }
      piece.push(word);
    }
    if (piece.length > 0) out.push(lineOf(piece));
  }
  return out.filter((l) => l.text !== '');
}
