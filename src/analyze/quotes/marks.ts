// Finds quoted passages in news text: pairs opening and closing quote marks, straight or curly,
// and carries a quotation on across paragraphs the way Indonesian papers print long quotes.

export interface QuotedPassage {
  /** Offsets of the words inside the marks (marks excluded, surrounding spaces trimmed). */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks themselves (close = end of text when unclosed). */
  open: number;
  close: number;
  /** True when the passage ran to the end of a paragraph and on into the next one. */
  multiParagraph: boolean;
}

const QUOTE = /["“”„«»]/g;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Whether a mark opens or closes, judged by what touches it; ambiguous marks follow the state. */
function markRole(text: string, at: number, inside: boolean): 'open' | 'close' {
  const ch = text[at];
  const before = text[at - 1];
  const after = text[at + 1];
  if (ch === '“' || ch === '„' || ch === '«') {
    // Some sites print “ for both ends; one glued to the preceding word after punctuation closes.
    if (inside && !isSpace(before) && isSpace(after)) return 'close';
    return 'open';
  }
  if (ch === '»') return 'close';
  const spaceBefore = isSpace(before) || /[([{—–-]/.test(before ?? '');
  const spaceAfter = isSpace(after) || /[,.;:!?)\]]/.test(after ?? '');
  if (spaceBefore && !spaceAfter) return inside ? 'close' : 'open';
  if (!spaceBefore && spaceAfter) return inside ? 'close' : 'open';
  return inside ? 'close' : 'open';
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Every quoted passage in reading order. */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let openAt = -1;
  let multi = false;
  for (const m of text.matchAll(QUOTE)) {
    const at = m.index;
    const inside = openAt >= 0;
    const role = markRole(text, at, inside);
    if (role === 'open') {
      if (inside) {
        const gap = text.slice(openAt, at);
        if (/\n/.test(gap)) {
          // A paragraph ended inside the quote and the next re-opens it: one continued quotation.
          const lastBreak = gap.lastIndexOf('\n');
          if (/^\s*$/.test(gap.slice(lastBreak))) {
            multi = true;
            continue;
          }
        }
        // An opening mark inside an unclosed quote in the same paragraph: the first was never closed.
        const [s, e] = trimmed(text, openAt + 1, paragraphEnd(text, openAt));
        if (e > s) passages.push({ start: s, end: e, open: openAt, close: e, multiParagraph: multi });
      }
      openAt = at;
      multi = false;
      continue;
    }
    if (!inside) continue;
    const [s, e] = trimmed(text, openAt + 1, at);
    if (e > s) passages.push({ start: s, end: e, open: openAt, close: at, multiParagraph: multi });
    openAt = -1;
    multi = false;
  }
  if (openAt >= 0) {
    const [s, e] = trimmed(text, openAt + 1, paragraphEnd(text, openAt));
    if (e > s) passages.push({ start: s, end: e, open: openAt, close: text.length, multiParagraph: multi });
  }
  return passages;
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
