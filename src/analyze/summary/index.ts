// Extractive summary of one news article: sentences scored by how central their words are, how much
// they share with the headline and how early they come (news leads), kept in their original order.
import { splitSentences } from '../../text/sentences.ts';
import { cachedStem } from '../../text/stem-cache.ts';
import { STOPWORDS } from '../../text/stopwords.ts';
import { hasNumber } from '../../text/word-shape.ts';
import { type WordToken, wordTokens } from '../../text/words.ts';
import { type ArticleSentence, type ArticleText, bodyWords } from '../article-text.ts';
import { NEWS_WORDS } from '../keyphrases/news-words.ts';
import { quotedRanges } from '../tone/tone-tokens.ts';
import { datelineLength, isFurniture } from './furniture.ts';

export interface SummaryOptions {
  /** How many sentences; 3 unless told. */
  sentences?: number;
}

interface Sentence {
  text: string;
  position: number;
  stems: Set<string>;
  words: number;
  quoted: boolean;
}

const OPENING_QUOTE = /^["“”'‘]/u;

function contentStems(text: string, words?: readonly WordToken[]): { stems: Set<string>; words: number } {
  const stems = new Set<string>();
  const tokens = words ?? wordTokens(text);
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || hasNumber(lower) || STOPWORDS.has(lower) || NEWS_WORDS.has(lower)) continue;
    stems.add(cachedStem(lower));
  }
  return { stems, words: tokens.length };
}

/** Whether `at` falls inside one of the quotations (between its marks). */
function insideQuote(quotes: Array<[number, number]>, at: number): boolean {
  return quotes.some(([open, close]) => open < at && at < close);
}

/**
 * The article's sentences as summary units: a quotation of several sentences stays one unit with its
 * attribution, so a summary never starts inside someone's words and hands them to the reporter.
 */
function readSentences(text: string, article?: ArticleText): Sentence[] {
  const out: Sentence[] = [];
  const shared = article && article.text === text ? article.sentences : null;
  const quotes = quotedRanges(text);
  const units: Array<{ start: number; end: number; dateline: number; words: WordToken[] | null }> = [];
  for (const span of shared ?? splitSentences(text)) {
    const known = shared ? (span as ArticleSentence) : null;
    if (known ? known.furniture : isFurniture(span.text)) continue;
    const previous = units[units.length - 1];
    if (previous && insideQuote(quotes, span.start) && previous.end <= span.start) {
      previous.end = span.end;
      previous.words = previous.words && known ? [...previous.words, ...known.words] : null;
      continue;
    }
    const dateline = known ? known.dateline : datelineLength(span.text);
    units.push({ start: span.start, end: span.end, dateline, words: known ? [...bodyWords(known)] : null });
  }
  for (const unit of units) {
    const clean = text.slice(unit.start + unit.dateline, unit.end).trim();
    const { stems, words } = contentStems(clean, unit.words ?? undefined);
    // Fragments (bylines, "Sukamaju, 3 Maret 2025") say nothing on their own.
    if (words < 5) continue;
    out.push({ text: clean, position: out.length, stems, words, quoted: OPENING_QUOTE.test(clean) });
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const either = a.size + b.size - both;
  return either ? both / either : 0;
}

/** `article` is readArticleText(input.text), when the caller already read it. */
export function summarize(
  input: { title?: string; text: string },
  options: SummaryOptions = {},
  article?: ArticleText,
): string {
  const wanted = options.sentences ?? 3;
  const sentences = readSentences(input.text, article);
  if (wanted <= 0 || sentences.length === 0) return '';
  // The article's centroid: in how many sentences each word occurs.
  const spread = new Map<string, number>();
  for (const s of sentences) for (const x of s.stems) spread.set(x, (spread.get(x) ?? 0) + 1);
  const headline = input.title ? contentStems(input.title).stems : new Set<string>();
  const scored = sentences.map((s) => {
    let centrality = 0;
    for (const x of s.stems) centrality += (spread.get(x) ?? 1) - 1;
    centrality /= Math.sqrt(Math.max(s.stems.size, 4));
    let inHeadline = 0;
    for (const x of headline) if (s.stems.has(x)) inHeadline++;
    const headlineShare = headline.size ? inHeadline / headline.size : 0;
    const lead = 1 / (1 + s.position * 0.6);
    let score = centrality * 0.5 + headlineShare * 2 + lead * 1.5;
    // Long quotes and run-on sentences read badly out of context.
    if (s.quoted) score *= 0.75;
    if (s.words > 45) score *= 0.8;
    return { s, score };
  });
  scored.sort((a, b) => b.score - a.score || a.s.position - b.s.position);
  const picked: Sentence[] = [];
  for (const { s } of scored) {
    if (picked.length >= wanted) break;
    if (picked.some((p) => jaccard(p.stems, s.stems) > 0.6)) continue;
    picked.push(s);
  }
  picked.sort((a, b) => a.position - b.position);
  return picked.map((s) => s.text).join(' ');
}
