// What one analyst's "this quote's speaker is X" teaches about later articles, read from the
// article it was made in: X is a person the office's news quotes, a shorter form of X's name in the
// text is another way of writing X, and — only when the text shows it — X holds the title the
// analysis had given the quote to.
//
// The speaker the analysis wrongly picked is deliberately not learnt from: the mayor the words
// went to really does speak in other articles, and the mistake came from how this article's
// sentences run, not from who the mayor is. Nothing about that person is banned or demoted.
import type { TitleHolder } from './known-speakers.ts';
import { nameStart } from './roles.ts';

/** The speaker fields the analysis had given the quote when the analyst corrected it. */
export interface AnalysedSpeaker {
  speaker: string | null;
  role: string | null;
}

export interface SpeakerCorrection {
  start: number;
  end: number;
  speaker: string;
  was?: AnalysedSpeaker | null;
}

export interface SpeakerLesson {
  /** The person's name as the analyst wrote it, without a title in front; null if not a name. */
  person: string | null;
  /** Shorter forms of the name (two words or more) this article writes near the quote. */
  shortForms: string[];
  holder: TitleHolder | null;
}

/** How far around the quote the text is read: the speaker is introduced within a few sentences. */
const BEFORE = 800;
const AFTER = 300;
/** Words a title may have between it and the name: its jurisdiction ("Kadis PU Kota Sukamaju …"). */
const MAX_JURISDICTION_WORDS = 3;

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|bin|binti|van|de)$/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name's occurrences in a stretch of text, as whole words. */
function occurrences(text: string, from: number, to: number, name: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.slice(from, to).matchAll(re)].map((m) => from + m.index);
}

/** "Bambang Irawan" from "Kadis PU Bambang Irawan"; null for a title alone or a description. */
function personalName(typed: string): string | null {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  // "warga Cibeureum" or "koordinator aksi" describes someone; it names no one to recognise later.
  if (words.length === 0 || !words.every((w) => NAME_WORD.test(w))) return null;
  const split = nameStart(words);
  if (split >= words.length) return null;
  return words.slice(split).join(' ');
}

/** A title with no personal name in it ("Kadis PU", "Wali Kota Sukamaju"), or null. */
function titleOnly(phrase: string | null | undefined): string | null {
  const words = phrase?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return nameStart(words) >= words.length ? words.join(' ') : null;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]?.toLowerCase());
}

/**
 * "Kadis PU Sukamaju Bambang Irawan" or "Bambang Irawan, Kadis PU,": the title written right next
 * to the name, before it (its jurisdiction between them allowed) or after it behind a comma.
 */
function shownWithTitle(text: string, at: number, name: string, title: string): boolean {
  const titleWords = title.split(/\s+/);
  const head = text.slice(Math.max(0, at - 120), at).replace(/[\s,]+$/u, '');
  const before = head.split(/\s+/);
  let k = before.length;
  while (k > 0 && /^\p{Lu}/u.test(before[k - 1] ?? '') && !/[.!?:;”"]$/u.test(before[k - 1] ?? '')) k--;
  const run = before.slice(k);
  for (let s = 0; s + titleWords.length <= run.length; s++) {
    const rest = run.length - s - titleWords.length;
    if (rest <= MAX_JURISDICTION_WORDS && sameWords(run.slice(s, s + titleWords.length), titleWords))
      return true;
  }
  const after = /^\s*,\s*([^,.;:!?“”"]+)/u.exec(text.slice(at + name.length, at + name.length + 120));
  const next = after?.[1]?.trim().split(/\s+/) ?? [];
  return sameWords(next.slice(0, titleWords.length), titleWords);
}

/** Contiguous parts of a name of two words or more, longest first, without the name itself. */
function shorterForms(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (let len = words.length - 1; len >= 2; len--)
    for (let s = 0; s + len <= words.length; s++) out.push(words.slice(s, s + len).join(' '));
  return out;
}

export function speakerLesson(text: string, correction: SpeakerCorrection): SpeakerLesson {
  const person = personalName(correction.speaker);
  if (!person) return { person: null, shortForms: [], holder: null };
  const from = Math.max(0, correction.start - BEFORE);
  const to = Math.min(text.length, correction.end + AFTER);
  // One word alone ("Fajar") is not learnt as a form of the name: it would tag every Fajar and every
  // sentence opening with that word, and the recogniser already links a single name it finds as a
  // person to a known full name.
  const shortForms = shorterForms(person).filter((f) => occurrences(text, from, to, f).length > 0);
  // The title the analysis gave the quote to, if it was a title and not a person's name.
  const title = titleOnly(correction.was?.role) ?? titleOnly(correction.was?.speaker);
  let holder: TitleHolder | null = null;
  if (title) {
    // Learnt only when the text near the quote shows this person with this title: an analyst's
    // "it was Bambang, not the Kadis PU" must not teach that Bambang is the Kadis PU.
    const shown = [person, ...shortForms].some((form) =>
      occurrences(text, from, to, form).some((at) => shownWithTitle(text, at, form, title)),
    );
    if (shown) holder = { title, person };
  }
  return { person, shortForms, holder };
}
