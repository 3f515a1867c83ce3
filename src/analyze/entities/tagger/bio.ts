// Sentences of the CoNLL-style BIO files entity data sets come in (one word per line, the tag in
// the last column, a blank line between sentences), with their entities as character spans of the
// sentence's words joined by single spaces.
import type { EntityType } from '../../types.ts';

/** The data sets' names for our three types; tags for other types (events, products) are O. */
export const BIO_TYPES: Record<string, EntityType> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  PERSON: 'PER',
  PLACE: 'LOC',
  ORGANISATION: 'ORG',
};

export interface BioSentence {
  words: string[];
  /** words.join(' ') */
  text: string;
  /** Entities as [first word, last word] with their type. */
  entities: { first: number; last: number; type: EntityType }[];
}

export function parseBio(content: string): BioSentence[] {
  const sentences: BioSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length === 0) return;
    const entities: BioSentence['entities'] = [];
    let open: { first: number; type: string } | null = null;
    const close = (last: number) => {
      const type = open ? BIO_TYPES[open.type] : undefined;
      if (open && type) entities.push({ first: open.first, last, type });
      open = null;
    };
    tags.forEach((tag, i) => {
      const [bio, type = ''] = tag.split('-', 2) as [string, string?];
      if (bio === 'B' || (bio === 'I' && open?.type !== type)) {
        close(i - 1);
        open = { first: i, type };
      } else if (bio !== 'I') close(i - 1);
    });
    close(words.length - 1);
    sentences.push({ words, text: words.join(' '), entities });
    words = [];
    tags = [];
  };
  for (const line of content.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (line.trim() === '') flush();
    else {
      words.push(cols[0] as string);
      tags.push(cols[cols.length - 1] as string);
    }
  }
  flush();
  return sentences;
}

/** Character span [start, end) of words first..last in the sentence's text. */
export function wordSpan(sentence: BioSentence, first: number, last: number): [number, number] {
  let pos = 0;
  let start = 0;
  for (let i = 0; i <= last; i++) {
    if (i === first) start = pos;
    if (i === last) return [start, pos + (sentence.words[i] as string).length];
    pos += (sentence.words[i] as string).length + 1;
  }
  return [start, start];
}
