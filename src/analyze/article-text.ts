// One article's body split into sentences and words once, shared by the analysers (tone, key
// phrases, summary) that would otherwise each split and tokenise the same text again.
import { splitSentences } from '../text/sentences.ts';
import { type WordToken, wordTokens } from '../text/words.ts';
import { datelineLength, isFurniture } from './summary/furniture.ts';

export interface ArticleSentence {
  text: string;
  start: number;
  end: number;
  /** The sentence's words, offsets into the whole text. */
  words: WordToken[];
  /** A caption, credit or "Baca juga" line rather than prose. */
  furniture: boolean;
  /** Length of the dateline the sentence opens with (0 when none, and for furniture). */
  dateline: number;
}

export interface ArticleText {
  text: string;
  sentences: ArticleSentence[];
}

export function readArticleText(text: string): ArticleText {
  const sentences = splitSentences(text).map((s): ArticleSentence => {
    const words = wordTokens(s.text);
    for (const w of words) {
      w.start += s.start;
      w.end += s.start;
    }
    const furniture = isFurniture(s.text);
    return { ...s, words, furniture, dateline: furniture ? 0 : datelineLength(s.text) };
  });
  return { text, sentences };
}

/** The sentence's words after its dateline, offsets into the whole text; shared, so read only. */
export function bodyWords(sentence: ArticleSentence): readonly WordToken[] {
  if (sentence.dateline === 0) return sentence.words;
  const from = sentence.start + sentence.dateline;
  const first = sentence.words.findIndex((w) => w.start >= from);
  return first < 0 ? [] : sentence.words.slice(first);
}

/**
 * The text with its furniture (captions, "Baca juga", credits, "Artikel ini telah tayang di …")
 * and datelines blanked out, offsets unchanged: what the article says, for the analyses that must
 * not read the outlet's boilerplate as content (entities found in "SUKAMAJU, SUKAMAJUPOS.COM –"
 * used to join every article of an outlet into one issue).
 */
export function contentOnly(article: ArticleText): string {
  let out = '';
  let at = 0;
  for (const s of article.sentences) {
    const blank = s.furniture ? s.end : s.start + s.dateline;
    if (blank <= s.start) continue;
    out += article.text.slice(at, s.start) + article.text.slice(s.start, blank).replace(/[^\n]/g, ' ');
    at = blank;
  }
  return out + article.text.slice(at);
}
