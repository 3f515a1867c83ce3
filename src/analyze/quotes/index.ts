// Quotes and who said them: direct quotations and reported speech in Indonesian news, each with
// its speaker, role and (given recognised entities) the speaker's canonical entity.
import type { Entity, Quote } from '../types.ts';
import type { Context } from './attribution.ts';
import { directQuotes } from './direct.ts';
import { indirectQuotes } from './indirect.ts';
import type { KnownSpeakers } from './known-speakers.ts';
import { findQuotedPassages } from './marks.ts';
import { noteNamedSpeakers } from './named-speakers.ts';
import { People } from './people.ts';
import { sentenceBounds } from './sentences.ts';

export interface FindQuotesOptions {
  /** Entities from the recogniser: speakers are linked to their canonical names. */
  entities?: Entity[];
  /** Reported speech without quote marks; on by default. */
  indirect?: boolean;
  /** Who the workspace learnt speaks, and who holds which title, from analysts' corrections. */
  known?: KnownSpeakers;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const passages = findQuotedPassages(text);
  const people = new People(text, options.entities, options.known?.people);
  noteNamedSpeakers(text, people);
  const ctx: Context = { people, last: null, lastAt: 0, known: options.known };
  const direct = directQuotes(text, passages, ctx);
  if (options.indirect === false) return direct;
  // Reported speech is read in a second pass, so pronouns there resolve against the whole article's
  // speakers up to that point; quoted sentences are left to the direct pass.
  const ctx2: Context = { people: ctx.people, last: null, lastAt: 0, known: options.known };
  const overlaps = (s: { start: number; end: number }) =>
    passages.some((p) => p.open < s.end && p.close >= s.start);
  const indirect = indirectQuotes(text, sentenceBounds(text), overlaps, ctx2);
  return [...direct, ...indirect].sort((a, b) => a.start - b.start);
}
