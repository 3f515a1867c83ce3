// The small site-wide documents: robots.txt, the news sitemap, its index, and a front page.
import type { Catalog, RobotsMode } from './catalog.ts';
import { isoWib } from './dates-id.ts';
import { esc } from './page-parts.ts';

export const SITEMAP_PATH = '/sitemap-news.xml';

export function renderRobots(mode: RobotsMode, origin: string): string {
  const rules = [
    'User-agent: *',
    'Disallow: /wp-admin/',
    'Disallow: /cari',
    'Allow: /wp-admin/admin-ajax.php',
  ];
  if (mode === 'crawl-delay') rules.push('Crawl-delay: 1');
  if (mode === 'disallow-some') rules.push('Disallow: /plus/');
  return `${rules.join('\n')}\n\nUser-agent: GPTBot\nDisallow: /\n\nSitemap: ${origin}${SITEMAP_PATH}\n`;
}

export function renderNewsSitemap(catalog: Catalog, outletIndex: number, origin: string): string {
  const outlet = catalog.outlets[outletIndex];
  const urls = catalog.articles[outletIndex]
    .map(
      (e) =>
        `<url><loc>${origin}${e.path}</loc><lastmod>${isoWib(e.publishedAt)}</lastmod><news:news><news:publication><news:name>${esc(outlet.name)}</news:name><news:language>id</news:language></news:publication><news:publication_date>${isoWib(e.publishedAt)}</news:publication_date><news:title>${esc(e.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}

export function renderSitemapIndex(catalog: Catalog, outletIndex: number, origin: string): string {
  const newest = catalog.articles[outletIndex][0];
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${origin}${SITEMAP_PATH}</loc>${newest ? `<lastmod>${isoWib(newest.publishedAt)}</lastmod>` : ''}</sitemap>
</sitemapindex>
`;
}

export function renderFrontPage(catalog: Catalog, outletIndex: number, origin: string): string {
  const outlet = catalog.outlets[outletIndex];
  const latest = catalog.articles[outletIndex]
    .slice(0, 30)
    .map((e) => `<li><a href="${origin}${e.path}">${esc(e.title)}</a></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(outlet.name)} - ${esc(outlet.tagline)}</title>
<link rel="alternate" type="application/rss+xml" href="${origin}${outlet.feedPath}"></head>
<body><h1>${esc(outlet.name)}</h1><h2>Berita Terkini</h2><ul>
${latest}
</ul></body></html>
`;
}
