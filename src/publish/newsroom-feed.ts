// The newsroom's RSS 2.0 feed and its sitemap: what feed readers, partner newsrooms and search
// engines read. Only published releases appear; a corrected one carries its latest text.
import { esc } from './html.ts';
import type { NewsroomListItem, NewsroomSite } from './newsroom-pages.ts';

const xml = esc;

export function rssFeed(site: NewsroomSite, items: (NewsroomListItem & { updatedAt: string })[]): string {
  const newest = items[0]?.updatedAt ?? new Date(0).toISOString();
  const entries = items
    .map((i) => {
      const url = `${site.base}/${i.slug}`;
      return `<item>
<title>${xml(i.title)}</title>
<link>${xml(url)}</link>
<guid isPermaLink="true">${xml(url)}</guid>
<pubDate>${new Date(i.publishedAt).toUTCString()}</pubDate>
<description>${xml(i.lead)}</description>
</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(site.title)}</title>
<link>${xml(site.base)}/</link>
<description>${xml(`Siaran pers resmi ${site.government}`)}</description>
<language>id</language>
<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>
<atom:link href="${xml(site.base)}/feed.xml" rel="self" type="application/rss+xml"/>
${entries}
</channel>
</rss>
`;
}

export function sitemap(site: NewsroomSite, items: { slug: string; updatedAt: string }[]): string {
  const urls = [`<url><loc>${xml(site.base)}/</loc></url>`]
    .concat(
      items.map(
        (i) => `<url><loc>${xml(`${site.base}/${i.slug}`)}</loc><lastmod>${xml(i.updatedAt)}</lastmod></url>`,
      ),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}
