// Cutting an article's plain text into paragraphs of plain and marked pieces, from character
// spans the analysis gives (subjects named, tone reasons, entities, quotes). Pure: text in,
// pieces out; the page renders them as React text, never as HTML.
export interface MarkSpan {
  start: number;
  end: number;
  className: string;
  title?: string;
}

export interface Piece {
  text: string;
  mark?: MarkSpan;
}

/** Spans sorted and cut so none overlaps the one before it (the earlier one wins). */
function disjoint(spans: MarkSpan[], length: number): MarkSpan[] {
  const sorted = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0)
    .map((s) => ({ ...s, end: Math.min(s.end, length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkSpan[] = [];
  let reached = 0;
  for (const s of sorted) {
    if (s.end <= reached) continue;
    out.push({ ...s, start: Math.max(s.start, reached) });
    reached = s.end;
  }
  return out;
}

/** Paragraphs (split at blank lines or line breaks), each a list of pieces. */
export function markText(text: string, spans: MarkSpan[]): Piece[][] {
  const marks = disjoint(spans, text.length);
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
    pieces.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });

  const paragraphs: Piece[][] = [[]];
  for (const piece of pieces) {
    const lines = piece.text.split(/\n+/);
    lines.forEach((line, i) => {
      if (i > 0) paragraphs.push([]);
      if (line) paragraphs[paragraphs.length - 1].push({ text: line, mark: piece.mark });
    });
  }
  return paragraphs.filter((p) => p.some((piece) => piece.text.trim()));
}
