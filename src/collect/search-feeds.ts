// Search-result feeds: a source defined by a query URL template, and recovery of the real article URL
// from the redirect links such feeds hand out.
import { PantauError } from '../domain/errors.ts';

/** Known news-search feeds; `{query}` is replaced by the URL-encoded keywords. */
export const SEARCH_TEMPLATES: Record<string, string> = {
  'google-news': 'https://news.google.com/rss/search?q={query}&hl=id&gl=ID&ceid=ID:id',
  'bing-news': 'https://www.bing.com/news/search?q={query}&format=rss',
};

export function expandSearchTemplate(template: string, query: string): string {
  const resolved = SEARCH_TEMPLATES[template] ?? template;
  if (!resolved.includes('{query}')) {
    throw new PantauError(
      'validation',
      'Templat feed pencarian harus memuat {query} (template must contain {query})',
    );
  }
  const keywords = query.trim();
  if (keywords === '')
    throw new PantauError('validation', 'Kata kunci pencarian kosong (empty search query)');
  const url = resolved.split('{query}').join(encodeURIComponent(keywords));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PantauError('validation', `Templat bukan URL yang sah: ${template}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PantauError(
      'validation',
      'Templat feed pencarian harus http(s) (template must be http or https)',
    );
  }
  return url;
}

/** Query parameters that carry the destination in redirect links (Bing's apiclick `url`, Google's `url`/`q`). */
const TARGET_PARAMS = ['url', 'u', 'q', 'target', 'dest'];

/**
 * The article URL hidden in a search feed's redirect link, when the link itself contains it; otherwise
 * the link unchanged (e.g. Google News ids that can only be resolved by asking Google).
 */
export function unwrapRedirectLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  for (const name of TARGET_PARAMS) {
    // `q` is a search query on most sites; only Google's /url redirect uses it for the destination.
    if (name === 'q' && !(url.hostname.includes('google.') && url.pathname === '/url')) continue;
    const value = url.searchParams.get(name);
    if (value && /^https?:\/\/[^\s/]+/i.test(value)) return value;
  }
  if (url.hostname === 'news.google.com') return decodeGoogleNewsLink(url) ?? link;
  return link;
}

/**
 * Older Google News article ids ("CBMi…") are base64 protobuf messages whose field 4 is the article URL;
 * newer ids are opaque and can only be resolved by asking Google, so they are left alone.
 */
function decodeGoogleNewsLink(url: URL): string | null {
  const id = /\/articles\/([A-Za-z0-9_-]+)/.exec(url.pathname)?.[1];
  if (!id) return null;
  const bytes = Buffer.from(id, 'base64url');
  let pos = 0;
  while (pos < bytes.length) {
    const key = readVarint(bytes, pos);
    if (!key) return null;
    pos = key.next;
    const wireType = key.value & 7;
    if (wireType === 0) {
      const skipped = readVarint(bytes, pos);
      if (!skipped) return null;
      pos = skipped.next;
    } else if (wireType === 2) {
      const length = readVarint(bytes, pos);
      if (!length || length.next + length.value > bytes.length) return null;
      const value = bytes.subarray(length.next, length.next + length.value).toString('utf8');
      if (key.value >> 3 === 4 && /^https?:\/\/[^\s/]+/.test(value)) return value;
      pos = length.next + length.value;
    } else return null;
  }
  return null;
}

function readVarint(bytes: Buffer, start: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = start, shift = 0; i < bytes.length && shift < 35; i++, shift += 7) {
    value += (bytes[i] & 0x7f) * 2 ** shift;
    if ((bytes[i] & 0x80) === 0) return { value, next: i + 1 };
  }
  return null;
}
