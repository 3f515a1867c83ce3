// Where pages state their publication date, most trustworthy first: structured data, meta tags,
// marked-up elements, then dates written in the visible text near the top of the page.
import { type Element, type PageTree, textOf, walk } from '../extract/dom.ts';

/** Meta names/properties/itemprops holding the original publication date, in order of trust. */
export const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_date',
  'published-date',
  'publication_date',
  'publication-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'date',
  'created',
  'content_create_date',
  'ptime',
  'bt:pubdate',
  'displaydate',
  'release_date',
  'og:pubdate',
  'date_published',
  'article:post_date',
];

export const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
  'utime',
];

/** Meta values keyed by lower-cased name, property, itemprop or http-equiv; first occurrence wins. */
export function metaValues(tree: PageTree): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tree.metas) {
    const key = (m.property ?? m.name ?? m.itemprop ?? m['http-equiv'])?.toLowerCase().trim();
    const value = m.content ?? m.value;
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** Date attributes of elements marked as the publication date (itemprop, <time>, abbr.published). */
export function markedUpDates(body: Element): { published: string[]; other: string[] } {
  const published: string[] = [];
  const other: string[] = [];
  walk(body, (el) => {
    const a = el.attrs;
    const cls = `${a.class ?? ''} ${a.id ?? ''}`;
    // A comment's or a related story's <time> is never this article's. The narrower class test, as
    // for whole-page text: some platforms wrap the post itself in a "widget".
    if (SITE_FURNITURE.has(el.tag) || FURNITURE_CLASS_START.test(cls)) return false;
    const value = a.datetime ?? a.content ?? a.title ?? a['data-datetime'] ?? a['data-date'];
    if (a.itemprop === 'datePublished' || a.itemprop === 'dateCreated') {
      published.push(value ?? textOf(el));
    } else if (el.tag === 'time' || (el.tag === 'abbr' && /published|date/i.test(cls))) {
      const v = value ?? textOf(el);
      if (a.pubdate !== undefined || /publish|entry-date|posted|created/i.test(cls)) published.push(v);
      else if (!/modif|updat/i.test(cls)) other.push(v);
    }
    return true;
  });
  return { published, other };
}

const DATE_HINT =
  /date|time|publish|posted|byline|meta|tanggal|waktu|tgl|jam|info|author|submitted|created|dateline/i;

const SITE_FURNITURE = new Set(['nav', 'footer', 'aside']);
// Also the Indonesian names of these blocks: komentar, terkait (related), baca juga (read also),
// terpopuler/populer and rekomendasi lists, each full of other articles' dates.
const FURNITURE_CLASS =
  /comment|komentar|related|terkait|baca-?juga|popular|populer|trending|rekomendasi|recommend|most-?read|footer|copyright|sidebar|widget/i;
// Narrower for whole-page text: some platforms wrap the post itself in a "widget" or a "has-sidebar"
// layout, so only a class word (between spaces, hyphens or underscores) that starts with one of these
// marks furniture there.
const FURNITURE_CLASS_START =
  /(?:^|[\s_-])(?:comment|komentar|related|terkait|baca-?juga|(?:ter)?populer|popular|trending|most-?read|rekomendasi|footer|copyright|disqus)/i;

function insideArticle(el: Element): boolean {
  for (let e = el.parent; e; e = e.parent) if (e.tag === 'article' || e.tag === 'main') return true;
  return false;
}

/**
 * Navigation, footers, sidebars, comment threads and the site header carry today's date, copyright
 * years, comment times and other articles' dates, not this article's.
 */
function isFurniture(el: Element, cls: string, classes = FURNITURE_CLASS): boolean {
  if (classes.test(cls)) return true;
  return SITE_FURNITURE.has(el.tag) || (el.tag === 'header' && !insideArticle(el));
}

/** Short texts of elements whose class/id suggests a date line, in document order. */
export function dateLineTexts(body: Element, limit: number): string[] {
  const out: string[] = [];
  walk(body, (el) => {
    if (out.length >= limit) return false;
    const cls = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
    if (isFurniture(el, cls)) return false;
    if (cls.length > 1 && DATE_HINT.test(cls) && !/modif|updat/i.test(cls)) {
      const t = textOf(el);
      if (t.length >= 6 && t.length <= 200) {
        out.push(t);
        return false;
      }
    }
    return true;
  });
  return out;
}

/** The page's text without its furniture (see `isFurniture`), up to about `limit` characters. */
export function contentText(body: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const collect = (el: Element) => {
    for (const child of el.children) {
      if (length >= limit) return;
      if (typeof child === 'string') {
        parts.push(child);
        length += child.length;
      } else if (
        !isFurniture(child, `${child.attrs.class ?? ''} ${child.attrs.id ?? ''}`, FURNITURE_CLASS_START)
      ) {
        // Block boundaries separate words even where the markup has no space.
        parts.push(' ');
        collect(child);
        parts.push(' ');
      }
    }
  };
  collect(body);
  return parts.join('').replace(/\s+/g, ' ').slice(0, limit);
}
