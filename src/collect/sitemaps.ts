// Sitemaps: a sitemap index (links to more sitemaps) or a urlset, with the Google News and image
// extensions news sites use to announce fresh articles. Same safe XML reading as feeds.
import { PantauError } from '../domain/errors.ts';
import { parseFeedDate } from './feeds/dates.ts';
import { detectDocumentKind, documentStart } from './feeds/detect.ts';
import { textOfChild, type Vocabulary } from './feeds/element-fields.ts';
import { nonEmpty } from './feeds/entry-fields.ts';
import { plainTextOrNull } from './feeds/html-text.ts';
import { resolveUrl } from './feeds/links.ts';
import { readProlog } from './feeds/prolog.ts';
import { assertDocumentSize, childElement, childElements, parseXml, type XmlElement } from './feeds/xml.ts';

export { type DocumentKind, detectDocumentKind } from './feeds/detect.ts';

export interface SitemapNews {
  title: string | null;
  publicationDate: string | null;
  language: string | null;
  publicationName: string | null;
  keywords: string[];
}

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  news: SitemapNews | null;
  image: string | null;
}

export type Sitemap =
  | { kind: 'index'; sitemaps: { loc: string; lastmod: string | null }[] }
  | { kind: 'urlset'; urls: SitemapUrl[] };

// Sitemaps written without (or with a wrong) xmlns are common; read their elements anyway.
const SITEMAP: readonly Vocabulary[] = ['sitemap', null];

export function parseSitemap(input: string, options: { baseUrl?: string } = {}): Sitemap {
  assertDocumentSize(input);
  const text = input.slice(documentStart(input));
  const kind = detectDocumentKind(text);
  if (kind !== 'sitemapindex' && kind !== 'urlset') {
    if (kind === 'unknown' && text.trimStart().startsWith('<')) parseXml(text, null); // reports a hostile DTD
    throw new PantauError('malformed_feed', `Dokumen ini bukan sitemap (${kind}) — not a sitemap`);
  }
  if (kind === 'sitemapindex') {
    const root = parseXml(text, options.baseUrl ?? null);
    const sitemaps = [];
    for (const el of childElements(root, 'sitemap', SITEMAP)) {
      const loc = locOf(el);
      if (loc) sitemaps.push({ loc, lastmod: parseFeedDate(textOfChild(el, 'lastmod', SITEMAP)) });
    }
    return { kind: 'index', sitemaps };
  }
  const urls: SitemapUrl[] = [];
  for (const slice of urlsetSlices(text)) {
    const part = parseXml(slice, options.baseUrl ?? null);
    for (const el of childElements(part, 'url', SITEMAP)) {
      const url = urlOf(el);
      if (url) urls.push(url);
    }
  }
  return { kind: 'urlset', urls };
}

function urlOf(el: XmlElement): SitemapUrl | null {
  const loc = locOf(el);
  if (!loc) return null;
  const imageEl = childElement(el, 'image', ['image']);
  const imageLoc = imageEl ? nonEmpty(textOfChild(imageEl, 'loc', ['image'])) : null;
  return {
    loc,
    lastmod: parseFeedDate(textOfChild(el, 'lastmod', SITEMAP)),
    news: newsOf(childElement(el, 'news', ['news'])),
    image: imageLoc && imageEl ? resolveUrl(imageLoc, imageEl.base) : null,
  };
}

/** Urlsets longer than this are read a slice of whole <url> elements at a time. */
const URLSET_SLICE_CHARS = 1_000_000;

/**
 * A long urlset cut after a </url> every ~1 MB, each slice wrapped in the document's own root tag
 * (so its namespaces and xml:base hold), so that reading a 10 MB sitemap holds one slice's element
 * tree at a time instead of the whole document's (which took ~150 MB, over a page process's cap for
 * the largest sitemaps). The first slice keeps the prolog, where a hostile DTD would be refused.
 */
function* urlsetSlices(text: string): Generator<string> {
  const rootName = readProlog(text).rootName;
  const rootStart = rootName ? text.indexOf(`<${rootName}`) : -1;
  const rootOpenEnd = rootStart >= 0 ? text.indexOf('>', rootStart) : -1;
  if (
    text.length <= 2 * URLSET_SLICE_CHARS ||
    !rootName ||
    rootOpenEnd < 0 ||
    text[rootOpenEnd - 1] === '/'
  ) {
    yield text;
    return;
  }
  const rootOpen = text.slice(rootStart, rootOpenEnd + 1);
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':') + 1) : '';
  const closeUrl = `</${prefix}url>`;
  const closeRoot = `</${rootName}>`;
  let at = 0;
  while (at < text.length) {
    const cut =
      text.length - at > 2 * URLSET_SLICE_CHARS ? text.indexOf(closeUrl, at + URLSET_SLICE_CHARS) : -1;
    const head = at === 0 ? '' : rootOpen;
    if (cut < 0) {
      yield head + text.slice(at);
      return;
    }
    const end = cut + closeUrl.length;
    yield head + text.slice(at, end) + closeRoot;
    at = end;
  }
}

function locOf(el: XmlElement): string | null {
  const loc = nonEmpty(textOfChild(el, 'loc', SITEMAP));
  return loc ? resolveUrl(loc, el.base) : null;
}

function newsOf(news: XmlElement | null): SitemapNews | null {
  if (!news) return null;
  const publication = childElement(news, 'publication', ['news']);
  const keywords = textOfChild(news, 'keywords', ['news']) ?? '';
  return {
    title: plainTextOrNull(textOfChild(news, 'title', ['news'])),
    publicationDate: parseFeedDate(textOfChild(news, 'publication_date', ['news'])),
    language: publication ? nonEmpty(textOfChild(publication, 'language', ['news'])) : null,
    publicationName: publication ? plainTextOrNull(textOfChild(publication, 'name', ['news'])) : null,
    keywords: keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  };
}

const sitemapDate = (u: SitemapUrl) => u.news?.publicationDate ?? u.lastmod;

/**
 * The order a large sitemap is walked in, so that today's news is taken before older pages when a
 * poll cannot take all of it: the latest date first (the Google News publication date, else
 * lastmod), undated URLs last. Among equal or missing dates the later position in the document
 * comes first, because the sitemaps CMSs generate (WordPress core's, for one, orders by post ID)
 * append new pages at the end; a sitemap that is already newest first loses nothing by this, since
 * the rest of it is walked over the following polls anyway.
 */
export function newestFirst(urls: readonly SitemapUrl[]): SitemapUrl[];
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string | null): T[];
export function newestFirst<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null = sitemapDate as (item: T) => string | null,
): T[] {
  // Dates are ISO 8601 in UTC (parseFeedDate), so they compare as strings.
  return items
    .map((item, position) => ({ item, position, date: dateOf(item) }))
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date < b.date ? 1 : -1;
      }
      return b.position - a.position;
    })
    .map((entry) => entry.item);
}
