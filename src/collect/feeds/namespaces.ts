// XML namespaces of the feed and sitemap vocabularies, compared in a canonical form because publishers
// spell them inconsistently (trailing slash, https, upper case).

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  xhtml: 'http://www.w3.org/1999/xhtml',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
} as const;

export type NamespaceName = keyof typeof NS;

export function canonicalNamespace(uri: string): string {
  return uri
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/#]+$/, '');
}

const BY_CANONICAL = new Map<string, NamespaceName>(
  (Object.entries(NS) as [NamespaceName, string][]).map(([name, uri]) => [canonicalNamespace(uri), name]),
);

/** The vocabulary a namespace URI belongs to, or null for one we don't know. */
export function namespaceName(uri: string | null): NamespaceName | null {
  if (uri === null) return null;
  const canonical = canonicalNamespace(uri);
  const known = BY_CANONICAL.get(canonical);
  if (known) return known;
  // Older schema versions (sitemap-news/0.84) still carry the same elements.
  if (canonical.includes('google.com/schemas/sitemap-news')) return 'news';
  if (canonical.includes('google.com/schemas/sitemap-image')) return 'image';
  return null;
}

/**
 * Prefixes many feeds use without declaring them (`<dc:creator>` with no xmlns:dc): read them as the
 * vocabulary everyone means rather than dropping the data.
 */
export const CONVENTIONAL_PREFIXES: Record<string, string> = {
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  dcterms: NS.dcterms,
  media: NS.media,
  rdf: NS.rdf,
  itunes: NS.itunes,
  feedburner: NS.feedburner,
  news: NS.news,
  image: NS.image,
  xhtml: NS.xhtml,
};
