// Ordinary HTTP behaviour on real loopback servers: conditional GET, compression, bytes left
// untouched, redirects, retries and per-host concurrency.
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.ts';
import { caught, LOOPBACK_TEST_OPTIONS, type LoopbackServer, startServer } from './loopback-server.ts';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita Kabupaten Sleman</title>
<item><title>Bupati resmikan Pasar Prambanan</title><link>https://contoh.go.id/berita/1</link></item>
</channel></rss>`;
// “Pemerintah” café — curly quotes and é as windows-1252 bytes, invalid as UTF-8.
const CP1252 = Buffer.from([0x93, ...Buffer.from('Pemerintah'), 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00, 0xfe,
]);

let server: LoopbackServer;
const hits = new Map<string, number>();
let active = 0;
let maxActive = 0;

function count(path: string): number {
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  return n;
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '/';
    const n = count(path);
    if (path === '/feed.xml') {
      if (
        req.headers['if-none-match'] === '"v7"' ||
        req.headers['if-modified-since'] === 'Mon, 05 May 2025 01:00:00 GMT'
      ) {
        res.writeHead(304, { etag: '"v7"' });
        return res.end();
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v7"',
        'last-modified': 'Mon, 05 May 2025 01:00:00 GMT',
      });
      return res.end(FEED);
    }
    if (path.startsWith('/kompres/')) {
      const coding = path.slice('/kompres/'.length);
      const accepted = String(req.headers['accept-encoding']);
      const encoders: Record<string, (b: Buffer) => Buffer> = {
        gzip: zlib.gzipSync,
        br: zlib.brotliCompressSync,
        deflate: zlib.deflateSync,
        'deflate-raw': zlib.deflateRawSync,
      };
      const body = encoders[coding](Buffer.from(FEED));
      const header = coding === 'deflate-raw' ? 'deflate' : coding;
      res.writeHead(200, {
        'content-encoding': header,
        'x-accepted': accepted,
        'content-type': 'application/rss+xml',
      });
      return res.end(body);
    }
    if (path === '/cp1252') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      return res.end(CP1252);
    }
    if (path === '/gambar-palsu') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PNG);
    }
    const hop = /^\/rantai\/(\d)$/.exec(path);
    if (hop) {
      const step = Number(hop[1]);
      res.writeHead(step < 3 ? 301 : 200, step < 3 ? { location: `/rantai/${step + 1}` } : {});
      return res.end(step < 3 ? '' : 'tujuan akhir');
    }
    if (path === '/putar/a' || path === '/putar/b') {
      res.writeHead(302, { location: path === '/putar/a' ? '/putar/b' : '/putar/a' });
      return res.end();
    }
    if (path === '/sibuk') {
      res.writeHead(n === 1 ? 503 : 200);
      return res.end(n === 1 ? 'Service Unavailable' : 'pulih');
    }
    if (path === '/tidak-ada') {
      res.writeHead(404);
      return res.end('Halaman tidak ditemukan');
    }
    if (path === '/antre') {
      res.writeHead(429, { 'retry-after': '3600' });
      return res.end();
    }
    if (path.startsWith('/lambat/')) {
      active += 1;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active -= 1;
        res.end('ok');
      }, 80);
      return;
    }
    res.writeHead(200);
    res.end('ok');
  });
});
afterAll(() => server.close());

function fetcher(extra: ConstructorParameters<typeof Fetcher>[0] = {}) {
  return new Fetcher({ ...LOOPBACK_TEST_OPTIONS, ...extra });
}

describe('Fetcher over HTTP', () => {
  it('costs one 304 for an unchanged feed and keeps the validators', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: `${server.origin}/feed.xml` });
    expect(first.notModified).toBe(false);
    expect(first.body.toString()).toBe(FEED);
    expect(first.etag).toBe('"v7"');
    const again = await f.fetch({ url: `${server.origin}/feed.xml`, etag: first.etag });
    expect(again).toMatchObject({ status: 304, notModified: true, etag: '"v7"' });
    expect(again.body.length).toBe(0);
    const byDate = await f.fetch({ url: `${server.origin}/feed.xml`, lastModified: first.lastModified });
    expect(byDate.notModified).toBe(true);
    expect(byDate.lastModified).toBe('Mon, 05 May 2025 01:00:00 GMT');
    await f.close();
  });

  it.each(['gzip', 'br', 'deflate', 'deflate-raw'])(
    'asks for compression and decodes a %s body',
    async (coding) => {
      const f = fetcher();
      const response = await f.fetch({ url: `${server.origin}/kompres/${coding}` });
      expect(response.headers['x-accepted']).toBe('gzip, deflate, br');
      expect(response.body.toString('utf8')).toBe(FEED);
      await f.close();
    },
  );

  it('returns a windows-1252 page as the exact bytes sent, leaving decoding to the extractor', async () => {
    const f = fetcher();
    const response = await f.fetch({ url: `${server.origin}/cp1252` });
    expect(response.body.equals(CP1252)).toBe(true);
    expect(response.contentType).toBe('text/html; charset=windows-1252');
    await f.close();
  });

  it('returns binary served as text/html as bytes', async () => {
    const f = fetcher();
    const response = await f.fetch({ url: `${server.origin}/gambar-palsu` });
    expect(response.body.equals(PNG)).toBe(true);
    await f.close();
  });

  it('follows a redirect chain and reports it', async () => {
    const f = fetcher();
    const response = await f.fetch({ url: `${server.origin}/rantai/1` });
    expect(response.url).toBe(`${server.origin}/rantai/3`);
    expect(response.redirects).toEqual([`${server.origin}/rantai/2`, `${server.origin}/rantai/3`]);
    expect(response.body.toString()).toBe('tujuan akhir');
    const short = fetcher({ maxRedirects: 1 });
    expect((await caught(() => short.fetch({ url: `${server.origin}/rantai/1` }))).code).toBe(
      'too_many_redirects',
    );
    await Promise.all([f.close(), short.close()]);
  });

  it('detects a redirect loop', async () => {
    const f = fetcher();
    const error = await caught(() => f.fetch({ url: `${server.origin}/putar/a` }));
    expect(error.code).toBe('too_many_redirects');
    expect(error.message).toMatch(/^Pengalihan berputar/);
    await f.close();
  });

  it('retries a 503 and succeeds, but never retries a 404', async () => {
    const f = fetcher();
    const response = await f.fetch({ url: `${server.origin}/sibuk` });
    expect(response.body.toString()).toBe('pulih');
    expect(hits.get('/sibuk')).toBe(2);
    const error = await caught(() => f.fetch({ url: `${server.origin}/tidak-ada` }));
    expect(error).toMatchObject({ code: 'http_status', httpStatus: 404, retryable: false });
    expect(hits.get('/tidak-ada')).toBe(1);
    await f.close();
  });

  it('leaves a long Retry-After to the crawler instead of waiting an hour', async () => {
    const f = fetcher();
    const error = await caught(() => f.fetch({ url: `${server.origin}/antre` }));
    expect(error).toMatchObject({
      code: 'http_status',
      httpStatus: 429,
      retryable: true,
      retryAfterMs: 3_600_000,
    });
    expect(hits.get('/antre')).toBe(1);
    await f.close();
  });

  it('keeps at most hostConcurrency requests in flight to one host, while other hosts go on', async () => {
    const other = await startServer((_req, res) => res.end('lain'), '127.0.0.2');
    const f = fetcher({ hostConcurrency: 2 });
    const started = Date.now();
    const busy = Promise.all([1, 2, 3, 4, 5, 6].map((n) => f.fetch({ url: `${server.origin}/lambat/${n}` })));
    const otherDone = await f.fetch({ url: `${other.origin}/` }).then(() => Date.now() - started);
    await busy;
    const busyDone = Date.now() - started;
    expect(maxActive).toBe(2);
    // Six 80 ms requests two at a time take ≥ 240 ms; the other host did not wait behind them.
    expect(busyDone).toBeGreaterThanOrEqual(230);
    expect(otherDone).toBeLessThan(busyDone - 120);
    await Promise.all([f.close(), other.close()]);
  });

  it('releases keep-alive sockets on close so a CLI can exit', async () => {
    const f = fetcher();
    await f.fetch({ url: `${server.origin}/` });
    await f.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const open = await new Promise<number>((resolve) => server.server.getConnections((_e, n) => resolve(n)));
    expect(open).toBe(0);
    expect((await caught(() => f.fetch({ url: `${server.origin}/` }))).code).toBe('network');
  });
});
