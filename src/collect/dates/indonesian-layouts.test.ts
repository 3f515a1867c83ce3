// Publication dates on the page layouts of Indonesian (and Malay) news sites, written by us after
// the common portal templates: the date line, the URL, update and comment dates, sidebars.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../extract/dom.ts';
import { findDates } from './find.ts';

const NOW = new Date('2026-12-10T05:00:00Z'); // 12:00 WIB on 10 December 2026
const page = (body: string, head = '', lang = 'id') =>
  parsePage(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
const article = (dateLine: string) =>
  `<article><h1>Pemkab Resmikan Jembatan Desa Sukamaju</h1>${dateLine}` +
  '<p>Bupati meresmikan jembatan yang menghubungkan dua desa di kecamatan itu.</p></article>';

describe('date lines of Indonesian portals', () => {
  it.each([
    ['<div class="date">Senin, 7 Desember 2026 14:05 WIB</div>', '2026-12-07T14:05:00+07:00'],
    ['<div class="detail__date">Senin, 07 Des 2026 14:05 WIB</div>', '2026-12-07T14:05:00+07:00'],
    ['<div class="read__time">Kompas.com - 07/12/2026, 14:05 WIB</div>', '2026-12-07T14:05:00+07:00'],
    ['<span class="time">Kamis, 10 Des 2026 | 09:12 WITA</span>', '2026-12-10T09:12:00+08:00'],
    ['<div class="tanggal">Selasa, 8 Desember 2026 - 10:30 WIT</div>', '2026-12-08T10:30:00+09:00'],
  ])('reads %s', (line, expected) => {
    expect(findDates(page(article(line)), { now: NOW })).toMatchObject({
      published: expected,
      source: 'date-line',
    });
  });

  it('reads the day from the dateline of the story text, "Selasa (8/12/2026)"', () => {
    const body =
      '<div class="content"><p>SUKAMAJU - Pemerintah kabupaten menyalurkan bantuan beras kepada 1.200 keluarga, ' +
      'Selasa (8/12/2026). Penyaluran dilakukan di balai desa.</p></div>';
    expect(findDates(page(body), { now: NOW }).published?.slice(0, 10)).toBe('2026-12-08');
  });

  it('takes "Diterbitkan" over "Diperbarui" whichever comes first on the line', () => {
    const line =
      '<div class="post-info">Diperbarui 09/12/2026 08:00 WIB · Diterbitkan 07/12/2026 19:40 WIB</div>';
    expect(findDates(page(article(line)), { now: NOW }).published).toBe('2026-12-07T19:40:00+07:00');
  });

  it('skips the update date when the line says nothing about publication', () => {
    const line =
      '<div class="meta">Terakhir diperbarui: 9 Desember 2026 08:00 WIB</div>' +
      '<div class="byline">Oleh Redaksi, 7 Desember 2026 19:40 WIB</div>';
    expect(findDates(page(article(line)), { now: NOW }).published).toBe('2026-12-07T19:40:00+07:00');
  });

  it('reads a Malay date line ("Disiarkan pada", Disember, Isnin)', () => {
    const line = '<div class="article-meta">Disiarkan pada Isnin, 7 Disember 2026 2:05 PM</div>';
    expect(findDates(page(article(line), '', 'ms'), { now: NOW }).published?.slice(0, 10)).toBe('2026-12-07');
  });

  it('reads "2 jam yang lalu" against the crawl time', () => {
    const line = '<span class="date">2 jam yang lalu</span>';
    expect(findDates(page(article(line)), { now: NOW }).published).toBe('2026-12-10T10:00:00+07:00');
  });
});

describe('dates in the URL', () => {
  it('adds the date line’s time to the day in the URL', () => {
    const tree = page(article('<div class="date">Senin, 7 Desember 2026 14:05 WIB</div>'));
    const url = 'https://daerah.example.co.id/read/2026/12/07/14050091/jembatan-desa';
    expect(findDates(tree, { url, now: NOW })).toMatchObject({ published: '2026-12-07T14:05:00+07:00' });
  });

  it('reads the stamp in a CNN Indonesia style URL when the page shows no date', () => {
    const tree = page('<article><h1>Judul</h1><p>Isi berita tanpa tanggal.</p></article>');
    const url = 'https://www.cnnindonesia.example/nasional/20261207140512-20-579000/jembatan-desa';
    expect(findDates(tree, { url, now: NOW })).toMatchObject({
      published: '2026-12-07T14:05:00+07:00',
      source: 'url',
    });
  });

  it('lets a month-only URL pick the date line in its month over a stray structured date', () => {
    const head = '<meta property="article:published_time" content="2026-11-02T08:00:00+07:00">';
    const tree = page(article('<div class="entry-date">Senin, 7 Desember 2026</div>'), head);
    const url = 'https://blog.example.id/2026/12/jembatan-desa/';
    expect(findDates(tree, { url, now: NOW }).published?.slice(0, 10)).toBe('2026-12-07');
  });
});

describe('dates that are not the article’s', () => {
  it('ignores comment, related and most-read dates even in <time> elements', () => {
    const body =
      '<article><h1>Judul</h1><p>Isi berita.</p>' +
      '<div class="baca-juga"><time datetime="2026-12-09T10:00:00+07:00">9 Des</time> Berita lain</div></article>' +
      '<div class="komentar"><time datetime="2026-12-09T21:00:00+07:00">kemarin</time> Mantap!</div>' +
      '<div class="terpopuler"><time datetime="2026-12-08T07:00:00+07:00">8 Des</time></div>' +
      '<div class="post-date"><time datetime="2026-12-07T19:40:00+07:00">7 Desember 2026</time></div>';
    expect(findDates(page(body), { now: NOW }).published).toBe('2026-12-07T19:40:00+07:00');
  });

  it('does not take the site header’s today for the publication day', () => {
    const body =
      '<header><span class="date">Kamis, 10 Desember 2026</span></header>' +
      article('<div class="date">Senin, 7 Desember 2026 14:05 WIB</div>');
    expect(findDates(page(body), { now: NOW }).published).toBe('2026-12-07T14:05:00+07:00');
  });
});
