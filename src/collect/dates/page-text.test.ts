// Dates read from the visible text of pages without structured dates: which ones count, and how
// ambiguous numeric dates are read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../extract/dom.ts';
import { findDates } from './find.ts';

const local = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2025-03-10T00:00:00Z');
const page = (lang: string, body: string, head = '') =>
  parsePage(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);

describe('last-resort dates in the page text', () => {
  it('ignores comment times, navigation and footer dates', () => {
    const d = findDates(parsePage(local('comments-no-dateline.html')), { now: NOW });
    expect(d).toMatchObject({ published: '2025-03-03T00:00:00+07:00', source: 'text' });
  });
});

describe('publication words in running text', () => {
  it('takes the date introduced as the publication date over later ones in the story', () => {
    const body =
      '<div class="content"><h1>Sidang Sengketa Lahan Pasar Ditunda</h1>' +
      '<p>Diterbitkan pada Senin, 3 Maret 2025 oleh Redaksi</p>' +
      '<p>Majelis hakim menunda sidang dan menjadwalkan sidang lanjutan pada 5 Maret 2025.</p></div>';
    expect(findDates(page('id', body), { now: NOW })).toMatchObject({
      published: '2025-03-03T00:00:00+07:00',
      source: 'text',
    });
  });

  it('reads the same in other languages', () => {
    const body =
      '<div><p>Publicado el 3 de marzo de 2025, 09:40</p><p>La audiencia continuará el 6 de marzo de 2025.</p></div>';
    expect(findDates(page('es', body), { now: NOW }).published).toBe('2025-03-03T09:40:00+07:00');
  });
});

describe('numeric dates', () => {
  const dateLine = (text: string) =>
    `<div class="entry"><span class="post-date">${text}</span><p>Isi.</p></div>`;

  it('reads 03/04/2025 day first on an Indonesian page', () => {
    const d = findDates(page('id', dateLine('Selasa, 03/04/2025 10:00 WIB')), {
      now: new Date('2025-05-01'),
    });
    expect(d.published).toBe('2025-04-03T10:00:00+07:00');
  });

  it('reads 03/04/2025 month first on a US English page', () => {
    const d = findDates(page('en-US', dateLine('Posted 03/04/2025 10:00 AM')), {
      now: new Date('2025-05-01'),
    });
    expect(d.published?.slice(0, 10)).toBe('2025-03-04');
  });

  it('lets the page’s unambiguous dates settle the order over its language tag', () => {
    const body =
      dateLine('Posted 03/04/2025 10:00') +
      '<div class="meta-info"><span class="date">Updated 25/04/2025</span></div>';
    const d = findDates(page('en-US', body), { now: new Date('2025-05-01') });
    expect(d.published?.slice(0, 10)).toBe('2025-04-03');
  });

  it('reads 03/25/2025 as 25 March whatever the page language', () => {
    const d = findDates(page('id', dateLine('03/25/2025 08:15')), { now: new Date('2025-05-01') });
    expect(d.published?.slice(0, 10)).toBe('2025-03-25');
  });
});

describe('plausibility', () => {
  it('skips stamps from before news sites existed (CMS defaults such as the Unix epoch)', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1970-01-01T00:00:00Z"}</script>' +
      '<meta property="article:published_time" content="2025-03-03T14:05:00+07:00">';
    expect(findDates(page('id', '<p>Isi.</p>', head), { now: NOW }).published).toBe(
      '2025-03-03T14:05:00+07:00',
    );
  });
});

describe('fetch-time bound', () => {
  it('does not take an announced event day after the fetch for the publication day', () => {
    const body =
      '<div class="content"><h1>Festival Kopi Sukamaju Digelar Besok</h1>' +
      '<p>Rapat persiapan terakhir berlangsung pada 8 Maret 2025 di aula kantor bupati.</p>' +
      '<p>Festival akan digelar pada 11 Maret 2025 di alun-alun dan terbuka untuk umum.</p></div>';
    const now = new Date('2025-03-10T01:00:00Z'); // 08:00 WIB on 10 March
    expect(findDates(page('id', body), { now }).published).toBe('2025-03-08T00:00:00+07:00');
  });
});
