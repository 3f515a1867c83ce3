import { describe, expect, it } from 'vitest';
import { expandSearchTemplate, SEARCH_TEMPLATES, unwrapRedirectLink } from './search-feeds.ts';

describe('expandSearchTemplate', () => {
  it('URL-encodes the query into the template', () => {
    expect(expandSearchTemplate(SEARCH_TEMPLATES['google-news'], 'banjir "Kota Serang" & longsor')).toBe(
      'https://news.google.com/rss/search?q=banjir%20%22Kota%20Serang%22%20%26%20longsor&hl=id&gl=ID&ceid=ID:id',
    );
  });

  it('accepts a known template by name', () => {
    expect(expandSearchTemplate('bing-news', 'pemkab lebak')).toBe(
      'https://www.bing.com/news/search?q=pemkab%20lebak&format=rss',
    );
  });

  it('rejects templates without {query}, non-http(s) templates and empty queries', () => {
    expect(() => expandSearchTemplate('https://news.google.com/rss', 'x')).toThrowError(/\{query\}/);
    expect(() => expandSearchTemplate('ftp://example.id/?q={query}', 'x')).toThrowError(/http/);
    expect(() => expandSearchTemplate('bing-news', '   ')).toThrowError(/kosong/);
  });
});

describe('unwrapRedirectLink', () => {
  it('recovers the article from a Bing News click-through link', () => {
    expect(
      unwrapRedirectLink(
        'http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc&url=https%3a%2f%2fwww.kompas.com%2fread%2f2025%2f03%2f03%2fbanjir&c=1&mkt=id-id',
      ),
    ).toBe('https://www.kompas.com/read/2025/03/03/banjir');
  });

  it('recovers the article from a Google redirect', () => {
    expect(
      unwrapRedirectLink('https://www.google.com/url?rct=j&sa=t&url=https://jabar.tribunnews.com/x&ct=ga'),
    ).toBe('https://jabar.tribunnews.com/x');
    expect(unwrapRedirectLink('https://www.google.com/url?q=https://detik.com/y&sa=U')).toBe(
      'https://detik.com/y',
    );
  });

  it('decodes an older Google News article id that embeds the URL', () => {
    const target = Buffer.from('https://www.antaranews.com/berita/123/banjir-serang');
    const message = Buffer.concat([
      Buffer.from([0x08, 0x13, 0x22, target.length]),
      target,
      Buffer.from([0xd2, 0x01, 0x00]),
    ]);
    const link = `https://news.google.com/rss/articles/${message.toString('base64url')}?oc=5`;
    expect(unwrapRedirectLink(link)).toBe('https://www.antaranews.com/berita/123/banjir-serang');
  });

  it('leaves links alone when the target is not in the link itself', () => {
    const opaque = 'https://news.google.com/rss/articles/AU_yqLPxq3Zopaque?oc=5';
    expect(unwrapRedirectLink(opaque)).toBe(opaque);
    expect(unwrapRedirectLink('https://www.detik.com/search?q=https://x.id')).toBe(
      'https://www.detik.com/search?q=https://x.id',
    );
    expect(unwrapRedirectLink('not a url')).toBe('not a url');
  });
});
