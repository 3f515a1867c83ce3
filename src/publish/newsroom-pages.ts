// The public newsroom's pages: the list with search and the monthly archive, one release with its
// Open Graph and schema.org NewsArticle data, and the notice that a release was withdrawn. No script
// runs on them; the stylesheet is the newsroom's own file.
import type { RichDoc } from '../report/rich-text.ts';
import { esc, jsonLd, richHtml } from './html.ts';
import type { MaterialQuote } from './material.ts';

export interface NewsroomSite {
  /** "Ruang Berita Pemerintah Kota Semarang". */
  title: string;
  government: string;
  /** Absolute address of the newsroom's root, without the trailing slash: https://host/newsroom. */
  base: string;
  /** Path of the newsroom's root as the browser sees it: /newsroom. */
  path: string;
}

export interface NewsroomListItem {
  slug: string;
  title: string;
  lead: string;
  publishedAt: string;
  publishedLabel: string;
  corrected: boolean;
}

export interface NewsroomRelease extends NewsroomListItem {
  body: RichDoc;
  quote: MaterialQuote | null;
  contacts: string;
  updatedAt: string;
  corrections: { at: string; label: string; note: string }[];
}

function layout(site: NewsroomSite, o: { title: string; head?: string; main: string; canonical: string }) {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<link rel="canonical" href="${esc(o.canonical)}">
<link rel="alternate" type="application/rss+xml" title="${esc(site.title)}" href="${esc(site.path)}/feed.xml">
<link rel="stylesheet" href="${esc(site.path)}/style.css">
<link rel="icon" href="data:,">
${o.head ?? ''}
</head>
<body>
<header class="site"><a href="${esc(site.path)}/" class="brand">${esc(site.title)}</a>
<form action="${esc(site.path)}/" method="get" role="search"><label for="q" class="sr">Cari siaran pers</label><input id="q" name="q" type="search" placeholder="Cari siaran pers"><button type="submit">Cari</button></form>
</header>
<main>
${o.main}
</main>
<footer class="site">${esc(site.government)} · <a href="${esc(site.path)}/feed.xml">RSS</a></footer>
</body>
</html>
`;
}

export interface ListPage {
  items: NewsroomListItem[];
  query: string;
  month: string | null;
  months: { month: string; label: string; count: number }[];
  page: number;
  hasMore: boolean;
}

function pageLink(site: NewsroomSite, l: ListPage, page: number): string {
  const params = new URLSearchParams();
  if (l.query) params.set('q', l.query);
  if (l.month) params.set('bulan', l.month);
  if (page > 1) params.set('halaman', String(page));
  const qs = params.toString();
  return `${site.path}/${qs ? `?${qs}` : ''}`;
}

export function listPage(site: NewsroomSite, l: ListPage): string {
  const heading = l.query
    ? `Hasil pencarian "${esc(l.query)}"`
    : l.month
      ? `Arsip ${esc(l.months.find((m) => m.month === l.month)?.label ?? l.month)}`
      : 'Siaran pers terbaru';
  const items = l.items.length
    ? `<ol class="releases">${l.items
        .map(
          (i) =>
            `<li><article><h2><a href="${esc(site.path)}/${esc(i.slug)}">${esc(i.title)}</a></h2>` +
            `<p class="meta"><time datetime="${esc(i.publishedAt)}">${esc(i.publishedLabel)}</time>${i.corrected ? ' · <span class="corrected">Diralat</span>' : ''}</p>` +
            `<p>${esc(i.lead)}</p></article></li>`,
        )
        .join('\n')}</ol>`
    : `<p class="empty">${l.query || l.month ? 'Tidak ada siaran pers yang cocok.' : 'Belum ada siaran pers yang diterbitkan.'}</p>`;
  const nav = [
    l.page > 1 ? `<a rel="prev" href="${esc(pageLink(site, l, l.page - 1))}">← Lebih baru</a>` : '',
    l.hasMore ? `<a rel="next" href="${esc(pageLink(site, l, l.page + 1))}">Lebih lama →</a>` : '',
  ].join(' ');
  const archive = l.months.length
    ? `<aside><h2>Arsip</h2><ul>${l.months
        .map(
          (m) =>
            `<li><a href="${esc(site.path)}/?bulan=${esc(m.month)}">${esc(m.label)}</a> (${m.count})</li>`,
        )
        .join('')}</ul></aside>`
    : '';
  return layout(site, {
    title: l.query || l.month ? `${heading} — ${site.title}` : site.title,
    canonical: `${site.base}/`,
    head: `<meta property="og:title" content="${esc(site.title)}"><meta property="og:type" content="website"><meta property="og:url" content="${esc(site.base)}/">`,
    main: `<div class="columns"><section><h1>${heading}</h1>${items}<nav class="pages">${nav}</nav></section>${archive}</div>`,
  });
}

export function releasePage(site: NewsroomSite, r: NewsroomRelease): string {
  const url = `${site.base}/${r.slug}`;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: r.title,
    description: r.lead,
    datePublished: r.publishedAt,
    dateModified: r.updatedAt,
    mainEntityOfPage: url,
    author: { '@type': 'GovernmentOrganization', name: site.government },
    publisher: { '@type': 'GovernmentOrganization', name: site.government },
  };
  const head = [
    `<meta name="description" content="${esc(r.lead)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(r.title)}">`,
    `<meta property="og:description" content="${esc(r.lead)}">`,
    `<meta property="og:url" content="${esc(url)}">`,
    `<meta property="og:site_name" content="${esc(site.title)}">`,
    `<meta property="article:published_time" content="${esc(r.publishedAt)}">`,
    `<meta property="article:modified_time" content="${esc(r.updatedAt)}">`,
    `<script type="application/ld+json">${jsonLd(data)}</script>`,
  ].join('\n');
  const corrections = r.corrections.length
    ? `<section class="corrections"><h2>Ralat</h2><ul>${r.corrections
        .map((c) => `<li><time datetime="${esc(c.at)}">${esc(c.label)}</time>: ${esc(c.note)}</li>`)
        .join('')}</ul></section>`
    : '';
  const quote = r.quote
    ? `<blockquote><p>“${esc(r.quote.text)}”</p><footer>— ${esc(r.quote.speaker)}, ${esc(r.quote.position)}</footer></blockquote>`
    : '';
  const contacts = r.contacts.trim()
    ? `<section class="contacts"><h2>Narahubung</h2><p>${r.contacts.split('\n').map(esc).join('<br>')}</p></section>`
    : '';
  return layout(site, {
    title: `${r.title} — ${site.title}`,
    canonical: url,
    head,
    main: `<article class="release"><p class="kind">Siaran Pers</p><h1>${esc(r.title)}</h1>
<p class="meta"><time datetime="${esc(r.publishedAt)}">${esc(r.publishedLabel)}</time>${r.corrected ? ' · <span class="corrected">Diralat</span>' : ''}</p>
${corrections}
<p class="lead">${esc(r.lead)}</p>
${richHtml(r.body)}
${quote}
${contacts}
</article>`,
  });
}

export function withdrawnPage(
  site: NewsroomSite,
  w: { slug: string; title: string; label: string; reason: string },
): string {
  return layout(site, {
    title: `Ditarik: ${w.title} — ${site.title}`,
    canonical: `${site.base}/${w.slug}`,
    head: '<meta name="robots" content="noindex">',
    main: `<article class="withdrawn"><p class="kind">Siaran pers ditarik</p><h1>${esc(w.title)}</h1><p>Siaran pers ini ditarik pada ${esc(w.label)}. Isinya tidak lagi berlaku.</p><p><strong>Alasan:</strong> ${esc(w.reason)}</p></article>`,
  });
}

export function notFoundPage(site: NewsroomSite): string {
  return layout(site, {
    title: `Tidak ditemukan — ${site.title}`,
    canonical: `${site.base}/`,
    head: '<meta name="robots" content="noindex">',
    main: '<h1>Halaman tidak ditemukan</h1><p>Siaran pers yang Anda cari tidak ada atau belum diterbitkan.</p>',
  });
}

export const NEWSROOM_CSS = `*{box-sizing:border-box}body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#f7f8fa}
header.site,footer.site{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;padding:12px 20px;background:#0b3d91;color:#fff}
header.site a,footer.site a{color:#fff}.brand{font-weight:700;text-decoration:none;font-size:1.1rem}
header form{display:flex;gap:6px}input[type=search]{padding:6px 10px;border:1px solid #ccd;border-radius:6px;min-width:200px}
button{padding:6px 12px;border:0;border-radius:6px;background:#f2c230;color:#1d2433;font-weight:600;cursor:pointer}
main{max-width:960px;margin:0 auto;padding:20px}.columns{display:grid;grid-template-columns:1fr 220px;gap:32px}
@media (max-width:720px){.columns{grid-template-columns:1fr}}
ol.releases{list-style:none;padding:0;margin:0}ol.releases li{padding:14px 0;border-bottom:1px solid #dde}
ol.releases h2{font-size:1.2rem;margin:0 0 4px}a{color:#0b3d91}.meta{color:#5a6273;font-size:.9rem;margin:0}
.corrected{color:#a15c00;font-weight:600}.kind{text-transform:uppercase;letter-spacing:.08em;color:#5a6273;font-size:.8rem;margin:0}
article.release h1{font-size:1.8rem;line-height:1.25;margin:6px 0}.lead{font-weight:600}
blockquote{margin:20px 0;padding:10px 18px;border-left:4px solid #f2c230;background:#fff}
.corrections{background:#fff7e6;border:1px solid #f0d29c;padding:8px 16px;border-radius:6px}
.contacts{border-top:1px solid #dde;margin-top:24px}.withdrawn{background:#fff;padding:20px;border:1px solid #e3b4b4;border-radius:6px}
.empty{color:#5a6273}.sr{position:absolute;left:-9999px}footer.site{margin-top:40px;font-size:.9rem}
`;
