// The demo's fetcher opens exactly one door: its own site on loopback. Another loopback server, an
// intranet address or the internet are refused before any request leaves, while the crawler's
// ordinary fetcher still refuses the demo site itself.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Fetcher } from '../../collect/fetch/index.ts';
import { writeDemoNews } from '../../demo/news.ts';
import { DemoSiteFetcher } from './demo-fetcher.ts';
import { type RunningDemoSite, startDemoSite } from './demo-site.ts';

let site: RunningDemoSite;
let other: http.Server;
let otherOrigin = '';
let otherHits = 0;

beforeAll(async () => {
  site = await startDemoSite(writeDemoNews({ now: new Date('2026-11-30T03:15:00Z'), days: 5 }));
  other = http.createServer((_req, res) => {
    otherHits++;
    res.end('rahasia intranet');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await site.close();
  await new Promise((resolve) => other.close(resolve));
});

describe('the demo fetcher', () => {
  test('fetches the demo site, robots.txt first', async () => {
    const fetcher = new DemoSiteFetcher(site.origin, { budgetMs: 10_000, concurrency: 4 });
    try {
      const res = await fetcher.fetch({ url: `${site.origin}/warta/feed` });
      expect(res.status).toBe(200);
      expect(res.body.toString()).toContain('<rss');
      expect(site.requests()).toEqual(expect.arrayContaining(['/robots.txt', '/warta/feed']));
    } finally {
      await fetcher.close();
    }
  });

  test('refuses every other address, loopback included, without a request', async () => {
    const fetcher = new DemoSiteFetcher(site.origin, { budgetMs: 10_000, concurrency: 4 });
    try {
      for (const url of [
        `${otherOrigin}/`,
        'http://127.0.0.1:6379/',
        'http://localhost/',
        'http://10.0.0.1/admin',
        'http://169.254.169.254/latest/meta-data/',
        'https://contoh-media.id/rss',
        'bukan alamat',
      ]) {
        await expect(fetcher.fetch({ url }), url).rejects.toMatchObject({ code: 'blocked_address' });
      }
      expect(otherHits).toBe(0);
    } finally {
      await fetcher.close();
    }
  });

  test("the crawler's own fetcher still refuses the demo site", async () => {
    const ordinary = new Fetcher({ hostDelayMs: 0 });
    try {
      await expect(ordinary.fetch({ url: `${site.origin}/warta/feed` })).rejects.toMatchObject({
        code: 'blocked_address',
      });
    } finally {
      await ordinary.close();
    }
  });
});
