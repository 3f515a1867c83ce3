// The Indonesian stemmer behind a bounded memo shared by the analysers: news repeats its vocabulary,
// so most words of an article were stemmed before.
import { stem } from './stemmer.ts';

const MEMO = new Map<string, string>();
// Bounded so memory stays flat over a re-analysis of the whole archive.
const MEMO_LIMIT = 100_000;

/** stem(word), remembered. */
export function cachedStem(word: string): string {
  let stemmed = MEMO.get(word);
  if (stemmed === undefined) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    stemmed = stem(word);
    MEMO.set(word, stemmed);
  }
  return stemmed;
}
