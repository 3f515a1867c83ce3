import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('RSS 2.0 with namespaces', () => {
  const feed = parseFeed(fixture('rss-namespaces.xml'));
  const [flood, waste] = feed.entries;

  it('reads the channel, ignoring atom:link rel=self', () => {
    expect(feed.title).toBe('ANTARA Banten - Berita Terkini');
    expect(feed.link).toBe('https://banten.antaranews.com');
    expect(feed.description).toBe('Berita terkini dari Provinsi Banten');
    expect(feed.language).toBe('id');
    expect(feed.updated).toBe('2025-03-03T08:10:00.000Z');
  });

  it('turns titles into plain text, decoding entities and dropping tags', () => {
    expect(flood.title).toBe('Pemprov Banten siagakan 1.200 personel hadapi banjir & longsor');
    expect(waste.title).toBe('Wali Kota Cilegon “turun tangan” atasi sampah TPA Bagendung');
  });

  it('keeps content:encoded as HTML and the description as plain text', () => {
    expect(flood.content).toContain('<strong>1.200 personel</strong>');
    expect(flood.summary).toBe(
      'Serang (ANTARA) - Pemerintah Provinsi Banten menyiagakan 1.200 personel gabungan.',
    );
    expect(waste.summary).toBe('Cilegon (ANTARA) - Wali Kota Cilegon meninjau "TPA" Bagendung.');
  });

  it('uses a non-permalink guid as id but never as link', () => {
    expect(flood.id).toBe('antara-banten-312345');
    expect(flood.link).toBe(
      'https://banten.antaranews.com/berita/312345/pemprov-banten-siagakan-1200-personel-hadapi-banjir',
    );
    expect(waste.id).toBe(waste.link);
  });

  it('reads Indonesian day names and the +0700 zone as UTC', () => {
    expect(flood.published).toBe('2025-03-03T07:05:00.000Z');
    expect(waste.published).toBe('2025-03-03T06:40:00.000Z');
  });

  it('reads authors from dc:creator and from "email (Name)"', () => {
    expect(flood.author).toBe('Mulyana');
    expect(waste.author).toBe('Sinta Ambarwati');
  });

  it('keeps categories once each, in order', () => {
    expect(flood.categories).toEqual(['Banten', 'Bencana']);
  });

  it('collects enclosures and media images without repeating a URL', () => {
    expect(flood.enclosures).toEqual([
      { url: 'https://img.antaranews.com/cache/800x533/banjir.jpg', type: 'image/jpeg', length: 84211 },
      { url: 'https://img.antaranews.com/cache/270x180/banjir.jpg', type: null, length: null },
    ]);
    expect(waste.enclosures.map((e) => e.url)).toEqual([
      'https://img.antaranews.com/cache/tpa.jpg',
      'https://img.antaranews.com/cache/tpa-2.jpg',
    ]);
    expect(waste.enclosures[0].length).toBe(53012);
  });
});

describe('RSS with relative links, missing guids and odd dates', () => {
  const feed = parseFeed(fixture('rss-relative-links.xml'));
  const [bridge, market, notice, vaccine] = feed.entries;

  it('survives a BOM, whitespace, a comment and a stylesheet before the root', () => {
    expect(feed.title).toBe('Portal Berita Kabupaten Lebak');
    expect(feed.entries).toHaveLength(4);
  });

  it('resolves relative links against the channel link, or the document URL when given', () => {
    expect(bridge.link).toBe('https://lebakkab.go.id/berita/2025/03/jembatan-gantung-cisimeut');
    const fromUrl = parseFeed(fixture('rss-relative-links.xml'), {
      baseUrl: 'https://mirror.example.id/rss',
    });
    expect(fromUrl.entries[0].link).toBe(
      'https://mirror.example.id/berita/2025/03/jembatan-gantung-cisimeut',
    );
  });

  it('falls back to the link for the id, and uses a permalink guid as the link', () => {
    expect(bridge.id).toBe(bridge.link);
    expect(market.link).toBe('https://lebakkab.go.id/berita/2025/03/pasar-murah-ramadan');
  });

  it('gives an entry with neither guid nor link a stable hash id', () => {
    expect(notice.link).toBeNull();
    expect(notice.id).toMatch(/^[0-9a-f]{40}$/);
    expect(parseFeed(fixture('rss-relative-links.xml')).entries[2].id).toBe(notice.id);
  });

  it('reads WIB, named US zones, WITA with dotted times, and missing seconds', () => {
    expect(bridge.published).toBe('2025-03-03T07:05:00.000Z');
    expect(market.published).toBe('2025-03-03T14:30:00.000Z');
    expect(notice.published).toBe('2025-03-04T00:15:00.000Z');
    expect(vaccine.published).toBe('2025-03-05T00:00:00.000Z');
  });

  it('trims whitespace around links and guids, preferring <link> over the guid', () => {
    expect(vaccine.link).toBe('https://lebakkab.go.id/berita/2025/03/jadwal-vaksinasi-anak');
    expect(vaccine.id).toBe('https://lebakkab.go.id/?p=9912');
  });

  it('reads an undeclared dc: prefix as Dublin Core', () => {
    expect(bridge.author).toBe('Humas Lebak');
  });
});

describe('Atom', () => {
  const feed = parseFeed(fixture('atom-xml-base.xml'));
  const [dike, inflation, rice] = feed.entries;

  it('reads the feed: html title, rel=alternate link (not self), xml:lang', () => {
    expect(feed.title).toBe('Diskominfo Jateng — Siaran Pers');
    expect(feed.link).toBe('https://diskominfo.jatengprov.go.id/siaran-pers/');
    expect(feed.language).toBe('id-ID');
    expect(feed.updated).toBe('2025-03-03T08:00:00.000Z');
  });

  it('resolves links through nested xml:base and picks rel=alternate over replies', () => {
    expect(dike.link).toBe('https://diskominfo.jatengprov.go.id/siaran-pers/2025/03/tanggul-demak');
    expect(inflation.link).toBe('https://diskominfo.jatengprov.go.id/siaran-pers/2025/03/rakor-inflasi');
    expect(rice.link).toBeNull();
  });

  it('keeps published and updated apart', () => {
    expect(dike.published).toBe('2025-03-03T07:05:00.000Z');
    expect(dike.updated).toBe('2025-03-03T08:00:00.000Z');
    expect(inflation.published).toBeNull();
    expect(inflation.updated).toBe('2025-03-02T03:00:00.000Z');
  });

  it('unwraps xhtml content and titles, and escapes text content as HTML', () => {
    expect(dike.content).toBe(
      '<p>Gubernur meninjau tanggul <em>Sungai Wulan</em>.</p><img src="foto/tanggul.jpg" alt="Tanggul"/>',
    );
    expect(inflation.title).toBe('Rapat koordinasi inflasi daerah');
    expect(rice.content).toBe('Harga beras medium stabil di Rp12.500 &lt; HET.');
    expect(dike.summary).toBe('Gubernur meninjau tanggul Sungai Wulan yang jebol.');
  });

  it('inherits the feed author and reads category terms and enclosure links', () => {
    expect(dike.author).toBe('Tim Humas Diskominfo');
    expect(inflation.author).toBe('Biro Perekonomian');
    expect(dike.categories).toEqual(['Bencana', 'Demak']);
    expect(dike.enclosures).toEqual([
      {
        url: 'https://diskominfo.jatengprov.go.id/unduh/siaran-pers-0303.pdf',
        type: 'application/pdf',
        length: 204800,
      },
    ]);
  });
});

describe('RSS 1.0 (RDF) and RSS 0.91', () => {
  it('reads RDF items that sit beside the channel', () => {
    const feed = parseFeed(fixture('rdf-rss10.xml'));
    expect(feed.title).toBe('Pikiran Rakyat - Bandung Raya');
    expect(feed.language).toBe('id');
    expect(feed.updated).toBe('2025-03-03T01:10:00.000Z');
    expect(feed.entries.map((e) => e.id)).toEqual([
      'https://www.pikiran-rakyat.com/bandung-raya/pr-01',
      'https://www.pikiran-rakyat.com/bandung-raya/pr-02',
    ]);
    expect(feed.entries[0]).toMatchObject({
      author: 'Dewi Lestari',
      published: '2025-03-03T00:45:00.000Z',
      categories: ['Bandung', 'Banjir'],
    });
    expect(feed.entries[1].link).toBe('https://www.pikiran-rakyat.com/bandung-raya/pr-02');
    expect(feed.entries[1].content).toBe('<p>Arus lalu lintas ramai lancar.</p>');
  });

  it('reads RSS 0.91 with a public DOCTYPE (no internal subset)', () => {
    const feed = parseFeed(fixture('rss091-doctype.xml'));
    expect(feed.entries[0].title).toBe('Rob genangi Kaligawe');
    expect(feed.entries[0].published).toBeNull();
  });
});

describe('JSON Feed', () => {
  it('reads 1.1: numeric id, relative url, authors, tags, attachments', () => {
    const feed = parseFeed(fixture('jsonfeed-11.json'));
    expect(feed.description).toBe('Kabar terbaru & pengumuman');
    expect(feed.entries).toHaveLength(3);
    const [merapi, vaccine, bare] = feed.entries;
    expect(merapi).toMatchObject({
      id: '4521',
      link: 'https://www.slemankab.go.id/kabar/4521-merapi-siaga',
      summary: 'BPPTKG mencatat 12 guguran lava.',
      published: '2025-03-03T07:05:00.000Z',
      updated: '2025-03-03T08:00:00.000Z',
      author: 'Diskominfo Sleman',
      categories: ['Merapi', 'Bencana'],
    });
    expect(merapi.enclosures[0]).toEqual({
      url: 'https://www.slemankab.go.id/img/merapi.jpg',
      type: 'image/jpeg',
      length: 91022,
    });
    expect(vaccine.id).toBe('https://jogja.antaranews.com/berita/99/sleman-vaksin');
    expect(vaccine.content).toBe('Vaksinasi digelar di 25 puskesmas &amp; RS.');
    expect(vaccine.author).toBe('Humas');
    expect(vaccine.published).toBe('2025-03-03T02:00:00.000Z');
    expect(bare.published).toBeNull();
    expect(bare.id).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reads 1.0 author objects', () => {
    const feed = parseFeed(fixture('jsonfeed-10.json'));
    expect(feed.entries.map((e) => e.author)).toEqual(['Kaur Umum', 'Admin Desa']);
  });
});

describe('format detection from content', () => {
  it('rejects an HTML page with a clear error', () => {
    expect(() => parseFeed(fixture('html-not-feed.html'))).toThrowError(/halaman HTML, bukan feed/);
  });

  it('rejects JSON that is not a JSON Feed, and plain text', () => {
    expect(() => parseFeed('{"data": []}')).toThrowError(/Format tidak dikenali/);
    expect(() => parseFeed('Service Unavailable')).toThrowError(/Format tidak dikenali/);
    expect(() => parseFeed('<?xml version="1.0"?><error>quota</error>')).toThrowError(
      /Format tidak dikenali/,
    );
  });

  it('tells a sitemap apart from a feed', () => {
    const sitemap =
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.id/</loc></url></urlset>';
    expect(() => parseFeed(sitemap)).toThrowError(/sitemap/);
  });

  it('tolerates raw HTML inside a description instead of failing the feed', () => {
    const feed = parseFeed(
      '<rss><channel><item><title>A</title><description><p>Satu<br>dua</p></description></item></channel></rss>',
    );
    expect(feed.entries[0].summary).toBe('Satu dua');
  });
});
