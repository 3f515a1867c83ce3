// HTML pieces every outlet's theme shares: head metadata, menus, share bar, related list, comments, footer.
import type { PageModel } from './article-page.ts';
import type { ArticleEntry } from './catalog.ts';
import { isoWib } from './dates-id.ts';
import type { OutletProfile } from './outlets.ts';

/** Escapes text content; quotation marks stay as typed, as CMSs print them. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attr(text: string): string {
  return esc(text).replace(/"/g, '&quot;');
}

export const SECTIONS = [
  'Pemerintahan',
  'Peristiwa',
  'Ekonomi',
  'Kesehatan',
  'Pendidikan',
  'Infrastruktur',
  'Sosial',
  'Lingkungan',
  'Budaya dan Pariwisata',
  'Hukum dan Ketertiban',
  'Olahraga',
  'Opini',
];

export function sectionHref(section: string): string {
  return `/kategori/${section.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function jsonLd(m: PageModel): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': m.url },
    headline: m.headline,
    description: m.description,
    image: [m.imageUrl],
    datePublished: isoWib(m.entry.publishedAt),
    dateModified: isoWib(m.modifiedAt),
    author: { '@type': 'Person', name: m.author },
    publisher: {
      '@type': 'Organization',
      name: m.outlet.name,
      logo: { '@type': 'ImageObject', url: `${m.origin}/logo.png` },
    },
    articleSection: m.entry.section,
    keywords: m.tags.join(', '),
    inLanguage: 'id-ID',
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export function head(
  m: PageModel,
  options: { jsonLd: boolean; articleMeta: boolean; styles: string },
): string {
  const title = `${esc(m.headline)} - ${esc(m.outlet.name)}`;
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${attr(m.description)}">
<meta name="keywords" content="${attr(m.tags.join(', '))}">
<link rel="canonical" href="${m.url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${attr(m.outlet.name)}">
<meta property="og:title" content="${attr(m.headline)}">
<meta property="og:description" content="${attr(m.description)}">
<meta property="og:url" content="${m.url}">
<meta property="og:image" content="${m.imageUrl}">
<meta property="og:locale" content="id_ID">
<meta name="twitter:card" content="summary_large_image">
${
  options.articleMeta
    ? `<meta property="article:published_time" content="${isoWib(m.entry.publishedAt)}">
<meta property="article:modified_time" content="${isoWib(m.modifiedAt)}">
<meta property="article:section" content="${attr(m.entry.section)}">
<meta property="article:author" content="${attr(m.author)}">`
    : ''
}
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="${attr(m.outlet.name)}" href="${m.origin}${m.outlet.feedPath}">
<style>${options.styles}</style>
${options.jsonLd ? jsonLd(m) : ''}
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-SKMJ${m.outlet.index}');</script>
</head>`;
}

export function menu(outlet: OutletProfile, className: string): string {
  const items = ['Beranda', ...SECTIONS, 'Indeks']
    .map(
      (s) =>
        `<li><a href="${s === 'Beranda' ? '/' : s === 'Indeks' ? '/indeks' : sectionHref(s)}">${s}</a></li>`,
    )
    .join('');
  return `<nav class="${className}" aria-label="Menu utama ${esc(outlet.name)}"><ul>${items}</ul></nav>`;
}

export function breadcrumb(m: PageModel): string {
  return `<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="${sectionHref(m.entry.section)}">${esc(m.entry.section)}</a></li><li>${esc(m.headline)}</li></ol>`;
}

export function readAlso(m: PageModel, entry: ArticleEntry, style: number): string {
  const link = `<a href="${m.origin}${entry.path}">${esc(entry.title)}</a>`;
  switch (style % 3) {
    case 0:
      return `<p><strong>Baca juga:</strong> ${link}</p>`;
    case 1:
      return `<div class="baca-juga"><span>BACA JUGA</span><ul><li>${link}</li></ul></div>`;
    default:
      return `<p class="related-inline">Baca Juga: ${link}</p>`;
  }
}

/** Paragraph HTML with "Baca juga" links dropped in after the 2nd and 5th paragraphs. */
export function bodyWithReadAlso(m: PageModel, style: number, wrap: (text: string) => string): string {
  const parts: string[] = [];
  m.paragraphs.forEach((text, i) => {
    parts.push(wrap(esc(text)));
    if (i === 1 && m.readAlso[0]) parts.push(readAlso(m, m.readAlso[0], style));
    if (i === 4 && m.readAlso[1]) parts.push(readAlso(m, m.readAlso[1], style));
  });
  return parts.join('\n');
}

export function shareBar(m: PageModel): string {
  const u = encodeURIComponent(m.url);
  const t = encodeURIComponent(m.headline);
  return `<div class="share-bar"><span>Bagikan:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=${u}" rel="nofollow">Facebook</a>
<a class="share-x" href="https://twitter.com/intent/tweet?url=${u}&amp;text=${t}" rel="nofollow">X</a>
<a class="share-wa" href="https://api.whatsapp.com/send?text=${t}%20${u}" rel="nofollow">WhatsApp</a>
<a class="share-tg" href="https://t.me/share/url?url=${u}" rel="nofollow">Telegram</a>
<button type="button" class="copy-link" data-url="${m.url}">Salin tautan</button></div>`;
}

export function tagList(m: PageModel): string {
  const tags = m.tags.map(
    (t) => `<a href="/tag/${encodeURIComponent(t.toLowerCase())}" rel="tag">${esc(t)}</a>`,
  );
  return `<div class="tags"><span>Tag:</span> ${tags.join(' ')}</div>`;
}

export function relatedList(m: PageModel, heading: string): string {
  const items = m.related
    .map((r) => `<li><a href="${m.origin}${r.path}">${esc(r.title)}</a></li>`)
    .join('\n');
  return `<section class="related"><h3>${heading}</h3><ul>\n${items}\n</ul></section>`;
}

export function commentsBox(): string {
  return `<section id="komentar" class="comments"><h3>Komentar</h3>
<p class="comments-note">Komentar yang mengandung SARA, ujaran kebencian, atau hoaks akan dihapus.</p>
<form class="comment-form" method="post" action="/komentar"><label>Nama <input name="nama" required></label>
<label>Email <input name="email" type="email" required></label><label>Komentar <textarea name="isi" rows="4"></textarea></label>
<button type="submit">Kirim Komentar</button></form><p class="comments-empty">Belum ada komentar. Jadilah yang pertama berkomentar.</p></section>`;
}

export function latestWidget(m: PageModel, heading: string): string {
  const items = m.latest
    .map(
      (e) =>
        `<li><a href="${m.origin}${e.path}"><img src="${m.origin}/uploads/thumb-${e.id}.jpg" alt="" loading="lazy">${esc(e.title)}</a></li>`,
    )
    .join('\n');
  return `<div class="widget widget-latest"><h3 class="widget-title">${heading}</h3><ul>\n${items}\n</ul></div>`;
}

export function footer(outlet: OutletProfile, year: string): string {
  return `<footer class="site-footer"><div class="footer-brand"><strong>${esc(outlet.name)}</strong><p>${esc(outlet.tagline)}</p>
<p>Jl. Siliwangi No. ${12 + outlet.index}, Kota Sukamaju, Jawa Barat. Telp. (0265) 33${String(outlet.index).padStart(2, '0')}12</p></div>
<ul class="footer-links"><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li>
<li><a href="/kode-etik">Kode Etik Jurnalistik</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/kontak">Kontak</a></li>
<li><a href="/iklan">Info Iklan</a></li></ul>
<p class="copyright">&copy; ${year} ${esc(outlet.name)}. Hak cipta dilindungi undang-undang. Terverifikasi Dewan Pers.</p></footer>`;
}
