// The SSRF guard at work on real loopback servers: internal addresses are refused before connecting,
// whether named directly, reached through DNS, or hidden behind a redirect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.ts';
import { caught, type LoopbackServer, startServer } from './loopback-server.ts';

let server: LoopbackServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/ke-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      return res.end();
    }
    if (req.url === '/ke-berkas') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<h1>Pemkab Contoh</h1>');
  });
});
afterAll(() => server.close());

const quick = { hostDelayMs: 0, respectRobots: false, retries: 0, connectTimeoutMs: 3000 };

describe('Fetcher address guard', () => {
  it('refuses a loopback URL when nothing is allow-listed, without the server seeing a request', async () => {
    const fetcher = new Fetcher(quick);
    const before = server.seen.length;
    const error = await caught(() => fetcher.fetch({ url: `${server.origin}/` }));
    expect(error.code).toBe('blocked_address');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(
      /^Alamat diblokir \(jaringan lokal\/loopback\): 127\.0\.0\.1 — blocked loopback/,
    );
    expect(server.seen.length).toBe(before);
    await fetcher.close();
  });

  it('refuses a name that resolves to loopback (localhost) after DNS', async () => {
    const fetcher = new Fetcher(quick);
    const before = server.seen.length;
    const error = await caught(() => fetcher.fetch({ url: `http://localhost:${server.port}/` }));
    expect(error.code).toBe('blocked_address');
    expect(server.seen.length).toBe(before);
    await fetcher.close();
  });

  it('refuses an IPv4-mapped IPv6 spelling of loopback', async () => {
    const fetcher = new Fetcher(quick);
    const error = await caught(() => fetcher.fetch({ url: `http://[::ffff:127.0.0.1]:${server.port}/` }));
    expect(error.code).toBe('blocked_address');
    await fetcher.close();
  });

  it('refuses IPv6 loopback and the unspecified address', async () => {
    const fetcher = new Fetcher(quick);
    expect((await caught(() => fetcher.fetch({ url: `http://[::1]:${server.port}/` }))).code).toBe(
      'blocked_address',
    );
    expect((await caught(() => fetcher.fetch({ url: `http://0.0.0.0:${server.port}/` }))).code).toBe(
      'blocked_address',
    );
    await fetcher.close();
  });

  it('fetches loopback once it is allow-listed, by range or by name', async () => {
    const byRange = new Fetcher({ ...quick, allowHosts: ['127.0.0.0/8'] });
    expect((await byRange.fetch({ url: `http://localhost:${server.port}/` })).status).toBe(200);
    const byName = new Fetcher({ ...quick, allowHosts: ['localhost'] });
    expect((await byName.fetch({ url: `http://localhost:${server.port}/` })).body.toString()).toContain(
      'Pemkab',
    );
    await Promise.all([byRange.close(), byName.close()]);
  });

  it('refuses a redirect to the cloud metadata address without trying to connect', async () => {
    const fetcher = new Fetcher({ ...quick, allowHosts: ['127.0.0.1/32'] });
    const started = Date.now();
    const error = await caught(() => fetcher.fetch({ url: `${server.origin}/ke-metadata` }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toContain('169.254.169.254');
    // A connection attempt would have hung until the 3 s connect timeout: nothing reachable there.
    expect(Date.now() - started).toBeLessThan(1000);
    await fetcher.close();
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const fetcher = new Fetcher({ ...quick, allowHosts: ['127.0.0.1/32'] });
    const error = await caught(() => fetcher.fetch({ url: `${server.origin}/ke-berkas` }));
    expect(error.code).toBe('blocked_address');
    expect(error.message).toMatch(/Skema URL tidak didukung: file:/);
    await fetcher.close();
  });
});
