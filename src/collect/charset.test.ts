// Decoding page bytes the way a browser would.
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, gunzipIfNeeded } from './charset.ts';

const page = (charsetTag: string, body: string) =>
  `<html><head>${charsetTag}</head><body>${body}</body></html>`;

describe('decodeBody', () => {
  it('reads iso-8859-1 pages as windows-1252, like browsers (curly quotes survive)', () => {
    const bytes = iconv.encode(page('<meta charset="iso-8859-1">', '“Café” – Rp1.000'), 'windows-1252');
    expect(decodeBody(bytes)).toContain('“Café” – Rp1.000');
  });

  it('takes the Content-Type header first', () => {
    const bytes = iconv.encode(page('', 'Kopi Kapal Api, cafè'), 'windows-1252');
    expect(decodeBody(bytes, 'text/html; charset=ISO-8859-1')).toContain('cafè');
  });

  it('reads <meta http-equiv> and the XML declaration', () => {
    const meta = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', 'Naïve');
    expect(decodeBody(iconv.encode(meta, 'windows-1252'))).toContain('Naïve');
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Señor</title></rss>';
    expect(decodeBody(iconv.encode(xml, 'latin1'))).toContain('Señor');
  });

  it('honours a UTF-16 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', 'Berita ✓'), 'utf-16le')]);
    expect(decodeBody(bytes)).toContain('Berita ✓');
  });

  it('keeps UTF-8 pages that wrongly declare Latin-1', () => {
    const bytes = Buffer.from(page('<meta charset="iso-8859-1">', 'Dubai — “Emirates”'), 'utf8');
    expect(decodeBody(bytes)).toContain('Dubai — “Emirates”');
  });

  it('falls back to detection, then UTF-8', () => {
    expect(decodeBody(Buffer.from(page('', 'Jakarta, 3 Maret'), 'utf8'))).toContain('Jakarta, 3 Maret');
  });
});

describe('gunzipIfNeeded', () => {
  it('unpacks gzip and leaves other bytes alone', () => {
    const html = Buffer.from('<p>Halo</p>');
    expect(gunzipIfNeeded(gzipSync(html)).toString()).toBe('<p>Halo</p>');
    expect(gunzipIfNeeded(html)).toBe(html);
  });
});
