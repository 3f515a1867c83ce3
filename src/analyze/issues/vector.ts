// Turns an article into weighted terms (key phrases, their words, entities) and compares term sets.
import { cachedStem } from '../../text/stem-cache.ts';
import type { IssueInput, IssueTerm } from './types.ts';

/** Terms kept per article; the rest add little and cost space in every issue. */
const TERMS_PER_ARTICLE = 24;
/** Place names are shared by unrelated events in the same area, so they weigh little. */
const ENTITY_WEIGHT: Record<string, number> = { PER: 1, ORG: 0.8, LOC: 0.2 };
const PLACE_HEADS = new Set([
  'kecamatan',
  'kelurahan',
  'desa',
  'kota',
  'kabupaten',
  'provinsi',
  'jalan',
  'jl',
  'kampung',
  'dusun',
]);

export function termKey(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(cachedStem)
    .join(' ');
}

function put(terms: Map<string, IssueTerm>, key: string, term: IssueTerm): void {
  const known = terms.get(key);
  if (!known || known.weight < term.weight) terms.set(key, term);
}

export function articleTerms(article: IssueInput): Record<string, IssueTerm> {
  const terms = new Map<string, IssueTerm>();
  const placeWords = new Set<string>();
  const entityKind = new Map<string, string>();
  for (const e of article.entities) {
    const key = termKey(e.canonical);
    if (!key) continue;
    entityKind.set(key, e.type);
    if (e.type === 'LOC') for (const w of key.split(' ')) placeWords.add(w);
  }
  article.keyphrases.forEach((phrase, i) => {
    const key = termKey(phrase);
    if (!key) return;
    const rank = 1 / (1 + 0.2 * i);
    const words = key.split(' ');
    const place = PLACE_HEADS.has(words[0]) || entityKind.get(key) === 'LOC';
    put(terms, key, { weight: place ? rank * 0.2 : rank, text: phrase, kind: place ? 'LOC' : 'phrase' });
    // Words let "dana hibah" meet "korupsi dana hibah"; words of place names barely count.
    if (words.length > 1) {
      for (const w of words) {
        const weight = rank * (placeWords.has(w) || PLACE_HEADS.has(w) || place ? 0.08 : 0.4);
        put(terms, `w:${w}`, { weight, text: w, kind: 'word' });
      }
    }
  });
  // A person or body is named in full in one story and in part in the next ("Hendra", "KONI"):
  // their words meet even when the whole names differ.
  for (const e of article.entities) {
    if (e.type !== 'PER' && e.type !== 'ORG') continue;
    for (const w of termKey(e.canonical).split(' ')) {
      if (!w || placeWords.has(w) || PLACE_HEADS.has(w)) continue;
      put(terms, `w:${w}`, { weight: 0.3, text: w, kind: 'word' });
    }
  }
  for (const e of article.entities) {
    const key = termKey(e.canonical);
    if (!key) continue;
    const weight = ENTITY_WEIGHT[e.type] ?? 0.5;
    const known = terms.get(key);
    // An entity that is also a key phrase is the same thing: its type decides how much it counts.
    terms.set(key, {
      weight:
        e.type === 'LOC' ? Math.min(known?.weight ?? weight, weight) : Math.max(known?.weight ?? 0, weight),
      text: e.canonical,
      kind: e.type,
    });
  }
  const ranked = [...terms].sort((a, b) => b[1].weight - a[1].weight);
  // Where it happened tells two fires (or two floods) apart, so those places are always kept.
  const places = ranked.slice(TERMS_PER_ARTICLE).filter(([, t]) => isEventPlace(t));
  return Object.fromEntries([...ranked.slice(0, TERMS_PER_ARTICLE), ...places.slice(0, 4)]);
}

/** A street, village or market: narrow enough that two stories naming different ones are two events. */
const EVENT_PLACE = /^(?:kelurahan|desa|jalan|jl\.?|kampung|dusun|pasar|perumahan|gang|gg\.?)\s/i;

export function isEventPlace(t: IssueTerm): boolean {
  return t.kind === 'LOC' && EVENT_PLACE.test(t.text);
}

const placesOf = new WeakMap<Record<string, IssueTerm>, Set<string>>();

/** Keys of the event places among the terms (remembered: an issue's terms never change in place). */
export function eventPlaces(terms: Record<string, IssueTerm>): Set<string> {
  let out = placesOf.get(terms);
  if (!out) {
    out = new Set<string>();
    for (const [key, t] of Object.entries(terms)) if (isEventPlace(t)) out.add(key);
    placesOf.set(terms, out);
  }
  return out;
}

/** How much a term tells issues apart (1 when every term counts the same). */
export type TermRarity = (key: string) => number;

const EVEN: TermRarity = () => 1;

/**
 * Rarity from the share of open issues that carry each term: the city's name, its mayor and
 * "warga" are in most of them and decide little (down to a fifth), a term few issues carry counts
 * fully. Below MIN_ISSUES issues the shares are not trusted, so terms weigh (nearly) the same.
 */
export function rarityFrom(documentFrequency: (key: string) => number, issues: number): TermRarity {
  const base = Math.max(issues, MIN_ISSUES);
  return (key) => 1 / (1 + (4 * documentFrequency(key)) / base);
}

const MIN_ISSUES = 20;

/** Rarity computed over a list of issues (the cache keeps the same counts incrementally). */
export function rarityOver(issues: { terms: Record<string, IssueTerm> }[]): TermRarity {
  const df = new Map<string, number>();
  for (const issue of issues) for (const key of Object.keys(issue.terms)) df.set(key, (df.get(key) ?? 0) + 1);
  return rarityFrom((key) => df.get(key) ?? 0, issues.length);
}

function norm(terms: Record<string, IssueTerm>, rarity: TermRarity): number {
  let sum = 0;
  for (const [key, t] of Object.entries(terms)) {
    const w = t.weight * rarity(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** Cosine similarity of two term sets (weights scaled by rarity), with the shared terms that contributed most. */
export function compareTerms(
  a: Record<string, IssueTerm>,
  b: Record<string, IssueTerm>,
  rarity: TermRarity = EVEN,
): { similarity: number; shared: IssueTerm[] } {
  const denominator = norm(a, rarity) * norm(b, rarity);
  if (denominator === 0) return { similarity: 0, shared: [] };
  let dot = 0;
  const contributions: { term: IssueTerm; value: number }[] = [];
  for (const [key, t] of Object.entries(a)) {
    const other = b[key];
    if (!other) continue;
    const r = rarity(key);
    const value = t.weight * other.weight * r * r;
    dot += value;
    contributions.push({ term: other, value });
  }
  contributions.sort((x, y) => y.value - x.value);
  return { similarity: dot / denominator, shared: contributions.map((c) => c.term) };
}
