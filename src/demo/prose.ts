// The craft of one story: filling sentence templates, and naming people the way Indonesian reporters
// do — office and full name at first mention, the short name after, quotes closed with ", kata Arief."
import type { Person, Resident } from './city.ts';
import type { Random } from './random.ts';

/** Replaces every {slot}; a slot the template names but the story lacks is a writing error. */
export function fill(template: string, slots: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`demo prose: no slot {${key}} in "${template}"`);
    return String(value);
  });
}

/** Upper-cases the first letter, for sentences that begin with a slot. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words Indonesian headlines keep in lower case. */
const SMALL_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'untuk',
  'per',
  'dalam',
  'pada',
  'atau',
  'dengan',
  'oleh',
  'bagi',
]);

/** "Harga cabai rawit naik di pasar" → "Harga Cabai Rawit Naik di Pasar", as headlines are set. */
export function headlineCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

const SAY_FIRST = ['kata', 'ujar', 'tutur', 'ucap', 'jelas'];
const SAY_ON = ['tuturnya', 'ucapnya', 'imbuhnya', 'tambahnya', 'tegasnya', 'katanya'];
const COMPLAIN = ['keluh', 'kata', 'ujar', 'tutur'];

/**
 * Who has spoken in one story: the first quote of a person names their office and full name, later
 * ones their short name, as every newsroom's style book asks.
 */
export class Cast {
  readonly #named = new Set<string>();
  #last: string | null = null;

  constructor(
    private readonly rng: Random,
    private readonly where: string,
  ) {}

  /** "Wali Kota Sukamaju Arief Wicaksono" the first time, "Arief" after. */
  name(p: Person): string {
    if (this.#named.has(p.full)) return p.short;
    this.#named.add(p.full);
    return `${p.office} ${p.full}`;
  }

  named(p: Person): boolean {
    return this.#named.has(p.full);
  }

  /** A direct quote in one of the shapes reporters use. */
  quote(p: Person, line: string): string {
    const rng = this.rng;
    // "…," tambahnya only follows the same speaker's words, or it would hand them to someone else.
    const continuing = this.#last === p.full;
    this.#last = p.full;
    if (!this.named(p)) {
      const who = this.name(p);
      return rng.pick([
        `"${line}," ${rng.pick(SAY_FIRST)} ${who} ${this.where}.`,
        `"${line}," ${rng.pick(SAY_FIRST)} ${who}.`,
        `${who} mengatakan, "${line}."`,
      ]);
    }
    if (continuing) {
      return rng.pick([
        `"${line}," ${rng.pick(SAY_ON)}.`,
        `${p.short} menambahkan, "${line}."`,
        `"${line}," kata ${p.short}.`,
      ]);
    }
    return rng.pick([
      `"${line}," ${rng.pick(SAY_FIRST)} ${p.short}.`,
      `"${line}," kata ${p.short}.`,
      `${p.short} juga mengatakan, "${line}."`,
    ]);
  }

  /** Reported speech: "Menurut Arief, …" or "Arief mengatakan, …". */
  report(p: Person, clause: string): string {
    this.#last = p.full;
    const who = this.name(p);
    return this.rng.pick([
      `Menurut ${who}, ${clause}.`,
      `${who} mengatakan, ${clause}.`,
      `${who} menjelaskan bahwa ${clause}.`,
      `${who} menyebutkan, ${clause}.`,
    ]);
  }

  /** A resident's words: `"…," keluh Siti Aminah (47), warga RT 03/RW 05.` ("keluh" only for a complaint). */
  resident(r: Resident, line: string, age: number, complaint: boolean): string {
    this.#last = r.name;
    const verb = this.rng.pick(complaint ? COMPLAIN : SAY_FIRST.slice(0, 4));
    return `"${line}," ${verb} ${r.name} (${age}), ${r.role}.`;
  }
}

/** Joins sentences into a paragraph, leaving out the ones a story chose to skip. */
export function paragraph(...sentences: (string | null | undefined | false)[]): string {
  return sentences.filter((s): s is string => typeof s === 'string' && s.length > 0).join(' ');
}

/** "1.250" — Indonesian digit grouping. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Rp 4,7 miliar" style amounts from a number of rupiah. */
export function rupiah(n: number): string {
  if (n >= 1e12) return `Rp ${decimal(n / 1e12)} triliun`;
  if (n >= 1e9) return `Rp ${decimal(n / 1e9)} miliar`;
  if (n >= 1e6) return `Rp ${decimal(n / 1e6)} juta`;
  return `Rp ${thousands(n)}`;
}

/** One decimal with a comma, dropped when it is zero: 4,7 and 12. */
export function decimal(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : String(r).replace('.', ',');
}
