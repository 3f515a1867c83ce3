// A UTC stamp is filed on the day the outlet showed its readers, not on the UTC day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../extract/dom.ts';
import { publisherZoneName } from './country-zones.ts';
import { findDates } from './find.ts';
import { inZone } from './publisher-time.ts';

const local = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2025-08-01T00:00:00Z');

const page = (head: string, body = '<p>Isi berita.</p>', lang = 'en') =>
  parsePage(`<html lang="${lang}"><head>${head}</head><body><article>${body}</article></body></html>`);
const jsonLd = (fields: Record<string, string>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...fields })}</script>`;

describe('UTC stamps on the publisher day', () => {
  it('files an Indonesian outlet’s evening UTC stamp on the next WIB day', () => {
    const d = findDates(parsePage(local('utc-jsonld.html')), { now: NOW });
    expect(d.published).toBe('2025-03-03T01:30:00+07:00');
    expect(d.modified).toBe('2025-03-03T02:05:00+07:00');
    expect(d.source).toBe('json-ld');
  });

  it('uses the workspace zone for Indonesian outlets', () => {
    const d = findDates(parsePage(local('utc-jsonld.html')), { now: NOW, timeZone: 'WITA' });
    expect(d.published).toBe('2025-03-03T02:30:00+08:00');
  });

  it('keeps a stamp written with its own offset as it is', () => {
    const tree = page(jsonLd({ datePublished: '2025-03-03T00:16:15+03:00' }), '<p>Teks.</p>', 'id');
    expect(findDates(tree, { url: 'https://kabar.example.co.id/a', now: NOW }).published).toBe(
      '2025-03-03T00:16:15+03:00',
    );
  });

  it('takes the offset the page writes in its other stamps', () => {
    const head =
      '<meta property="article:published_time" content="2025-05-02T02:54:29.000Z">' +
      jsonLd({ dateModified: '2025-05-01T23:10:00-04:00' });
    const d = findDates(page(head), { url: 'https://news.example.com/story/123/', now: NOW });
    expect(d.published).toBe('2025-05-01T22:54:29-04:00');
  });

  it('follows daylight saving time of the country domain', () => {
    const summer = findDates(page(jsonLd({ datePublished: '2025-07-01T22:30:00Z' }), '<p>Text.</p>', 'de'), {
      url: 'https://zeitung.example.de/artikel/1',
      now: NOW,
    });
    expect(summer.published).toBe('2025-07-02T00:30:00+02:00');
    const winter = findDates(page(jsonLd({ datePublished: '2025-01-15T23:30:00Z' }), '<p>Text.</p>', 'de'), {
      url: 'https://zeitung.example.de/artikel/2',
      now: NOW,
    });
    expect(winter.published).toBe('2025-01-16T00:30:00+01:00');
  });

  it('lets the date printed for readers decide when nothing tells the zone', () => {
    const head = jsonLd({ datePublished: '2025-03-02T23:40:00Z' });
    const shown = (line: string) =>
      findDates(page(head, `<h1>Port strike ends</h1><div class="byline-date">${line}</div><p>Text.</p>`), {
        url: 'https://wire.example.com/port-strike-ends',
        now: NOW,
      }).published?.slice(0, 10);
    expect(shown('Monday, March 3, 2025')).toBe('2025-03-03');
    expect(shown('Sunday, March 2, 2025')).toBe('2025-03-02');
  });

  it('trusts the day in the URL over the zone guess', () => {
    const tree = page(jsonLd({ datePublished: '2025-03-02T23:40:00Z' }), '<p>Teks.</p>', 'id');
    const d = findDates(tree, { url: 'https://kabar.example.co.id/read/2025/03/02/banjir-surut', now: NOW });
    expect(d.published?.slice(0, 10)).toBe('2025-03-02');
  });

  it('keeps the UTC day when the page gives no hint at all', () => {
    const d = findDates(page(jsonLd({ datePublished: '2025-03-02T23:40:00Z' })), {
      url: 'https://wire.example.com/x',
      now: NOW,
    });
    expect(d.published).toBe('2025-03-02T23:40:00+00:00');
  });
});

describe('publisherZoneName', () => {
  it('reads the country domain first, then a single-country language', () => {
    expect(publisherZoneName('https://www.koran.example.co.uk/a', 'en')).toBe('Europe/London');
    expect(publisherZoneName('https://giornale.example.com/a', 'it-IT')).toBe('Europe/Rome');
    expect(publisherZoneName('https://news.example.com/a', 'en-US')).toBeNull();
    expect(publisherZoneName('https://berita.example.com/a', 'id', 'WIT')).toBe('Asia/Jayapura');
    expect(publisherZoneName('https://berita.example.go.id/a', null)).toBe('Asia/Jakarta');
  });
});

describe('inZone', () => {
  it('writes the same instant in a fixed offset or a named zone', () => {
    expect(inZone('2025-03-02T18:30:00+00:00', '+07:00')).toBe('2025-03-03T01:30:00+07:00');
    expect(inZone('2025-03-02T18:30:00+00:00', 'America/Toronto')).toBe('2025-03-02T13:30:00-05:00');
    expect(inZone('2025-03-02T18:30:00+00:00', 'Asia/Kathmandu')).toBe('2025-03-03T00:15:00+05:45');
    expect(inZone('2025-03-02T18:30:00+00:00', 'Not/AZone')).toBeNull();
  });
});
