// Choosing a page's publication date among the dates it shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../extract/dom.ts';
import { findDates } from './find.ts';

const page = (name: string) =>
  readFileSync(new URL(`../extract/testdata/${name}`, import.meta.url), 'utf8').replace(/\r/g, '');
const local = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2025-03-10T00:00:00Z');

describe('findDates', () => {
  it('prefers JSON-LD datePublished and reports the modification separately', () => {
    const d = findDates(parsePage(page('portal-jsonld.html')), { now: NOW });
    expect(d).toMatchObject({
      published: '2025-03-03T14:05:00+07:00',
      modified: '2025-03-03T18:40:00+07:00',
      source: 'json-ld',
    });
  });

  it('takes the visible publication line over update and comment dates', () => {
    const d = findDates(parsePage(local('news-with-comments.html')), { now: NOW });
    expect(d.published).toBe('2025-03-03T11:20:00+07:00');
    expect(d.modified).toBe('2025-03-05T08:00:00+07:00');
  });

  it('reads a WITA date line and keeps its zone', () => {
    const d = findDates(parsePage(page('regional-brtext.html')), { now: NOW });
    expect(d.published).toBe('2025-03-03T14:05:00+08:00');
  });

  it('falls back to a date in the URL', () => {
    const html = '<html><body><p>Tanpa tanggal yang terlihat di halaman ini sama sekali.</p></body></html>';
    const d = findDates(parsePage(html), { url: 'https://berita.example/read/2025/03/01/judul', now: NOW });
    expect(d).toMatchObject({ published: '2025-03-01T00:00:00+07:00', source: 'url' });
  });

  it('ignores dates in the future of the crawl time', () => {
    const html = '<html><body><div class="date">12 Desember 2030</div></body></html>';
    expect(findDates(parsePage(html), { now: NOW }).published).toBeNull();
  });
});
