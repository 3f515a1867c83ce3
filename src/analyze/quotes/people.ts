// The people an article names, in order, so "ujarnya", "kata dia", "kata Presiden" and a surname
// alone can be resolved to the person meant; built from recognised entities when given.
import type { Entity } from '../types.ts';
import { PRONOUNS } from './cues.ts';
import { isTitleWord, nameStart } from './roles.ts';

export interface Mention {
  name: string;
  start: number;
  end: number;
  role: string | null;
  canonical: string;
  /** From the entity recogniser: good for linking, not for resolving pronouns. */
  linkOnly?: boolean;
  recognised?: boolean;
}

const RUN = /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|bin|binti|van|de))*/gu;

/** The run's first word: runs hold no whitespace but spaces and tabs. */
function firstWord(run: string): string {
  for (let k = 0; k < run.length; k++) {
    const code = run.charCodeAt(k);
    if (code === 32 || code === 9) return run.slice(0, k);
  }
  return run;
}

/** Persons introduced with a title ("Wali Kota Sukamaju Arief Wicaksono"), when no entities are given. */
function titledPersons(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    // Most runs are names or sentence openers; look at the first word before splitting the run.
    if (!isTitleWord(firstWord(m[0]))) continue;
    const words = m[0].split(/\s+/);
    const split = nameStart(words);
    if (split === 0 || split >= words.length) continue;
    const roleText = words.slice(0, split).join(' ');
    const offset = m[0].indexOf(words[split] ?? '', roleText.length);
    const start = m.index + offset;
    const name = m[0].slice(offset);
    out.push({ name, start, end: start + name.length, role: roleText, canonical: name });
  }
  return out;
}

/**
 * "Seorang warga, Siti Aminah, mengaku …": a person introduced between commas after a description
 * in lower case is someone the article now follows, like one introduced with a title, so a
 * following "ujarnya" is theirs.
 */
function introducedByDescription(text: string, start: number, end: number): boolean {
  return (
    /\p{Ll}{2,},\s*$/u.test(text.slice(Math.max(0, start - 40), start)) &&
    /^\s*,/.test(text.slice(end, end + 3))
  );
}

const APPOSITION = /\p{Ll}{2,},[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}),/gu;

/** Persons introduced between commas after a description, when no entities are given. */
function describedPersons(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, start, end: start + name.length, role: null, canonical: name });
  }
  return out;
}

/** Where the sentence holding an offset starts: after the last full stop, ! or ? and a space, or a line break. */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 400);
  let start = from;
  for (const m of text.slice(from, pos).matchAll(/[.!?]["”’)]*\s+|\n/gu))
    start = from + m.index + m[0].length;
  return start;
}

/**
 * "Di pengungsian, Siti Rohmah menggendong anaknya. “…,” ujarnya.": a person the workspace's
 * analysts named as a speaker before, who is the first person in their sentence, is someone the
 * article now follows, like one introduced with a title. After someone else in the sentence — a
 * name, a title or a pronoun: "Wali Kota menemui Siti Rohmah", "Ia menemui Siti Rohmah" — they are
 * not: the sentence is about the other.
 */
function followedSpeaker(
  text: string,
  e: Entity,
  persons: readonly { start: number }[],
  known: ReadonlySet<string>,
): boolean {
  if (!known.has(e.canonical)) return false;
  const from = sentenceStart(text, e.start);
  if (persons.some((p) => p.start >= from && p.start < e.start)) return false;
  const before = text.slice(from, e.start).match(/[\p{L}-]+/gu) ?? [];
  return !before.some((w) => isTitleWord(w) || PRONOUNS.has(w.toLowerCase()));
}

export class People {
  private readonly mentions: Mention[];

  constructor(text: string, entities?: Entity[], knownSpeakers: readonly string[] = []) {
    // Recognised persons are used for linking only: measured on news, pointing "ujarnya" at the last
    // recognised name was less accurate than at the last speaker or titled person read here.
    const persons = (entities ?? []).filter((e) => e.type === 'PER');
    const titled = titledPersons(text);
    const known = new Set(knownSpeakers);
    const named = known.size > 0 ? [...persons, ...titled] : [];
    this.mentions = [
      ...titled,
      ...(entities ? [] : describedPersons(text)),
      ...persons.map((e) => ({
        name: e.text,
        start: e.start,
        end: e.end,
        role: e.role ?? null,
        canonical: e.canonical,
        linkOnly:
          !introducedByDescription(text, e.start, e.end) &&
          !(known.size > 0 && followedSpeaker(text, e, named, known)),
        recognised: true,
      })),
    ];
    this.mentions.sort((a, b) => a.start - b.start);
  }

  add(mention: Mention): void {
    if (this.mentions.some((m) => m.start === mention.start && !m.linkOnly)) return;
    this.mentions.push(mention);
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity mention covering an offset, if the recogniser found one there. */
  at(start: number, end: number): Mention | null {
    return this.mentions.find((m) => m.recognised && m.start < end && m.end > start) ?? null;
  }

  /** The last person named before an offset. */
  lastBefore(pos: number): Mention | null {
    let found: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (!m.linkOnly) found = m;
    }
    return found;
  }

  /** The full name an earlier mention gives for a partial name or a bare title ("Arief", "Presiden"). */
  resolve(partial: string, pos: number): Mention | null {
    const needle = partial.toLowerCase();
    let found: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (m.linkOnly) continue;
      const words = m.canonical.toLowerCase().split(/\s+/);
      const role = (m.role ?? '').toLowerCase();
      if (
        words.includes(needle) ||
        m.canonical.toLowerCase() === needle ||
        ` ${role} `.includes(` ${needle} `)
      )
        found = m;
    }
    return found;
  }
}
