// Crawled pages carrying characters no store can keep (NUL, lone UTF-16 surrogates, control
// characters) and links in script or app schemes: on both stores each article is still collected,
// with the same clean text (syndicated copies still grouped), and no link other than http(s) is
// ever stored or exported.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workspace } from '../src/domain/workspace.ts';
import { findArticleByUrlKey } from '../src/modules/articles/articles.repo.ts';
import { buildWorkspace } from './factories/index.ts';
import { jsonLines, runCli } from './support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/stores.ts';

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Wali Kota Sukamaju\u0000 meresmikan jembatan Cibeureum\u0001 yang menghubungkan dua kelurahan, tahap ${i + 1}. Warga menyambut baik pembangunan yang dibiayai APBD tahun ini.</p>`,
).join('\n');

// The headline and writer come from JSON-LD, where `\ud800` and `\u0000` escapes decode to a lone
// surrogate and a NUL; the body carries raw NUL and SOH bytes.
const DIRTY_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<link rel="canonical" href="javascript:alert(document.cookie)">
<meta property="og:image" content="javascript:alert(2)">
<meta name="twitter:image" content="data:image/svg+xml,&lt;svg onload=alert(3)&gt;">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Jembatan \\ud800Cibeureum\\u0000 Diresmikan","author":{"@type":"Person","name":"Rina\\u0000 Kartika"},
"description":"Ringkasan \\udc00berita\\u0000","datePublished":"2025-03-03T14:05:00+07:00"}</script>
</head><body><article>${STORY}</article></body></html>`;

// Another outlet's copy of the same wire story, NULs and all: whichever of the two is filed second
// stores a passage quoted from its own text to explain why they are one story.
const COPY_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Jembatan Cibeureum Resmi Dibuka</title>
</head><body><article>${STORY}</article></body></html>`;

// No title, description or canonical link of its own: what users see comes from the feed entry.
const BARE_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<link rel="canonical" href="intent://berita/banjir#Intent;scheme=warta;end"></head><body><article>
${Array.from({ length: 5 }, (_, i) => `<p>Banjir di Kecamatan Cibeureum mulai surut pada hari ke-${i + 1}, dan BPBD Sukamaju memastikan warga yang mengungsi sudah dapat kembali ke rumah masing-masing.</p>`).join('\n')}
</article></body></html>`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be gone.
const PRINTABLE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.each(DIALECTS)('dirty pages crawled on %s', (dialect) => {
  let server: http.Server;
  let origin = '';
  let t: TestStore;
  let env: Record<string, string>;
  let ws: Workspace;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const send = (type: string, body: string) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      };
      if (req.url === '/feed.json') {
        return send(
          'application/feed+json',
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Warta\u0000 Sukamaju',
            items: [
              { id: 'kotor', url: `${origin}/berita/kotor`, title: 'Jembatan Cibeureum Diresmikan' },
              { id: 'salinan', url: `${origin}/berita/salinan`, title: 'Jembatan Cibeureum Resmi Dibuka' },
              {
                id: 'banjir',
                url: `${origin}/berita/banjir`,
                title: 'Banjir\u0000 Cibeureum \ud800surut',
                summary: 'Warga\u0000 kembali \udc00ke rumah\u0007',
              },
            ],
          }),
        );
      }
      if (req.url === '/berita/kotor') return send('text/html; charset=utf-8', DIRTY_PAGE);
      if (req.url === '/berita/banjir') return send('text/html; charset=utf-8', BARE_PAGE);
      if (req.url === '/berita/salinan') return send('text/html; charset=utf-8', COPY_PAGE);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('tidak ada');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
    env = {
      PANTAU_DATA_DIR: t.dataDir,
      PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
      PANTAU_HOST_DELAY_MS: '0',
      PANTAU_EXTRACT_THREADS: '1',
      ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
    };
  });
  afterAll(async () => {
    server.close();
    await t.dispose();
  });

  test('every article is stored with clean text and only http(s) links', { timeout: 240_000 }, async () => {
    const added = await runCli(['sources', 'add', `${origin}/feed.json`], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const crawl = await runCli(['crawl', '--once'], env);
    expect(crawl.code).toBe(0);
    expect(crawl.stdout).toContain('Selesai: 3 artikel baru, 0 gagal');

    const exported = jsonLines<{
      url: string;
      canonical: string | null;
      outlet: string | null;
      title: string;
      author: string | null;
      image: string | null;
      text: string;
      storyId: number;
      storyPassage: string | null;
    }>((await runCli(['export', '--format', 'jsonl'], env)).stdout);
    const byPath = new Map(exported.map((a) => [new URL(a.url).pathname, a]));

    const dirty = byPath.get('/berita/kotor');
    expect(dirty).toMatchObject({
      title: 'Jembatan \uFFFDCibeureum Diresmikan',
      author: 'Rina Kartika',
      canonical: `${origin}/berita/kotor`,
      image: null,
    });
    expect(dirty?.text).toContain('Wali Kota Sukamaju meresmikan jembatan Cibeureum yang menghubungkan');
    expect(dirty?.text.split('\n\n')).toHaveLength(5);

    const copy = byPath.get('/berita/salinan');
    expect(copy?.storyId).toBe(dirty?.storyId);
    expect(`${copy?.storyPassage}${dirty?.storyPassage}`).toContain('Wali Kota Sukamaju meresmikan jembatan');

    const bare = byPath.get('/berita/banjir');
    expect(bare).toMatchObject({
      title: 'Banjir Cibeureum \uFFFDsurut',
      canonical: `${origin}/berita/banjir`,
    });

    for (const a of exported) {
      for (const value of [a.title, a.author, a.text, a.outlet, a.storyPassage]) {
        expect(value ?? '').toMatch(PRINTABLE);
        expect(value ?? '').not.toMatch(LONE_SURROGATE);
      }
    }

    // Descriptions are not exported but the API shows them: the page's own, else the feed summary.
    const stored = async (path: string) =>
      findArticleByUrlKey(t.store, ws.id, `${new URL(origin).host}${path}`);
    expect((await stored('/berita/kotor'))?.description).toBe('Ringkasan \uFFFDberita');
    expect((await stored('/berita/banjir'))?.description).toBe('Warga kembali \uFFFDke rumah');
  });
});
