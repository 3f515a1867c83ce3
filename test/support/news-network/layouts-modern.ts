// Article page themes of newer CMSs: a custom news portal, a WordPress news theme and a minimal blog.
import type { PageModel } from './article-page.ts';
import { formatIndonesian, isoWib, wibParts } from './dates-id.ts';
import {
  attr,
  bodyWithReadAlso,
  breadcrumb,
  commentsBox,
  esc,
  footer,
  head,
  latestWidget,
  menu,
  relatedList,
  shareBar,
  tagList,
} from './page-parts.ts';

const PORTAL_CSS =
  'body{font-family:Roboto,Arial,sans-serif;margin:0}.topbar{background:#b30000;color:#fff}.detail__title{font-size:28px}.detail__body-text p{line-height:1.7}';
const WP_CSS =
  'body{font-family:"Open Sans",sans-serif}.td-header-wrap{background:#111}.entry-content p{margin:0 0 1em}.td-post-date{color:#777}';
const MINIMAL_CSS =
  'body{max-width:720px;margin:auto;font-family:Georgia,serif}.post-meta{color:#666}.post-content p{font-size:19px}';

export function portalLayout(m: PageModel): string {
  return `<!DOCTYPE html>
<html lang="id">
${head(m, { jsonLd: true, articleMeta: false, styles: PORTAL_CSS })}
<body class="detail">
<div class="topbar"><span>${formatIndonesian(m.entry.publishedAt, 'long').split(' ').slice(0, 4).join(' ')}</span><a href="/login">Masuk</a></div>
<header class="header"><a class="logo" href="/"><img src="/logo.png" alt="${attr(m.outlet.name)}"></a>${menu(m.outlet, 'nav-main')}</header>
<div class="ads ads-leaderboard"><ins class="adsbygoogle" data-ad-slot="1021"></ins></div>
<main class="container">
${breadcrumb(m)}
<article class="detail__article">
<h1 class="detail__title">${esc(m.headline)}</h1>
<div class="detail__author">${m.authorLabel}: ${esc(m.author)} | Editor: ${esc(m.editor)}</div>
<div class="detail__date">${formatIndonesian(m.entry.publishedAt, 'long')}</div>
<figure class="detail__media"><img src="${m.imageUrl}" alt="${attr(m.headline)}"><figcaption>${esc(m.imageCaption)}</figcaption></figure>
${shareBar(m)}
<div class="detail__body-text itp_bodycontent">
${bodyWithReadAlso(m, 0, (t) => `<p>${t}</p>`)}
</div>
${tagList(m)}
</article>
${relatedList(m, 'Berita Terkait')}
${commentsBox()}
</main>
<aside class="sidebar"><h3>Terpopuler</h3><ol>${m.related
    .slice(0, 3)
    .map((r) => `<li><a href="${m.origin}${r.path}">${esc(r.title)}</a></li>`)
    .join('')}</ol>${latestWidget(m, 'Berita Terkini')}</aside>
${footer(m.outlet, wibParts(m.entry.publishedAt).year)}
</body>
</html>
`;
}

export function wordpressLayout(m: PageModel): string {
  return `<!DOCTYPE html>
<html lang="id-ID" prefix="og: https://ogp.me/ns#">
${head(m, { jsonLd: true, articleMeta: true, styles: WP_CSS })}
<body class="post-template-default single single-post postid-${m.entry.id} single-format-standard">
<div class="td-header-wrap"><div class="td-header-top-menu"><a href="/redaksi">Redaksi</a> <a href="/kontak">Kontak</a></div>
<div class="td-header-logo"><a href="/">${esc(m.outlet.name)}</a><span class="tagline">${esc(m.outlet.tagline)}</span></div>
${menu(m.outlet, 'td-header-menu-wrap')}<form class="search" action="/"><input name="s" placeholder="Cari berita..."></form></div>
<div class="td-main-content-wrap"><div class="td-crumb-container">${breadcrumb(m)}</div>
<article id="post-${m.entry.id}" class="post-${m.entry.id} post type-post status-publish">
<header class="td-post-header"><ul class="td-category"><li><a href="/kategori/${encodeURIComponent(m.entry.section.toLowerCase())}">${esc(m.entry.section)}</a></li></ul>
<h1 class="entry-title">${esc(m.headline)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">${m.authorLabel}: <a href="/author/${encodeURIComponent(m.author.toLowerCase())}">${esc(m.author)}</a></div>
<span class="td-post-date"><time class="entry-date updated" datetime="${isoWib(m.entry.publishedAt)}">${formatIndonesian(m.entry.publishedAt, 'piped')}</time></span></div></header>
<div class="td-post-featured-image"><img src="${m.imageUrl}" alt="" width="696" height="392"><span class="wp-caption-text">${esc(m.imageCaption)}</span></div>
${shareBar(m)}
<div class="td-post-content entry-content">
${bodyWithReadAlso(m, 1, (t) => `<p>${t}</p>`)}
<p><em>Editor: ${esc(m.editor)}</em></p>
</div>
<footer>${tagList(m)}</footer>
</article>
${relatedList(m, 'Artikel Terkait')}
${commentsBox()}
</div>
<aside class="td-sidebar">${latestWidget(m, 'Terbaru')}</aside>
<div class="td-footer-wrapper">${menu(m.outlet, 'footer-menu')}</div>
${footer(m.outlet, wibParts(m.entry.publishedAt).year)}
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</body>
</html>
`;
}

export function minimalLayout(m: PageModel): string {
  return `<!doctype html>
<html lang="id">
${head(m, { jsonLd: true, articleMeta: true, styles: MINIMAL_CSS })}
<body>
<header class="site-head"><a class="site-title" href="/">${esc(m.outlet.name)}</a>${menu(m.outlet, 'site-nav')}</header>
<main>
<article class="post">
<p class="post-section"><a href="/kategori/${encodeURIComponent(m.entry.section.toLowerCase())}">${esc(m.entry.section)}</a></p>
<h1 class="post-title">${esc(m.headline)}</h1>
<p class="post-meta">Oleh <span class="author">${esc(m.author)}</span> &middot; <time datetime="${isoWib(m.entry.publishedAt)}">${formatIndonesian(m.entry.publishedAt, 'dashed')}</time></p>
<img class="post-image" src="${m.imageUrl}" alt="${attr(m.imageCaption)}">
<section class="post-content">
${bodyWithReadAlso(m, 2, (t) => `<p>${t}</p>`)}
</section>
${tagList(m)}
${shareBar(m)}
</article>
${relatedList(m, 'Baca Selanjutnya')}
</main>
${footer(m.outlet, wibParts(m.entry.publishedAt).year)}
</body>
</html>
`;
}
