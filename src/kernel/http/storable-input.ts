// A request guard every route shares: text no store can keep (a NUL, which PostgreSQL refuses, or
// a lone UTF-16 surrogate) is a field error, found before any use case reads it, instead of a
// database error deep in a query.
import { z } from 'zod';
import { unstorableCharacter } from '../../text/clean.ts';
import type { Language } from '../i18n/messages.ts';

const MESSAGES = {
  NUL: {
    id: 'Teks memuat karakter NUL (\\u0000) yang tidak dapat disimpan',
    en: 'Text contains a NUL character (\\u0000), which cannot be stored',
  },
  surrogate: {
    id: 'Teks memuat surrogate UTF-16 tunggal (karakter rusak)',
    en: 'Text contains a lone UTF-16 surrogate (a broken character)',
  },
} as const;

/** Deeper than any request body the API accepts; a deeper one is refused by its schema anyway. */
const MAX_DEPTH = 32;

interface Found {
  path: PropertyKey[];
  kind: 'NUL' | 'surrogate';
}

function find(value: unknown, path: PropertyKey[]): Found | null {
  if (typeof value === 'string') {
    const kind = unstorableCharacter(value);
    return kind ? { path, kind } : null;
  }
  if (value === null || typeof value !== 'object' || path.length > MAX_DEPTH) return null;
  for (const [key, v] of Object.entries(value)) {
    const keyKind = unstorableCharacter(key);
    if (keyKind) return { path: [...path, key], kind: keyKind };
    const found = find(v, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

/**
 * Throws a ZodError (answered as 400 problem+json with the field's path, like any other invalid
 * field) for the first string in the request parts that holds a NUL or a lone surrogate.
 */
export function assertStorableInput(parts: unknown[], language: Language): void {
  for (const part of parts) {
    const found = find(part, []);
    if (found) {
      throw new z.ZodError([
        { code: 'custom', path: found.path, message: MESSAGES[found.kind][language], input: undefined },
      ]);
    }
  }
}
