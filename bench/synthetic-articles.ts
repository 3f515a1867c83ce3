// 500-word Indonesian news articles for speed and memory benchmarks, built from our own Sukamaju
// fixtures (no external data): one fixture's paragraphs, then paragraphs of the others, rotated.
import { ALL_FIXTURES } from '../src/analyze/keyphrases/news-fixtures.ts';

const WORDS_PER_ARTICLE = 500;

export function syntheticArticle(seed: number): { title: string; text: string } {
  const base = ALL_FIXTURES[seed % ALL_FIXTURES.length];
  const paragraphs = [base.text];
  let words = base.text.split(/\s+/).length;
  for (let i = 1; words < WORDS_PER_ARTICLE; i++) {
    const other = ALL_FIXTURES[(seed + i) % ALL_FIXTURES.length].text.split('\n');
    const paragraph = other[(seed + i) % other.length];
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return { title: base.title, text: paragraphs.join('\n') };
}
