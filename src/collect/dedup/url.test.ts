import { describe, expect, it } from 'vitest';
import { articleKey, normalizeUrl } from './url.ts';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host, drops the default port and the fragment', () => {
    expect(normalizeUrl('HTTPS://WWW.Kompas.com:443/read/2025/03/03/banjir#komentar')).toBe(
      'https://www.kompas.com/read/2025/03/03/banjir',
    );
    expect(normalizeUrl('http://detik.com:80/berita')).toBe('http://detik.com/berita');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(
      normalizeUrl(
        'https://www.tribunnews.com/x?utm_source=fb&page=2&fbclid=abc&utm_medium=social&gclid=1&ref=wa&a=1&_ga=2&igshid=z',
      ),
    ).toBe('https://www.tribunnews.com/x?a=1&page=2');
  });

  it('collapses AMP variants', () => {
    expect(normalizeUrl('https://www.suara.com/amp/news/2025/03/03/banjir')).toBe(
      'https://www.suara.com/news/2025/03/03/banjir',
    );
    expect(normalizeUrl('https://news.detik.com/berita/d-7801234/banjir-serang/amp')).toBe(
      'https://news.detik.com/berita/d-7801234/banjir-serang',
    );
    expect(normalizeUrl('https://www.example.id/berita/banjir.amp.html')).toBe(
      'https://www.example.id/berita/banjir.html',
    );
    expect(normalizeUrl('https://www.example.id/berita/banjir?amp=1')).toBe(
      'https://www.example.id/berita/banjir',
    );
    expect(normalizeUrl('https://www.example.id/berita/banjir?outputType=amp')).toBe(
      'https://www.example.id/berita/banjir',
    );
    expect(normalizeUrl('https://amp.kompas.com/read/2025/03/03/banjir')).toBe(
      'https://kompas.com/read/2025/03/03/banjir',
    );
  });

  it('collapses mobile hosts but keeps real two-label domains', () => {
    expect(normalizeUrl('https://m.tribunnews.com/regional/x')).toBe('https://tribunnews.com/regional/x');
    expect(normalizeUrl('https://mobile.example.co.id/x')).toBe('https://example.co.id/x');
    expect(normalizeUrl('https://m.id/x')).toBe('https://m.id/x');
  });

  it('resolves relative URLs against a base', () => {
    expect(normalizeUrl('/berita/1?utm_campaign=x', 'https://banten.antaranews.com/rss')).toBe(
      'https://banten.antaranews.com/berita/1',
    );
  });

  it('rejects non-http(s) URLs with a validation error', () => {
    expect(() => normalizeUrl('javascript:alert(1)')).toThrowError(/http\(s\)/);
    expect(() => normalizeUrl('mailto:redaksi@antaranews.com')).toThrow();
    expect(() => normalizeUrl('bukan url')).toThrow();
  });
});

describe('articleKey', () => {
  it('is the same for every variant of one article', () => {
    const variants = [
      'https://www.kompas.com/read/2025/03/03/banjir-serang',
      'http://kompas.com/read/2025/03/03/banjir-serang/',
      'https://amp.kompas.com/read/2025/03/03/banjir-serang?utm_source=twitter',
      'https://m.kompas.com/read/2025/03/03/banjir-serang#baca',
      'https://www.kompas.com/read/2025/03/03/banjir-serang/amp?amp=1',
    ];
    const keys = new Set(variants.map(articleKey));
    expect([...keys]).toEqual(['kompas.com/read/2025/03/03/banjir-serang']);
  });

  it('keeps different articles apart', () => {
    expect(articleKey('https://detik.com/a?id=1')).not.toBe(articleKey('https://detik.com/a?id=2'));
    expect(articleKey('https://jabar.tribunnews.com/x')).not.toBe(
      articleKey('https://jatim.tribunnews.com/x'),
    );
  });
});
