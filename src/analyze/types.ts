// What analysing an article produces: the shapes shared by tone, entities, quotes, subject
// queries, key phrases and summaries. Offsets are JavaScript string indices into the text analysed.

export type ToneLabel = 'positive' | 'negative' | 'neutral';

/** One piece of evidence behind a tone: the words, where they are, the rule and its weight. */
export interface ToneReason {
  text: string;
  start: number;
  end: number;
  /** e.g. 'lexicon', 'negation', 'contrast', 'intensifier', 'headline', 'reported-speech'. */
  rule: string;
  weight: number;
}

export interface Tone {
  label: ToneLabel;
  /** -1 (very negative) … 1 (very positive). */
  score: number;
  reasons: ToneReason[];
}

export type EntityType = 'PER' | 'ORG' | 'LOC';

export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** The entity this mention refers to, e.g. "Arief Wicaksono" for "Pak Wali" or "Arief". */
  canonical: string;
  /** Title or role when the text gives one, e.g. "Wali Kota Sukamaju". */
  role?: string | null;
}

export interface Quote {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  /** Canonical entity of the speaker, and the speaker's role when known. */
  speakerCanonical?: string | null;
  role?: string | null;
}

export interface Span {
  start: number;
  end: number;
}
