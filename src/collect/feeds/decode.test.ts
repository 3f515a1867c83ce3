import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decode.ts';

const rss = (encoding: string | null, title: string) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('decodes UTF-8 by default and drops a UTF-8 BOM', () => {
    expect(decodeFeedBytes(Buffer.from(rss(null, 'Pemkot Bogor – “Siaga”')))).toContain(
      'Pemkot Bogor – “Siaga”',
    );
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(null, 'x'))]);
    expect(decodeFeedBytes(withBom).startsWith('<?xml')).toBe(true);
  });

  it('follows the XML declaration for legacy charsets', () => {
    const bytes = iconv.encode(rss('ISO-8859-1', 'Café Sumedang'), 'latin1');
    expect(decodeFeedBytes(bytes)).toContain('Café Sumedang');
    const cp1252 = iconv.encode(rss('windows-1252', 'Gubernur – “Jabar”'), 'windows-1252');
    expect(decodeFeedBytes(cp1252)).toContain('Gubernur – “Jabar”');
  });

  it('believes the bytes over a declaration when a "Latin-1" feed is really UTF-8', () => {
    expect(decodeFeedBytes(Buffer.from(rss('iso-8859-1', 'Café – Garut')))).toContain('Café – Garut');
  });

  it('falls back to Windows-1252 when a UTF-8 feed has invalid bytes', () => {
    expect(decodeFeedBytes(iconv.encode(rss('utf-8', 'Café'), 'latin1'))).toContain('Café');
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(rss('UTF-16', 'Kabar Tegal'), 'utf-16le'),
    ]);
    expect(decodeFeedBytes(bytes)).toContain('Kabar Tegal');
  });

  it('gunzips gzipped feeds and reports a corrupt gzip clearly', () => {
    expect(decodeFeedBytes(gzipSync(rss(null, 'Gzip Banten')))).toContain('Gzip Banten');
    expect(() => decodeFeedBytes(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]))).toThrowError(/gzip/);
  });
});
