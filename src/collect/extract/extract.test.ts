// Article extraction on Indonesian news layouts: clean paragraphs, no furniture, right metadata.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import { decodeBody } from '../charset.ts';
import { extractArticle } from './index.ts';

const fixture = (name: string) => decodeBody(readFileSync(new URL(`./testdata/${name}`, import.meta.url)));
const NOW = new Date('2025-03-10T00:00:00Z');

describe('extractArticle on a portal page with JSON-LD, share bar and inline related links', () => {
  const a = extractArticle(fixture('portal-jsonld.html'), {
    url: 'https://warta-sukamaju.example/daerah/2025/03/03/banjir-rendam-12-desa?utm_source=wa',
    now: NOW,
  });

  it('keeps the story as paragraphs separated by a blank line', () => {
    const paragraphs = a.text?.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^SUKAMAJU – Banjir merendam sedikitnya 12 desa/);
    expect(paragraphs[4]).toMatch(/ternak yang hanyut terbawa arus\.$/);
  });

  it('drops "Baca juga" links, advertisement markers, share bar, tags, newsletter, comments and captions', () => {
    for (const junk of [
      'Baca juga',
      'Baca Juga',
      'ADVERTISEMENT',
      'WhatsApp',
      'Berlangganan',
      'Semoga cepat',
      'Foto:',
      'Tag:',
      'Berita Terkait',
      'Hak cipta',
    ])
      expect(a.text).not.toContain(junk);
  });

  it('reads title, writer, dates, language and absolute links', () => {
    expect(a).toMatchObject({
      title: 'Banjir Rendam 12 Desa di Kabupaten Sukamaju, Ratusan Warga Mengungsi',
      author: 'Rina Marlina',
      published: '2025-03-03T14:05:00+07:00',
      modified: '2025-03-03T18:40:00+07:00',
      lang: 'id',
      canonical: 'https://warta-sukamaju.example/daerah/2025/03/03/banjir-rendam-12-desa',
      image: 'https://warta-sukamaju.example/foto/2025/03/banjir-sukamaju.jpg',
      siteName: 'Warta Sukamaju',
    });
  });
});

describe('extractArticle on an older CMS writing paragraphs with <br><br>', () => {
  const a = extractArticle(fixture('regional-brtext.html'), { now: NOW, timeZone: 'WITA' });

  it('splits the runs into paragraphs and drops "Simak juga" / "Lihat juga" lines and the credit line', () => {
    const paragraphs = a.text?.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^SAMARINDA - Gubernur meresmikan jembatan/);
    expect(a.text).not.toMatch(/Simak juga|Lihat juga|Reporter:|Terpopuler|Bagikan/);
  });

  it('prefers the reporter named in the credit line over a desk name in meta', () => {
    expect(a.author).toBe('Siti Nurhaliza');
  });

  it('reads the WITA date line', () => {
    expect(a.published).toBe('2025-03-03T14:05:00+08:00');
  });
});

describe('extractArticle on an AMP page', () => {
  const a = extractArticle(fixture('amp-article.html'), { now: NOW });
  it('extracts the body without the AMP sidebar and the rel=author byline', () => {
    expect(a.text?.split('\n\n')).toHaveLength(4);
    expect(a.text).not.toContain('Beranda');
    expect(a.author).toBe('Dewi Lestari');
    expect(a.published).toBe('2025-03-04T09:12:00+09:00');
    expect(a.canonical).toBe('https://ekonomi.example.co.id/read/2025/03/04/harga-beras-turun');
  });
});

describe('extractArticle on a windows-1252 table layout', () => {
  const a = extractArticle(fixture('latin1-table.html'), { now: NOW });
  it('decodes accents and curly quotes, and leaves the headline and date line out of the text', () => {
    expect(a.text).toContain('crème brûlée');
    expect(a.text).toContain('“Kami ingin festival ini');
    expect(a.text?.startsWith('Festival kuliner yang menghadirkan')).toBe(true);
    expect(a.published).toBe('2025-03-07T19:30:00+07:00');
  });
});

describe('extractArticle on bad input', () => {
  it('throws no_content for binary junk served as HTML', () => {
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)).toString('latin1');
    expect(() => extractArticle(junk)).toThrow(PantauError);
    try {
      extractArticle('');
    } catch (e) {
      expect((e as PantauError).code).toBe('no_content');
    }
  });

  it('survives malformed markup', () => {
    const html =
      '<html><body><div><p>Paragraf pertama yang cukup panjang untuk dihitung sebagai isi berita, tanpa penutup.<div><p>Paragraf kedua, juga cukup panjang, dengan <b>tag <i>yang bersilangan</b> tidak</i> rapi.</table></span>';
    const a = extractArticle(html);
    expect(a.text).toContain('Paragraf pertama');
    expect(a.text).toContain('Paragraf kedua');
  });

  it('detects the language from the text when the page does not declare it', () => {
    const html = `<html><body><article><p>${'Pemerintah daerah akan memperbaiki jalan yang rusak di desa itu karena banyak warga yang mengeluh. '.repeat(4)}</p></article></body></html>`;
    expect(extractArticle(html).lang).toBe('id');
  });
});

describe('extractArticle on links in schemes other than http(s)', () => {
  const story = Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Dinas Perhubungan menutup ruas jalan Cibeureum selama perbaikan jembatan tahap ${i + 1}, dan warga diminta memakai jalur alternatif.</p>`,
  ).join('');
  const page = (head: string) =>
    `<html lang="id"><head><title>Jalan Cibeureum Ditutup Sementara</title>${head}</head><body><article>${story}</article></body></html>`;
  const url = 'https://warta-sukamaju.example/berita/jalan-ditutup';

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'mailto:redaksi@warta-sukamaju.example',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'intent://berita/123#Intent;scheme=warta;end',
    'whatsapp://send?text=halo',
    'ftp://warta-sukamaju.example/berita.html',
  ])('ignores the canonical link %j and keeps the page address instead', (href) => {
    const a = extractArticle(page(`<link rel="canonical" href="${href}">`), { url });
    expect(a.text).toContain('Dinas Perhubungan menutup ruas jalan');
    expect(a.canonical).toBe(url);
  });

  it('falls back to og:url when the canonical link is unusable', () => {
    const a = extractArticle(
      page(
        '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://warta-sukamaju.example/berita/jalan-ditutup-sementara">',
      ),
      { url },
    );
    expect(a.canonical).toBe('https://warta-sukamaju.example/berita/jalan-ditutup-sementara');
  });

  it('keeps the first http(s) image and never a script, data or app link', () => {
    const a = extractArticle(
      page(`<meta property="og:image" content="javascript:alert(2)">
        <meta name="twitter:image" content="data:image/svg+xml,<svg onload=alert(3)>">
        <script type="application/ld+json">{"@type":"NewsArticle","image":{"url":"/foto/jalan.jpg"}}</script>`),
      { url },
    );
    expect(a.image).toBe('https://warta-sukamaju.example/foto/jalan.jpg');
    const none = extractArticle(page('<meta property="og:image" content="intent://foto#Intent;end">'), {
      url,
    });
    expect(none.image).toBeNull();
  });

  it('has no canonical at all when no page address is given and every link is unusable', () => {
    const a = extractArticle(page('<link rel="canonical" href="javascript:alert(1)">'));
    expect(a.canonical).toBeNull();
  });

  it('takes no script or app link for the writer’s name', () => {
    const a = extractArticle(page('<meta name="author" content="javascript:alert(1)">'), { url });
    expect(a.author).toBeNull();
  });
});
