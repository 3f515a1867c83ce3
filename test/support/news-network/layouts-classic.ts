// Article page themes of older, heavier CMSs: a tabloid portal full of widgets and a table-era site.
import type { PageModel } from './article-page.ts';
import { formatIndonesian, wibParts } from './dates-id.ts';
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
  SECTIONS,
  sectionHref,
  shareBar,
  tagList,
} from './page-parts.ts';

const TRIBUNE_CSS =
  '#header{background:#0b4f8a}#menu li{display:inline-block}#article_con{font-size:16px}.txt-article p{margin-bottom:14px}';
const LEGACY_CSS = 'body{font:13px Verdana}td.isi{padding:8px}#judul{font-size:20px;font-weight:bold}';

function megaMenu(): string {
  const columns = SECTIONS.slice(0, 6)
    .map(
      (s) =>
        `<div class="mega-col"><a href="${sectionHref(s)}">${s}</a><a href="${sectionHref(s)}/terkini">Terkini</a></div>`,
    )
    .join('');
  return `<div class="mega-menu">${columns}</div>`;
}

export function tribuneLayout(m: PageModel): string {
  return `<!DOCTYPE html>
<html lang="id">
${head(m, { jsonLd: false, articleMeta: true, styles: TRIBUNE_CSS })}
<body>
<div id="header"><div class="logo"><a href="/">${esc(m.outlet.name.toUpperCase())}</a></div>${menu(m.outlet, 'menu')}${megaMenu()}
<div class="trending"><b>TRENDING:</b> ${m.related
    .slice(0, 4)
    .map((r) => `<a href="${m.origin}${r.path}">#${esc(r.title.split(' ').slice(0, 3).join(''))}</a>`)
    .join(' ')}</div></div>
<div id="ads-top"><div class="ad" data-slot="top-970x90"></div></div>
<div id="article_con">
${breadcrumb(m)}
<h1 id="arttitle">${esc(m.headline)}</h1>
<div class="credit"><div class="penulis">Penulis: <a href="/penulis/${encodeURIComponent(m.author)}">${esc(m.author)}</a></div>
<div class="editor">Editor: <a href="/editor/${encodeURIComponent(m.editor)}">${esc(m.editor)}</a></div></div>
<time class="grey">${formatIndonesian(m.entry.publishedAt, 'short-month')}</time>
${shareBar(m)}
<div class="imgfull"><img src="${m.imageUrl}" alt="${attr(m.headline)}"><div class="caption">${esc(m.imageCaption)}</div></div>
<div class="side-article txt-article multi-fontsize">
${bodyWithReadAlso(m, 1, (t) => `<p>${t}</p>`)}
</div>
<div class="ad" data-slot="inarticle-300x250"></div>
<div class="pagination"><span>Halaman 1/1</span><a href="${m.url}?page=all">Tampilkan Semua</a></div>
${tagList(m)}
${relatedList(m, 'Berita Lainnya')}
<div class="sosmed"><p>Ikuti berita terkini ${esc(m.outlet.name)} di Google News dan saluran WhatsApp kami.</p></div>
${commentsBox()}
</div>
<div id="sidebar"><div class="box-populer"><h3>Populer</h3>${m.related
    .map(
      (r, i) =>
        `<div class="pop-item"><span>${i + 1}</span><a href="${m.origin}${r.path}">${esc(r.title)}</a></div>`,
    )
    .join('')}</div>${latestWidget(m, 'Terkini')}</div>
${footer(m.outlet, wibParts(m.entry.publishedAt).year)}
</body>
</html>
`;
}

/** Old table layout: no og:published time, no JSON-LD, and paragraphs separated by <br><br>. */
export function legacyLayout(m: PageModel): string {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
${head(m, { jsonLd: false, articleMeta: false, styles: LEGACY_CSS })}
<body bgcolor="#ffffff">
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" id="kepala"><a href="/"><img src="/images/banner.gif" alt="${attr(m.outlet.name)}" border="0"></a></td></tr>
<tr><td colspan="2">${menu(m.outlet, 'menuatas')}</td></tr>
<tr><td width="660" valign="top" class="isi">
${breadcrumb(m)}
<div id="judul">${esc(m.headline)}</div>
<div id="tanggal">${formatIndonesian(m.entry.publishedAt, 'numeric')} &nbsp; Dibaca: ${(m.entry.id % 2000) + 17} kali</div>
<div id="reporter">${m.authorLabel} : ${esc(m.author)}</div>
<img src="${m.imageUrl}" width="640"><br><small>${esc(m.imageCaption)}</small><br><br>
<div id="isi">
${bodyWithReadAlso(m, 0, (t) => `${t}<br><br>`)}
</div>
${tagList(m)}
${shareBar(m)}
${relatedList(m, 'Berita Terkait')}
${commentsBox()}
</td><td width="300" valign="top" class="kanan"><b>Berita Terbaru</b><br>${m.related
    .map((r) => `&raquo; <a href="${m.origin}${r.path}">${esc(r.title)}</a><br>`)
    .join('')}</td></tr>
<tr><td colspan="2">${footer(m.outlet, wibParts(m.entry.publishedAt).year)}</td></tr></table>
</body>
</html>
`;
}
