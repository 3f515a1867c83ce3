// Field rules shared by every format: author strings, fallback ids, categories and enclosures.
import { createHash } from 'node:crypto';
import type { FeedEnclosure } from './types.ts';

/**
 * "redaksi@antaranews.com (Ahmad Fauzi)" → "Ahmad Fauzi"; "Ahmad Fauzi (redaksi@antaranews.com)" →
 * "Ahmad Fauzi"; "Ahmad <a@b.id>" → "Ahmad"; else as given.
 */
export function authorName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const parenthesised = /^\S+@\S+\s*\(([^)]+)\)$/.exec(text);
  if (parenthesised) return parenthesised[1].trim();
  // The reverse order is as common, and the address alone in brackets is never the name to show.
  const emailInParens = /^(.+?)\s*\(\s*(?:mailto:)?[^\s()@]+@[^\s()]+\s*\)$/.exec(text);
  if (emailInParens) return emailInParens[1].replace(/^"|"$/g, '').trim();
  const angled = /^(.+?)\s*<\S+@\S+>$/.exec(text);
  if (angled) return angled[1].replace(/^"|"$/g, '').trim();
  return text;
}

/** Joins several author names without repeating one. */
export function joinAuthors(names: (string | null)[]): string | null {
  const unique = [...new Set(names.filter((n): n is string => !!n))];
  return unique.length ? unique.join(', ') : null;
}

/** A stable id for an entry that has neither guid nor link: the same story keeps the same id. */
export function fallbackEntryId(title: string | null, date: string | null): string | null {
  if (!title && !date) return null;
  return createHash('sha256')
    .update(`${title ?? ''}\n${date ?? ''}`)
    .digest('hex')
    .slice(0, 40);
}

export function uniqueCategories(values: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

export function parseLength(raw: string | number | null | undefined): number | null {
  if (raw == null) return null;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** Collects enclosures in order, keeping the first (richest) description of each URL. */
export class EnclosureList {
  readonly items: FeedEnclosure[] = [];
  private readonly seen = new Set<string>();

  add(url: string | null | undefined, type: string | null | undefined, length: number | null): void {
    const clean = url?.trim();
    if (!clean || this.seen.has(clean)) return;
    this.seen.add(clean);
    this.items.push({ url: clean, type: type?.trim() || null, length });
  }
}

export function nonEmpty(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A language tag in BCP 47 form: "en_US" (a POSIX locale, common in CMS output) → "en-US". Empty → null. */
export function languageTag(raw: string | null | undefined): string | null {
  const text = nonEmpty(raw);
  return text ? text.replace(/_/g, '-') : null;
}
