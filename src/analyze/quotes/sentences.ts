// Sentence bounds for reported speech without quote marks; a small splitter that knows the
// abbreviations that most often end in a full stop inside Indonesian sentences.

const ABBREVIATIONS = new Set(
  'h hj dr drs dra ir prof kh st sh mh mm s m no jl kec kab kel ds rt rw tbk pt cv a.n dll dsb dst sdr bpk yth mr mrs'.split(
    ' ',
  ),
);

export interface SentenceBound {
  start: number;
  end: number;
}

/** Sentences of a paragraph-structured text, each without trailing whitespace. */
export function sentenceBounds(text: string): SentenceBound[] {
  const out: SentenceBound[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s] ?? '')) s++;
    if (end > s) out.push({ start: s, end });
  };
  const re = /[.!?]+["”’)]*(?=\s+["“”]?[\p{Lu}\p{N}])|\n+/gu;
  for (const m of text.matchAll(re)) {
    if (m[0].startsWith('\n')) {
      push(m.index);
      start = m.index + m[0].length;
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 6), m.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
    const word = before.toLowerCase();
    if (m[0] === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || word.includes('.'))) continue;
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
