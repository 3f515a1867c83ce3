import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.ts';

const rssItem = (inner: string, ns = '') =>
  `<?xml version="1.0"?><rss version="2.0" ${ns}><channel><title>Uji</title><link>https://uji.example.id/</link><item>${inner}</item></channel></rss>`;
const entryOf = (inner: string, ns = '') => parseFeed(rssItem(inner, ns)).entries[0];

describe('real-world RSS quirks', () => {
  it('prefers FeedBurner’s original link over its redirector', () => {
    const entry = entryOf(
      '<title>x</title><link>https://feeds.feedburner.com/~r/kabar/~3/abc/</link><feedburner:origLink>https://kabar.example.id/berita/1</feedburner:origLink>',
      'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"',
    );
    expect(entry.link).toBe('https://kabar.example.id/berita/1');
  });

  it('reads authors written with inner HTML, CDATA, or as an Atom-like person', () => {
    expect(entryOf('<author>oleh <a href="/penulis/rina">Rina</a></author>').author).toBe('oleh Rina');
    expect(entryOf('<author>\n  oleh <![CDATA[Rina Wulandari]]>\n</author>').author).toBe(
      'oleh Rina Wulandari',
    );
    expect(entryOf('<author><name>Budi</name><title>Redaktur</title></author>').author).toBe('Budi');
    expect(
      entryOf(
        '<atom:author><email>humas@jabarprov.go.id</email></atom:author>',
        'xmlns:atom="http://www.w3.org/2005/Atom"',
      ).author,
    ).toBe('humas@jabarprov.go.id');
    expect(
      entryOf('<dc:creator>Ani</dc:creator><dc:creator>Ani</dc:creator><dc:creator>Joko</dc:creator>').author,
    ).toBe('Ani, Joko');
  });

  it('falls back to dc:title, and leaves a missing title null rather than inventing one', () => {
    expect(entryOf('<dc:title>Judul DC</dc:title><link>https://uji.example.id/1</link>').title).toBe(
      'Judul DC',
    );
    expect(entryOf('<link>https://uji.example.id/2</link>').title).toBeNull();
  });

  it('uses a permalink guid without isPermaLink as link, but never a non-URL guid', () => {
    expect(entryOf('<guid>https://uji.example.id/artikel.html</guid>').link).toBe(
      'https://uji.example.id/artikel.html',
    );
    const opaque = entryOf('<guid>12345</guid><title>t</title>');
    expect(opaque.link).toBeNull();
    expect(opaque.id).toBe('12345');
  });

  it('reads item links from atom:link rel=alternate when <link> is empty', () => {
    const entry = entryOf(
      '<link></link><atom:link rel="alternate" href="/b"/><title>t</title>',
      'xmlns:atom="http://www.w3.org/2005/Atom"',
    );
    expect(entry.link).toBe('https://uji.example.id/b');
  });

  it('keeps unescaped ampersands and strips control characters from text', () => {
    const entry = entryOf(
      '<title>Banjir\u0001 & longsor</title><link>https://uji.example.id/?a=1&b=2</link>',
    );
    expect(entry.title).toBe('Banjir & longsor');
    expect(entry.link).toBe('https://uji.example.id/?a=1&b=2');
  });

  it('decodes entities escaped twice in titles', () => {
    expect(entryOf('<title>Harga &amp;quot;cabai&amp;quot; naik &amp;amp; stabil</title>').title).toBe(
      'Harga "cabai" naik & stabil',
    );
  });

  it('falls back to dc:date when pubDate is empty, and ignores an unreadable date', () => {
    expect(entryOf('<pubDate></pubDate><dc:date>2025-03-03T10:00:00+07:00</dc:date>').published).toBe(
      '2025-03-03T03:00:00.000Z',
    );
    expect(entryOf('<pubDate>kemarin sore</pubDate>').published).toBeNull();
  });

  it('keeps what it could read from a feed cut off mid-download', () => {
    const feed = parseFeed(
      '<rss><channel><title>T</title><item><title>A</title><link>https://a.id/1</link></item><item><title>B</title><li',
    );
    expect(feed.entries[0]).toMatchObject({ title: 'A', link: 'https://a.id/1' });
  });

  it('reads a feed printed after PHP warnings', () => {
    const junk =
      '<br />\n<b>Warning</b>:  Undefined variable $x in <b>/var/www/html/wp-content/plugins/seo.php</b> on line <b>12</b><br />\n';
    const feed = parseFeed(junk + rssItem('<title>Tetap terbaca</title>'));
    expect(feed.entries[0].title).toBe('Tetap terbaca');
    expect(
      parseFeed(`Deprecated: strftime() is deprecated\n${rssItem('<title>Juga</title>')}`).entries[0].title,
    ).toBe('Juga');
  });

  it('ignores empty and unparsable enclosure lengths', () => {
    const entry = entryOf("<enclosure url='https://a.id/x.mp3' length='' type='audio/mpeg'/>");
    expect(entry.enclosures).toEqual([{ url: 'https://a.id/x.mp3', type: 'audio/mpeg', length: null }]);
  });
});
