// Bad input during a crawl — malformed and hostile feeds, dead or binary article pages, redirect
// loops, internal addresses — ends as a clear error on that source or article; the good article
// next to them is still collected and the crawl finishes normally.

import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createWorkspace, jsonLines, runCli } from './support/cli.ts';

const GOOD_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pemkot Sukamaju Resmikan Jembatan Cibeureum</title>
<meta property="article:published_time" content="2025-03-03T14:05:00+07:00"></head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav><article><h1>Pemkot Sukamaju Resmikan Jembatan Cibeureum</h1>
<p class="byline">Penulis: Rina Kartika</p>
${Array.from({ length: 6 }, (_, i) => `<p>Wali Kota Sukamaju meresmikan jembatan Cibeureum yang menghubungkan dua kelurahan pada paragraf ${i + 1}. Warga menyambut baik pembangunan yang dibiayai APBD tahun ini dan berharap akses ke pasar menjadi lebih cepat.</p>`).join('\n')}
</article><footer>Hak cipta Warta Sukamaju</footer></body></html>`;

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://127.0.0.2/x</link></item></channel></rss>`;

let allowed: http.Server;
let internal: http.Server;
let origin = '';
let internalOrigin = '';
let env: Record<string, string>;
let dataDir = '';

function feed(links: string[]): string {
  const items = links.map(
    (l, i) => `<item><title>Berita ${i}</title><link>${origin}${l}</link><guid>${l}</guid></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Warta Sukamaju</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  allowed = http.createServer((req, res) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (req.url) {
      case '/robots.txt':
        return send(404, 'text/plain', 'not found');
      case '/rss':
        return send(
          200,
          'application/rss+xml',
          feed(['/berita/jembatan', '/berita/hilang', '/berita/biner', '/berita/putar']),
        );
      case '/rusak.xml':
        // A JSON Feed cut off mid-download.
        return send(
          200,
          'application/feed+json',
          '{"version":"https://jsonfeed.org/version/1.1","title":"Rusak","items":[{"id":"1","url":',
        );
      case '/bom.xml':
        return send(200, 'application/rss+xml', LAUGHS);
      case '/berita/jembatan':
        return send(200, 'text/html; charset=utf-8', GOOD_PAGE);
      case '/berita/biner':
        return send(200, 'text/html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      case '/berita/putar':
        res.writeHead(302, { location: '/berita/putar2' });
        return res.end();
      case '/berita/putar2':
        res.writeHead(302, { location: '/berita/putar' });
        return res.end();
      default:
        return send(404, 'text/html', '<h1>404</h1>');
    }
  });
  internal = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>Internal</title></channel></rss>');
  });
  await new Promise<void>((r) => allowed.listen(0, '127.0.0.2', r));
  await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.2:${(allowed.address() as AddressInfo).port}`;
  internalOrigin = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-hostile-'));
  env = {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.2/32',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_EXTRACT_THREADS: '1',
  };
});

afterAll(async () => {
  allowed.close();
  internal.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('bad sources and pages are recorded against themselves while the good article is collected', {
  timeout: 180_000,
}, async () => {
  await createWorkspace(env);
  for (const url of [`${origin}/rss`, `${origin}/rusak.xml`, `${origin}/bom.xml`, `${internalOrigin}/rss`]) {
    expect((await runCli(['sources', 'add', url], env)).code).toBe(0);
  }
  const crawl = await runCli(['crawl', '--once'], env);
  expect(crawl.code).toBe(0);
  expect(crawl.stdout).toContain('Selesai: 1 artikel baru, 3 gagal');

  const exported = jsonLines<{ url: string; title: string; author: string }>(
    (await runCli(['export', '--format', 'jsonl'], env)).stdout,
  );
  expect(exported.map((a) => [a.url, a.title])).toEqual([
    [`${origin}/berita/jembatan`, 'Pemkot Sukamaju Resmikan Jembatan Cibeureum'],
  ]);

  const sources = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout) as {
    id: number;
    url: string;
    lastError: string | null;
    articleCount: number;
    failedCount: number;
  }[];
  const byPath = (p: string) => sources.find((s) => s.url.endsWith(p));
  expect(byPath('/rss')?.lastError).toBeNull();
  expect(byPath('/rss')?.failedCount).toBe(3);
  expect(byPath('/rusak.xml')?.lastError).toMatch(/malformed_feed/);
  expect(byPath('/bom.xml')?.lastError).toMatch(/malformed_feed/);
  expect(sources.find((s) => s.url.startsWith(internalOrigin))?.lastError).toMatch(/blocked_address/);

  const human = await runCli(['sources', 'list'], env);
  expect(human.stdout).toContain('GALAT');
  const log = await runCli(['sources', 'log', String(byPath('/rss')?.id)], env);
  expect(log.stdout).toMatch(/hilang.*http_status/);
  expect(log.stdout).toMatch(/putar.*too_many_redirects/);
  expect(log.stdout).toMatch(/biner.*(no_content|unsupported_content|malformed_page)/);
});
