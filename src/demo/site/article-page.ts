// An article's page as each outlet's CMS renders it: a news portal, a WordPress news theme and an
// older hand-built site, each with navigation, byline, date, share bar, "Baca juga" links, tags,
// related stories and footer around the text, as the extractor meets them on the real web.
import { isoWib, longDate, shortDate, wib } from '../calendar.ts';
import type { DemoArticle } from '../news.ts';
import type { Outlet } from '../outlets.ts';
import { esc, scriptJson } from './html.ts';
import { latestBefore, relatedTo, type SiteIndex } from './index.ts';

interface Page {
  site: SiteIndex;
  article: DemoArticle;
  outlet: Outlet;
  origin: string;
}

const SECTIONS = ['Daerah', 'Ekonomi', 'Politik', 'Pendidikan', 'Kesehatan', 'Peristiwa', 'Olahraga'];

const link = (p: Page, a: DemoArticle) => `<a href="${p.origin}${a.path}">${esc(a.headline)}</a>`;

function head(p: Page): string {
  const { article: a, outlet: o } = p;
  const url = p.origin + a.path;
  const image = `${p.origin}${o.prefix}/img/${a.id}.jpg`;
  const jsonLd =
    o.layout === 'classic'
      ? ''
      : `<script type="application/ld+json">${scriptJson({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          mainEntityOfPage: { '@type': 'WebPage', '@id': url },
          headline: a.headline,
          description: a.description,
          image: [image],
          datePublished: isoWib(a.publishedAt),
          dateModified: isoWib(a.publishedAt),
          author: { '@type': 'Person', name: a.author },
          publisher: {
            '@type': 'Organization',
            name: o.name,
            logo: { '@type': 'ImageObject', url: `${p.origin}${o.prefix}/logo.png` },
          },
          articleSection: a.section,
          keywords: a.tags.join(', '),
          inLanguage: 'id-ID',
        })}</script>`;
  const feed = o.listings.find((l) => l.kind === 'rss');
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.headline)} - ${esc(o.name)}</title>
<meta name="description" content="${esc(a.description)}">
<meta name="keywords" content="${esc(a.tags.join(', '))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(o.name)}">
<meta property="og:title" content="${esc(a.headline)}">
<meta property="og:description" content="${esc(a.description)}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${image}">
${o.layout === 'wordpress' ? `<meta property="article:published_time" content="${isoWib(a.publishedAt)}">\n<meta property="article:section" content="${esc(a.section)}">` : ''}
${o.layout === 'classic' ? `<meta name="pubdate" content="${isoWib(a.publishedAt)}">\n<meta name="author" content="${esc(a.author)}">` : ''}
<link rel="canonical" href="${url}">
${feed ? `<link rel="alternate" type="application/rss+xml" title="${esc(o.name)}" href="${p.origin}${o.prefix}${feed.path}">` : ''}
${jsonLd}
<link rel="stylesheet" href="${o.prefix}/assets/style.css">
</head>`;
}

function menu(o: Outlet): string {
  return `<nav class="menu"><ul><li><a href="${o.prefix}/">Beranda</a></li>${SECTIONS.map(
    (s) => `<li><a href="${o.prefix}/kanal/${s.toLowerCase()}">${s}</a></li>`,
  ).join('')}<li><a href="${o.prefix}/indeks">Indeks</a></li></ul></nav>`;
}

/** The body with a "Baca juga" link after the second paragraph, as regional portals do. */
function body(p: Page, paragraph: (text: string) => string): string {
  const also = relatedTo(p.site, p.article, 1)[0] ?? latestBefore(p.site, p.article, 1)[0];
  const parts = p.article.paragraphs.map(paragraph);
  if (also && parts.length > 3) {
    parts.splice(2, 0, `<p class="baca-juga"><strong>Baca Juga:</strong> ${link(p, also)}</p>`);
  }
  return parts.join('\n');
}

function related(p: Page, title: string): string {
  const items = relatedTo(p.site, p.article, 4);
  const list = items.length ? items : latestBefore(p.site, p.article, 4);
  if (list.length === 0) return '';
  return `<section class="related"><h3>${title}</h3><ul>${list.map((a) => `<li>${link(p, a)}</li>`).join('')}</ul></section>`;
}

function tags(p: Page): string {
  return `<div class="tags"><span>Tag:</span> ${p.article.tags
    .map(
      (t) =>
        `<a href="${p.outlet.prefix}/tag/${encodeURIComponent(t.toLowerCase())}" rel="tag">${esc(t)}</a>`,
    )
    .join(' ')}</div>`;
}

const share = `<div class="share"><span>Bagikan:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">X</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="copy">Salin tautan</a></div>`;

function footer(o: Outlet, at: Date): string {
  return `<footer class="site-footer"><ul><li><a href="${o.prefix}/redaksi">Redaksi</a></li><li><a href="${o.prefix}/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="${o.prefix}/kontak">Kontak</a></li><li><a href="${o.prefix}/karir">Karir</a></li></ul><p>&copy; ${wib(at).year} ${esc(o.name)}. Hak cipta dilindungi undang-undang.</p></footer>`;
}

function portal(p: Page): string {
  const { article: a, outlet: o } = p;
  return `<!DOCTYPE html>
<html lang="id">
${head(p)}
<body class="detail-page">
<div class="topbar"><span>${esc(o.tagline)}</span> <a href="${o.prefix}/login">Masuk</a></div>
<header class="header"><a class="logo" href="${o.prefix}/">${esc(o.name)}</a>${menu(o)}</header>
<div class="ads ads-leaderboard"><ins class="adsbygoogle" data-ad-slot="${1000 + (a.id % 90)}"></ins></div>
<main class="container">
<div class="breadcrumb"><a href="${o.prefix}/">Beranda</a> &rsaquo; <a href="${o.prefix}/kanal/${a.section.toLowerCase()}">${esc(a.section)}</a></div>
<article class="detail">
<h1 class="detail__title">${esc(a.headline)}</h1>
<div class="detail__author">Reporter: ${esc(a.author)} | Editor: ${esc(a.editor)}</div>
<div class="detail__date">${longDate(a.publishedAt)}</div>
<figure class="detail__media"><img src="${o.prefix}/img/${a.id}.jpg" alt="${esc(a.headline)}"><figcaption>Ilustrasi. (Dok. ${esc(o.name)})</figcaption></figure>
${share}
<div class="detail__body-text">
${body(p, (t) => `<p>${esc(t)}</p>`)}
</div>
${tags(p)}
</article>
${related(p, 'Berita Terkait')}
</main>
<aside class="sidebar"><h3>Terpopuler</h3><ol>${latestBefore(p.site, a, 5)
    .map((x) => `<li>${link(p, x)}</li>`)
    .join('')}</ol></aside>
${footer(o, a.publishedAt)}
</body>
</html>
`;
}

function wordpress(p: Page): string {
  const { article: a, outlet: o } = p;
  return `<!DOCTYPE html>
<html lang="id-ID">
${head(p)}
<body class="post-template-default single single-post postid-${a.id}">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="${o.prefix}/">${esc(o.name)}</a></p><p class="site-description">${esc(o.tagline)}</p></div>${menu(o)}
<form class="search-form" action="${o.prefix}/"><input type="search" name="s" placeholder="Cari berita..."></form></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${a.id}" class="post-${a.id} post type-post status-publish format-standard">
<header class="entry-header"><span class="cat-links"><a href="${o.prefix}/category/${a.section.toLowerCase()}" rel="category tag">${esc(a.section)}</a></span>
<h1 class="entry-title">${esc(a.headline)}</h1>
<div class="entry-meta"><span class="byline">Oleh <span class="author vcard"><a class="url fn n" href="${o.prefix}/author/${encodeURIComponent(a.author.toLowerCase().replace(/\s+/g, '-'))}">${esc(a.author)}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="${isoWib(a.publishedAt)}">${shortDate(a.publishedAt)}</time></span></div></header>
<div class="post-thumbnail"><img src="${o.prefix}/wp-content/uploads/${wib(a.publishedAt).year}/${a.id}.jpg" alt=""></div>
<div class="entry-content">
${body(p, (t) => `<p>${esc(t)}</p>`)}
<p><em>Editor: ${esc(a.editor)}</em></p>
</div>
<footer class="entry-footer">${tags(p)}${share}</footer>
</article>
${related(p, 'Baca Juga')}
<div id="comments" class="comments-area"><h3 class="comments-title">Tinggalkan Balasan</h3><p>Alamat email Anda tidak akan dipublikasikan.</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Berita Terbaru</h2><ul>${latestBefore(
    p.site,
    a,
    5,
  )
    .map((x) => `<li>${link(p, x)}</li>`)
    .join('')}</ul></section></aside></div>
${footer(o, a.publishedAt)}
</div>
</body>
</html>
`;
}

function classic(p: Page): string {
  const { article: a, outlet: o } = p;
  const d = wib(a.publishedAt);
  const clock = `${String(d.hour).padStart(2, '0')}:${String(d.minute).padStart(2, '0')}`;
  return `<!DOCTYPE html>
<html lang="id">
${head(p)}
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="${o.prefix}/">${esc(o.name.toUpperCase())}</a></div><div class="slogan">${esc(o.tagline)}</div></div>
<div id="menu">${menu(o)}</div>
<div id="konten">
<div id="kiri">
<div class="judul"><h1>${esc(a.headline)}</h1></div>
<div class="info"><span class="penulis">Penulis: ${esc(a.author)}</span> | <span class="tanggal">${longDate(a.publishedAt).replace(/ \d\d:\d\d WIB$/, '')} - ${clock} WIB</span></div>
<div class="foto"><img src="${o.prefix}/foto/${a.id}.jpg" alt=""><div class="ket">Foto: Dok. ${esc(o.name)}</div></div>
<div class="isi-berita">
${body(p, (t) => `<p>${esc(t)}</p>`)}
<p class="editor">(${esc(a.editor.split(' ')[0].toLowerCase())})</p>
</div>
${tags(p)}
${share}
${related(p, 'Berita Lainnya')}
</div>
<div id="kanan"><div class="box"><h4>Terkini</h4><ul>${latestBefore(p.site, a, 6)
    .map((x) => `<li>${link(p, x)}</li>`)
    .join('')}</ul></div></div>
</div>
${footer(o, a.publishedAt)}
</div>
</body>
</html>
`;
}

export function renderArticlePage(site: SiteIndex, article: DemoArticle, origin: string): string {
  const outlet = site.news.outlets.find((o) => o.key === article.outlet);
  if (!outlet) throw new Error(`demo: no outlet ${article.outlet}`);
  const page = { site, article, outlet, origin };
  if (outlet.layout === 'wordpress') return wordpress(page);
  if (outlet.layout === 'classic') return classic(page);
  return portal(page);
}
