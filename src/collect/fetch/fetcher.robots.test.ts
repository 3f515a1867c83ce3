// robots.txt on a real loopback server: our disallow rules, Crawl-delay spacing, and what a missing
// or failing robots.txt means (RFC 9309).
import { afterEach, describe, expect, it } from 'vitest';
import { Fetcher } from './fetcher.ts';
import { caught, type LoopbackServer, startServer } from './loopback-server.ts';

const ROBOTS = [
  'User-agent: PantauBot',
  'Disallow: /rahasia/',
  'Crawl-delay: 0.3',
  '',
  'User-agent: *',
  'Disallow: /',
].join('\n');

const servers: LoopbackServer[] = [];
const fetchers: Fetcher[] = [];
afterEach(async () => {
  await Promise.all([
    ...fetchers.splice(0).map((f) => f.close()),
    ...servers.splice(0).map((s) => s.close()),
  ]);
});

async function siteWithRobots(robots: { status: number; body?: string }) {
  const starts: number[] = [];
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(robots.status, { 'content-type': 'text/plain' });
      return res.end(robots.body ?? '');
    }
    starts.push(Date.now());
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>Berita daerah</p>');
  });
  servers.push(server);
  return { server, starts };
}

function politeFetcher() {
  const fetcher = new Fetcher({ allowHosts: ['127.0.0.0/8'], hostDelayMs: 0, retries: 0 });
  fetchers.push(fetcher);
  return fetcher;
}

describe('Fetcher and robots.txt', () => {
  it('obeys Disallow for our user agent, never requesting the page, and reads robots.txt once', async () => {
    const { server } = await siteWithRobots({ status: 200, body: ROBOTS });
    const fetcher = politeFetcher();
    expect((await fetcher.fetch({ url: `${server.origin}/berita/2025/banjir` })).status).toBe(200);
    const error = await caught(() => fetcher.fetch({ url: `${server.origin}/rahasia/anggaran` }));
    expect(error.code).toBe('robots_disallowed');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^Dilarang oleh robots\.txt: \/rahasia\/anggaran/);
    expect(server.seen.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(server.seen).not.toContain('/rahasia/anggaran');
  });

  it('spaces requests to a host by its Crawl-delay', async () => {
    const { server, starts } = await siteWithRobots({ status: 200, body: ROBOTS });
    const fetcher = politeFetcher();
    await Promise.all([1, 2, 3].map((n) => fetcher.fetch({ url: `${server.origin}/berita/${n}` })));
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(280);
  });

  it('treats a missing robots.txt (404) as allow-all', async () => {
    const { server } = await siteWithRobots({ status: 404 });
    expect((await politeFetcher().fetch({ url: `${server.origin}/rahasia/apa-saja` })).status).toBe(200);
  });

  it('treats a failing robots.txt (503) as disallow-for-now, retryable later', async () => {
    const { server } = await siteWithRobots({ status: 503 });
    const error = await caught(() => politeFetcher().fetch({ url: `${server.origin}/berita/1` }));
    expect(error.code).toBe('robots_disallowed');
    expect(error.retryable).toBe(true);
    expect(server.seen).toEqual(['/robots.txt']);
  });

  it('lets a caller skip robots.txt for one request (e.g. fetching robots.txt-listed sitemaps)', async () => {
    const { server } = await siteWithRobots({ status: 503 });
    const response = await politeFetcher().fetch({ url: `${server.origin}/sitemap.xml`, skipRobots: true });
    expect(response.status).toBe(200);
    expect(server.seen).toEqual(['/sitemap.xml']);
  });
});
