// Page metadata beside the text: title, canonical address, lead image, site name, description, language.
import { type Element, findFirst, type PageTree, textOf } from './dom.ts';
import { type JsonObject, stringOf } from './jsonld.ts';
import { detectLanguage, normaliseLang } from './lang.ts';

export function findTitle(
  tree: PageTree,
  meta: Map<string, string>,
  article: JsonObject | null,
  body: Element,
) {
  const candidates = [
    meta.get('og:title'),
    stringOf(article?.headline),
    meta.get('twitter:title'),
    textOf(findFirst(body, (e) => e.tag === 'h1') ?? ''),
    stripSiteName(tree.title ?? ''),
  ];
  for (const c of candidates) {
    const t = c?.replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

/** "Judul Berita - Nama Situs" → "Judul Berita" when the tail is short. */
function stripSiteName(title: string): string {
  const m = /^(.{15,}?)\s+[|\-–—:»]\s+[^|\-–—:»]{2,40}$/.exec(title);
  return m ? m[1] : title;
}

/**
 * The URL resolved against the page address; null when it cannot be made absolute or is not
 * http(s): a `javascript:`, `data:` or app link is shown and exported as a link, so it must never
 * be taken from a page.
 */
export function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function findCanonical(tree: PageTree, meta: Map<string, string>, base: string | undefined) {
  const link = tree.links.find((l) => /(^|\s)canonical(\s|$)/i.test(l.rel ?? ''));
  return (
    absolute(link?.href, base) ??
    absolute(meta.get('og:url'), base) ??
    (base ? absolute(base, undefined) : null)
  );
}

export function findImage(meta: Map<string, string>, article: JsonObject | null, base: string | undefined) {
  return (
    absolute(meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('og:image:secure_url'), base) ??
    absolute(meta.get('twitter:image') ?? meta.get('twitter:image:src'), base) ??
    absolute(stringOf(article?.image, 'url'), base)
  );
}

export function findSiteName(meta: Map<string, string>, article: JsonObject | null) {
  return (
    meta.get('og:site_name')?.trim() || stringOf(article?.publisher) || meta.get('application-name') || null
  );
}

export function findDescription(meta: Map<string, string>, article: JsonObject | null) {
  const d = meta.get('og:description') ?? meta.get('description') ?? stringOf(article?.description);
  return d?.replace(/\s+/g, ' ').trim() || null;
}

export function findLang(
  tree: PageTree,
  meta: Map<string, string>,
  article: JsonObject | null,
  text: string | null,
) {
  return (
    normaliseLang(tree.htmlLang) ??
    normaliseLang(meta.get('og:locale')) ??
    normaliseLang(stringOf(article?.inLanguage)) ??
    normaliseLang(meta.get('content-language') ?? meta.get('language')) ??
    (text ? detectLanguage(text) : null)
  );
}
