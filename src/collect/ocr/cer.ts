// Character error rate: how far the text OCR read is from what the page says, as the edits a
// person would make to correct it, per character of the true text. The OCR tests and the bench
// score clippings with it.

/**
 * Text as compared: Unicode NFC, typographic quotes and dashes as their ASCII forms (their shape is
 * the font's, not something an analyst corrects), any run of whitespace as one space.
 */
export function normaliseForCer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Insertions, deletions and substitutions turning `a` into `b`, by code point. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  // Two rows of the dynamic-programming table: a page of text is thousands of characters.
  let previous = new Uint32Array(y.length + 1);
  let current = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (xi === y[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] as number;
}

/** Edits per character of the normalised reference (0 = perfect; may exceed 1 for a long hypothesis). */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = normaliseForCer(reference);
  const hyp = normaliseForCer(hypothesis);
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  return editDistance(ref, hyp) / Array.from(ref).length;
}

/**
 * Where `needle` best occurs in `haystack`, allowing edits (an OCR'd paragraph opening is rarely
 * exact): the end offset (in code points of the normalised haystack) of the closest substring and
 * the edits it needs. Semi-global alignment: skipping haystack text before and after is free.
 */
export function locateApproximately(needle: string, haystack: string): { end: number; distance: number } {
  const x = Array.from(normaliseForCer(needle));
  const y = Array.from(normaliseForCer(haystack));
  let previous = new Uint32Array(y.length + 1); // row 0: starting anywhere costs nothing
  let current = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (xi === y[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  let end = 0;
  for (let j = 1; j <= y.length; j++) if ((previous[j] as number) < (previous[end] as number)) end = j;
  return { end, distance: previous[end] as number };
}
