// Resolves what each mention refers to within one article: short names to the full name seen in the
// article, bare roles ("Pak Wali", "Bupati") to the last person holding that role, aliases first.
import type { Entity, EntityType } from '../types.ts';
import type { BareRole, Mention } from './classify.ts';
import { HONORIFICS, ROLE_WORDS } from './lexicon-people.ts';
import type { NameToken } from './tokens.ts';

export interface EntityAlias {
  canonical: string;
  type: EntityType;
  aliases: string[];
  role?: string | null;
}

/** Offices a regional newsroom refers to bare ("Bupati meninjau…"); other bare roles stay unresolved. */
const LOCAL_OFFICES = new Set([
  'wali kota',
  'wakil wali kota',
  'bupati',
  'wakil bupati',
  'gubernur',
  'wakil gubernur',
  'sekda',
  'camat',
  'lurah',
  'kades',
  'kapolres',
  'kapolresta',
  'kapolda',
  'dandim',
  'danrem',
  'kajari',
  'ketua dprd',
]);

const ROLE_SHORT: Record<string, string> = {
  walikota: 'wali kota',
  wali: 'wali kota',
  wawalkot: 'wakil wali kota',
  wabup: 'wakil bupati',
  wagub: 'wakil gubernur',
  wapres: 'wakil presiden',
  sekdakab: 'sekda',
  sekdakot: 'sekda',
  sekdaprov: 'sekda',
  ketum: 'ketua umum',
};

/** The office a role phrase names, without the place or body: "Wali Kota Sukamaju" → "wali kota". */
export function roleKey(tokens: readonly NameToken[], start: number, end: number): string | null {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i] as NameToken;
    if (t.lower === 'kota' && tokens[i - 1]?.lower === 'wali') continue;
    if (HONORIFICS.has(t.lower) && !ROLE_WORDS.has(t.lower)) continue;
    if (!ROLE_WORDS.has(t.lower)) break;
    words.push((Object.hasOwn(ROLE_SHORT, t.lower) ? ROLE_SHORT[t.lower] : undefined) ?? t.lower);
  }
  return words.length > 0 ? words.join(' ') : null;
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w.length > 1);
}

interface Person {
  canonical: string;
  words: string[];
}

function findPerson(people: readonly Person[], words: readonly string[]): Person | undefined {
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k] as Person;
    if (words.length < p.words.length && words.every((w) => p.words.includes(w))) return p;
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mentions of the workspace's aliases; they win over anything found by the rules. */
export function aliasEntities(text: string, aliases: readonly EntityAlias[]): Entity[] {
  const out: Entity[] = [];
  for (const alias of aliases) {
    for (const form of new Set([alias.canonical, ...alias.aliases])) {
      if (form.trim() === '') continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        out.push({
          type: alias.type,
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
          canonical: alias.canonical,
          role: alias.role ?? null,
        });
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of out) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept;
}

/** Turns token mentions into entities with canonical names and roles. */
export function resolveEntities(
  text: string,
  tokens: readonly NameToken[],
  mentions: readonly Mention[],
  bare: readonly BareRole[],
  aliased: readonly Entity[],
): Entity[] {
  const span = (s: number, e: number) => ({
    start: (tokens[s] as NameToken).start,
    end: (tokens[e - 1] as NameToken).end,
  });
  const overlapsAlias = (start: number, end: number) => aliased.some((a) => a.start < end && start < a.end);
  const fullNames: Person[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER' || m.end - m.start < 2) continue;
    const { start, end } = span(m.start, m.end);
    const name = text.slice(start, end);
    fullNames.push({ canonical: name, words: nameWords(name) });
  }
  for (const a of aliased)
    if (a.type === 'PER') fullNames.push({ canonical: a.canonical, words: nameWords(a.canonical) });

  type Item = { kind: 'mention'; m: Mention; start: number } | { kind: 'bare'; b: BareRole; start: number };
  const items: Item[] = [
    ...mentions.map((m): Item => ({ kind: 'mention', m, start: m.start })),
    ...bare.map((b): Item => ({ kind: 'bare', b, start: b.start })),
  ].sort((x, y) => x.start - y.start);
  const lastByRole = new Map<string, { canonical: string; role: string }>();
  for (const a of aliased) {
    if (a.type !== 'PER' || !a.role) continue;
    const key = a.role.toLowerCase().replace(/\s+\S*$/, '');
    lastByRole.set(a.role.toLowerCase(), { canonical: a.canonical, role: a.role });
    lastByRole.set(key, { canonical: a.canonical, role: a.role });
  }
  const seen: Person[] = [];
  const out: Entity[] = [...aliased];
  for (const item of items) {
    if (item.kind === 'bare') {
      const key = roleKey(tokens, item.b.start, item.b.end);
      const holder = key ? lastByRole.get(key) : undefined;
      const { start, end } = span(item.b.start, item.b.end);
      if (holder && (item.b.honorific || (key && LOCAL_OFFICES.has(key))) && !overlapsAlias(start, end)) {
        out.push({
          type: 'PER',
          text: text.slice(start, end),
          start,
          end,
          canonical: holder.canonical,
          role: holder.role,
        });
      }
      continue;
    }
    const { m } = item;
    const { start, end } = span(m.start, m.end);
    if (overlapsAlias(start, end)) continue;
    const surface = text.slice(start, end);
    let canonical = m.canonical ?? surface;
    let role: string | null = null;
    if (m.type === 'PER') {
      const words = nameWords(surface);
      const person = findPerson(seen, words) ?? findPerson(fullNames, words);
      if (person) canonical = person.canonical;
      else seen.push({ canonical, words });
      if (person && !seen.includes(person)) seen.push(person);
      if (m.role) {
        const r = span(m.role.start, m.role.end);
        role = text.slice(r.start, r.end);
        const key = roleKey(tokens, m.role.start, m.role.end);
        if (key) lastByRole.set(key, { canonical, role });
      }
    }
    out.push({ type: m.type, text: surface, start, end, canonical, role });
  }
  return out.sort((a, b) => a.start - b.start);
}
