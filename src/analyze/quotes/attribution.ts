// Turns a speaker phrase into the quote's speaker fields: pronouns and bare titles point back to
// the last speaker or person named, names are linked to the person's canonical entity.
import type { Quote } from '../types.ts';
import { type KnownSpeakers, learntHolder } from './known-speakers.ts';
import type { People } from './people.ts';
import { isRoleWord } from './roles.ts';
import type { SpeakerPhrase } from './speaker.ts';

export type Speaker = Pick<Quote, 'speaker' | 'speakerCanonical' | 'role'>;

export interface Context {
  people: People;
  /** The last quote's speaker, for pronouns and quotes that carry no cue of their own. */
  last: Speaker | null;
  lastAt: number;
  /** What the workspace learnt from analysts' speaker corrections. */
  known?: KnownSpeakers;
}

export function attribute(phrase: SpeakerPhrase | null, at: number, ctx: Context): Speaker | null {
  if (!phrase) return null;
  // "kata seorang warga": someone unnamed, not whoever was named before.
  if (phrase.described && !phrase.name)
    return { speaker: phrase.role, speakerCanonical: null, role: phrase.role };
  if (phrase.pronoun || !phrase.name) return previousSpeaker(at, ctx);
  const name = phrase.name;
  const entity = ctx.people.at(phrase.nameStart, phrase.nameEnd);
  if (!entity && phrase.described && phrase.role) {
    // "ujar warga Kampung Duri": the capitalised words are where the person is from, not a name the
    // recogniser knows as a person; the description as a whole is who spoke.
    const whole = `${phrase.role} ${name}`;
    return { speaker: whole, speakerCanonical: null, role: whole };
  }
  if (entity) {
    // Our reading of the phrase gives the name as written; the recogniser gives whom it refers to.
    ctx.people.add({
      name,
      start: phrase.nameStart,
      end: phrase.nameEnd,
      role: phrase.role ?? entity.role ?? null,
      canonical: entity.canonical,
    });
    return { speaker: name, speakerCanonical: entity.canonical, role: phrase.role ?? entity.role ?? null };
  }
  const titleOnly = name.split(/\s+/).every(isRoleWord);
  const known = ctx.people.resolve(name, phrase.nameStart);
  // "kata Kadis PU" with no one given that title in the article: the person the workspace's analysts
  // saw hold it. The article's own text comes first, since office holders change.
  const holder = known || phrase.role ? null : learntHolder(ctx.known, name);
  if (holder) return { speaker: holder.person, speakerCanonical: holder.person, role: name };
  if (titleOnly) {
    // "kata Presiden": the person is whoever the article introduced with that title.
    if (known) return { speaker: known.name, speakerCanonical: known.canonical, role: known.role ?? name };
    return { speaker: name, speakerCanonical: null, role: name };
  }
  ctx.people.add({
    name,
    start: phrase.nameStart,
    end: phrase.nameEnd,
    role: phrase.role,
    canonical: known?.canonical ?? name,
  });
  return {
    speaker: name,
    speakerCanonical: known?.canonical ?? name,
    role: phrase.role ?? known?.role ?? null,
  };
}

export function previousSpeaker(at: number, ctx: Context): Speaker | null {
  const person = ctx.people.lastBefore(at);
  // The last quoted speaker wins unless a person was named after that quote ("… meninjau lokasi").
  if (ctx.last && (!person || person.start < ctx.lastAt)) return ctx.last;
  if (person) return { speaker: person.name, speakerCanonical: person.canonical, role: person.role };
  return ctx.last;
}
