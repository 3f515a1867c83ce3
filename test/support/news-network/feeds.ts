// Renders an outlet's feed, newest first and complete, in the outlet's format (RSS 2.0, Atom, RDF, JSON Feed).
import { reporterOf } from './article-page.ts';
import type { ArticleEntry, Catalog } from './catalog.ts';
import { isoWib, rfc822Wib } from './dates-id.ts';
import type { OutletProfile } from './outlets.ts';
import { esc } from './page-parts.ts';
import { storyLead } from './story.ts';

interface FeedItem {
  entry: ArticleEntry;
  url: string;
  author: string;
  summary: string;
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function rss(outlet: OutletProfile, origin: string, items: FeedItem[]): string {
  const permalinkGuid = outlet.index % 2 === 0;
  const body = items
    .map(
      (i) => `<item>
<title>${cdata(i.entry.title)}</title>
<link>${i.url}</link>
<guid isPermaLink="${permalinkGuid}">${permalinkGuid ? i.url : `${outlet.code}-${i.entry.id}`}</guid>
<pubDate>${rfc822Wib(i.entry.publishedAt)}</pubDate>
<dc:creator>${cdata(i.author)}</dc:creator>
<category>${cdata(i.entry.section)}</category>
<description>${cdata(i.summary)}</description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${esc(outlet.name)}</title>
<link>${origin}/</link>
<description>${esc(outlet.tagline)}</description>
<language>id</language>
<lastBuildDate>${items[0] ? rfc822Wib(items[0].entry.publishedAt) : ''}</lastBuildDate>
<atom:link href="${origin}${outlet.feedPath}" rel="self" type="application/rss+xml"/>
${body}
</channel>
</rss>
`;
}

function atom(outlet: OutletProfile, origin: string, items: FeedItem[]): string {
  const body = items
    .map(
      (i) => `<entry>
<title type="html">${esc(i.entry.title)}</title>
<link rel="alternate" type="text/html" href="${i.url}"/>
<id>${origin}/?p=${i.entry.id}</id>
<published>${isoWib(i.entry.publishedAt)}</published>
<updated>${isoWib(i.entry.publishedAt)}</updated>
<author><name>${esc(i.author)}</name></author>
<category term="${esc(i.entry.section)}"/>
<summary type="html">${esc(i.summary)}</summary>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
<title>${esc(outlet.name)}</title>
<subtitle>${esc(outlet.tagline)}</subtitle>
<link rel="alternate" type="text/html" href="${origin}/"/>
<link rel="self" type="application/atom+xml" href="${origin}${outlet.feedPath}"/>
<id>${origin}/</id>
<updated>${items[0] ? isoWib(items[0].entry.publishedAt) : '1970-01-01T00:00:00Z'}</updated>
${body}
</feed>
`;
}

function rdf(outlet: OutletProfile, origin: string, items: FeedItem[]): string {
  const seq = items.map((i) => `<rdf:li rdf:resource="${i.url}"/>`).join('\n');
  const body = items
    .map(
      (i) => `<item rdf:about="${i.url}">
<title>${esc(i.entry.title)}</title>
<link>${i.url}</link>
<description>${esc(i.summary)}</description>
<dc:date>${isoWib(i.entry.publishedAt)}</dc:date>
<dc:creator>${esc(i.author)}</dc:creator>
<dc:subject>${esc(i.entry.section)}</dc:subject>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${origin}${outlet.feedPath}">
<title>${esc(outlet.name)}</title>
<link>${origin}/</link>
<description>${esc(outlet.tagline)}</description>
<dc:language>id</dc:language>
<items><rdf:Seq>
${seq}
</rdf:Seq></items>
</channel>
${body}
</rdf:RDF>
`;
}

function jsonFeed(outlet: OutletProfile, origin: string, items: FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.name,
    home_page_url: `${origin}/`,
    feed_url: `${origin}${outlet.feedPath}`,
    description: outlet.tagline,
    language: 'id',
    items: items.map((i) => ({
      id: String(i.entry.id),
      url: i.url,
      title: i.entry.title,
      summary: i.summary,
      date_published: isoWib(i.entry.publishedAt),
      authors: [{ name: i.author }],
      tags: [i.entry.section],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  jsonfeed: 'application/feed+json; charset=utf-8',
} as const;

export function renderFeed(catalog: Catalog, outletIndex: number, origin: string): string {
  const outlet = catalog.outlets[outletIndex];
  const items = catalog.articles[outletIndex].map((entry) => ({
    entry,
    url: origin + entry.path,
    author: reporterOf(entry, outlet),
    summary: storyLead(entry.storySeed, entry.writtenAt),
  }));
  switch (outlet.format) {
    case 'rss':
      return rss(outlet, origin, items);
    case 'atom':
      return atom(outlet, origin, items);
    case 'rdf':
      return rdf(outlet, origin, items);
    case 'jsonfeed':
      return jsonFeed(outlet, origin, items);
  }
}
