// Hostile or broken servers on loopback: endless bodies, lying sizes, compression bombs, trickling
// and silent servers must all end quickly with the right error and without filling memory.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.ts';
import { caught, LOOPBACK_TEST_OPTIONS, type LoopbackServer, startServer } from './loopback-server.ts';

const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');
// 64 MB of zeros squeezes into about 64 KB of gzip.
const BOMB = zlib.gzipSync(Buffer.alloc(64 * MB), { level: 9 });

let server: LoopbackServer;
let bytesSent = 0;
const timers = new Set<NodeJS.Timeout>();

function streamHundredMegabytes(res: import('node:http').ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/html' });
  let left = 100 * MB;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      left -= CHUNK.length;
      bytesSent += CHUNK.length;
      if (!res.write(CHUNK)) return res.once('drain', pump);
    }
    if (left <= 0) res.end();
  };
  pump();
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    switch (req.url) {
      case '/besar':
        return streamHundredMegabytes(res);
      case '/ukuran-diumumkan':
        res.writeHead(200, { 'content-length': String(50 * MB) });
        return res.write(CHUNK);
      case '/bom':
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
        return res.end(BOMB);
      case '/tetes': {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('x')), 300);
        timers.add(timer);
        return;
      }
      case '/bisu':
        return; // accepts the request and never answers
      default:
        res.end('ok');
    }
  });
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
});

const fetcher = (extra: ConstructorParameters<typeof Fetcher>[0] = {}) =>
  new Fetcher({ ...LOOPBACK_TEST_OPTIONS, retries: 0, ...extra });

describe('Fetcher limits', () => {
  it('stops a 100 MB response at the 10 MB cap, quickly and without holding it in memory', async () => {
    const f = fetcher();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/besar` }));
    expect(error.code).toBe('too_large');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^Ukuran isi melebihi batas 10485760 bita/);
    expect(Date.now() - started).toBeLessThan(5000);
    // Some bytes are in socket buffers when we hang up, but the server never got far past the cap.
    expect(bytesSent).toBeLessThan(40 * MB);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * MB);
    await f.close();
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const f = fetcher();
    const error = await caught(() => f.fetch({ url: `${server.origin}/ukuran-diumumkan` }));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('Content-Length 52428800');
    await f.close();
  });

  it('ends a gzip bomb as too_large while decompressing', async () => {
    const f = fetcher({ maxBytes: 2 * MB });
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/bom` }));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('decoded bytes');
    expect(Date.now() - started).toBeLessThan(3000);
    await f.close();
  });

  it('gives up on a server trickling a byte at a time at the total timeout', async () => {
    const f = fetcher({ readTimeoutMs: 1000, totalTimeoutMs: 1200 });
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/tetes` }));
    const elapsed = Date.now() - started;
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      `Waktu habis (unduhan terlalu lama): ${server.origin}/tetes melewati batas 1200 md — ${server.origin}/tetes exceeded its total time budget of 1200 ms`,
    );
    expect(elapsed).toBeGreaterThanOrEqual(1150);
    expect(elapsed).toBeLessThan(1800);
    await f.close();
  });

  it('spends one time budget on the whole fetch: a trickle is not tried again from scratch', async () => {
    // A trickling server never goes quiet, so only the budget ends it; trying it again would
    // triple the time every other source waits on it.
    const f = fetcher({ readTimeoutMs: 1000, totalTimeoutMs: 1200, retries: 2 });
    const before = server.seen.filter((p) => p === '/tetes').length;
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/tetes` }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('1200');
    expect(Date.now() - started).toBeLessThan(1800);
    expect(server.seen.filter((p) => p === '/tetes').length - before).toBe(1);
    await f.close();
  });

  it('does not start a retry once the budget is spent on silent servers', async () => {
    const f = fetcher({ readTimeoutMs: 400, totalTimeoutMs: 700, retries: 5, retryBaseDelayMs: 10 });
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/bisu` }));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1300);
    await f.close();
  });

  it('gives up on a server that accepts and never answers at the read timeout', async () => {
    const f = fetcher({ readTimeoutMs: 300 });
    const started = Date.now();
    const error = await caught(() => f.fetch({ url: `${server.origin}/bisu` }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('read timeout');
    expect(Date.now() - started).toBeLessThan(1000);
    await f.close();
  });

  it('retries a timeout before giving up', async () => {
    const f = fetcher({ readTimeoutMs: 150, retries: 1 });
    const before = server.seen.filter((p) => p === '/bisu').length;
    await caught(() => f.fetch({ url: `${server.origin}/bisu` }));
    expect(server.seen.filter((p) => p === '/bisu').length - before).toBe(2);
    await f.close();
  });
});
