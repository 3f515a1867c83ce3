// Text hygiene for everything stored: PostgreSQL refuses NUL in text and both stores would keep a
// lone UTF-16 surrogate that no encoder can write out, so crawled and typed text is made storable
// the same way on SQLite and PostgreSQL before it reaches either.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL refuses.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NUL and C0 control characters other than tab, newline and carriage return dropped; lone surrogates become U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

export function cleanOptional(text: string | null): string | null {
  return text === null ? null : cleanText(text);
}

/** What no store can keep as given: 'NUL', 'surrogate' (a lone one), or null when the text is storable. */
export function unstorableCharacter(text: string): 'NUL' | 'surrogate' | null {
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  return m[0] === '\u0000' ? 'NUL' : 'surrogate';
}
