// Did a collected article run our release? Outlets republish a release whole, cut short, or rewritten
// around its quote, so three signals are read, each measured against the release rather than the
// article (an outlet that adds its own paragraphs still ran the release):
// - kept: the share of the release's 4-word shingles found in the article (the unit syndicated-copy
//   detection uses: 0.00 between different stories on one topic, see collect/dedup/minhash.ts);
// - the official's quote, found nearly word for word;
// - the title, nearly the same words.
import { normalizeForHash } from '../collect/dedup/hash.ts';
import { shingleHashes, words } from '../collect/dedup/shingles.ts';

/** Share of the release's shingles an article must hold to count as carrying its text. */
export const KEPT_THRESHOLD = 0.2;
/** Share of the quote's shingles that makes it "the same quote" (outlets fix typos, cut a clause). */
export const QUOTE_THRESHOLD = 0.6;
/** Word overlap (Jaccard) of titles that makes them "the same title". */
export const TITLE_THRESHOLD = 0.6;

export interface ReleasePrint {
  shingles: Set<number>;
  quote: Set<number>;
  titleWords: Set<string>;
}

export interface PickupMatch {
  kept: number;
  titleMatch: boolean;
  quoteMatch: boolean;
  pickedUp: boolean;
}

const hashSet = (text: string) => new Set(shingleHashes(words(text)));

export function releasePrint(release: { title: string; text: string; quote: string | null }): ReleasePrint {
  return {
    shingles: hashSet(release.text),
    quote: release.quote && words(release.quote).length >= 4 ? hashSet(release.quote) : new Set(),
    titleWords: new Set(words(release.title)),
  };
}

function share(of: Set<number>, inside: Set<number>): number {
  if (of.size === 0) return 0;
  let n = 0;
  for (const h of of) if (inside.has(h)) n++;
  return n / of.size;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

export function matchArticle(print: ReleasePrint, article: { title: string; text: string }): PickupMatch {
  const body = hashSet(article.text);
  const kept = share(print.shingles, body);
  const quoteMatch = print.quote.size > 0 && share(print.quote, body) >= QUOTE_THRESHOLD;
  const titleMatch = jaccard(print.titleWords, new Set(words(article.title))) >= TITLE_THRESHOLD;
  return { kept, titleMatch, quoteMatch, pickedUp: kept >= KEPT_THRESHOLD || quoteMatch || titleMatch };
}

/** The host an article was published on, without "www.", for grouping by outlet. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A phrase the full-text index can look up: the words of a text, at most `n` of them. */
export function phraseOf(text: string, n = 8): string {
  return normalizeForHash(text).split(' ').filter(Boolean).slice(0, n).join(' ');
}
