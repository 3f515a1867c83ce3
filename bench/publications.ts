// SOP B at an office's scale (issue 12): finding which outlets picked up one release among 100,000
// collected articles (target ≤ 1 s), and the public newsroom under 100 concurrent readers (p95
// target ≤ 30 ms) with two hundred releases published. Copies of the release are planted (whole,
// cut short, rewritten around its quote) so the matching is checked to find them, not just timed.
//   node --import tsx bench/publications.ts [sqlite|postgres]   (a summary on stderr, the JSON on stdout)
//   PANTAU_BENCH_PICKUP_ARTICLES=… for a smaller run
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { lshKeys, textSignature } from '../src/collect/dedup/minhash.ts';
import { openStore, type Store } from '../src/kernel/db/connect.ts';
import { buildApp } from '../src/main/app.ts';
import { insertDiscoveredArticles } from '../src/modules/articles/articles.repo.ts';
import { findPickupsOf } from '../src/modules/publications/pickup.service.ts';
import {
  insertMaterialVersion,
  insertPublication,
  markPublished,
} from '../src/modules/publications/publications.repo.ts';
import { saveFetchedArticle } from '../src/modules/stories/stories.repo.ts';
import { releaseText } from '../src/publish/material.ts';
import { doc, paragraph } from '../src/report/rich-text.ts';
import { p95, scratchDatabase } from './bench-support.ts';
import { generateWebStore } from './web-store.repo.ts';

const ARTICLES = Number(process.env.PANTAU_BENCH_PICKUP_ARTICLES ?? 100_000);
const RELEASES = 200;
const READERS = 100;
const SECONDS = 10;
const TARGET_PICKUP_MS = 1000;
const TARGET_P95_MS = 30;
const load1 = () => Math.round(loadavg()[0] * 100) / 100;

const QUOTE = 'Kami menurunkan dua puluh pompa air dan membuka dapur umum sampai air benar-benar surut';
const FACTS = [
  'Dinas Pekerjaan Umum mencatat genangan rob setinggi empat puluh sentimeter di tiga rukun warga sejak Senin malam.',
  'Badan Penanggulangan Bencana Daerah memindahkan seratus dua puluh warga lanjut usia ke balai kelurahan.',
  'Pemerintah kota menyiapkan anggaran tanggap darurat untuk perbaikan tanggul laut sepanjang delapan ratus meter.',
  'Warga dapat melaporkan genangan baru melalui layanan pengaduan resmi yang dijaga petugas selama dua puluh empat jam.',
];

function content(n: number) {
  return {
    title:
      n === 0
        ? 'Pemkot Beban Tangani Banjir Rob Pesisir Utara'
        : `Siaran Pers Nomor ${n} Pemerintah Kota Beban`,
    lead: `BEBAN — Pemerintah Kota Beban menyampaikan perkembangan penanganan nomor ${n} kepada masyarakat.`,
    body: doc(...FACTS.map((f) => paragraph(f))),
    quote: { speaker: 'Sri Wahyuni', position: 'Kepala Dinas Kominfo', text: QUOTE },
    contacts: 'Bagian Komunikasi Pimpinan',
    webSummary: 'Ringkasan',
    socialText: 'Singkat',
  };
}

async function publish(store: Store, workspaceId: number, n: number, at: string): Promise<number> {
  const row = await insertPublication(store, {
    workspaceId,
    issueId: null,
    slug: `siaran-${n}`,
    publicClass: 'serta_merta',
    evidence: {
      issue: null,
      tones: { positive: 0, neutral: 0, negative: 0 },
      trend: [],
      topOutlets: [],
      articles: [],
      quotes: [],
      crisis: null,
    },
    createdBy: null,
    createdByName: 'bench',
    at,
  });
  await insertMaterialVersion(store, {
    publicationId: row.id,
    version: 1,
    content: content(n),
    authorId: null,
    authorName: 'bench',
    authorRole: 'analyst',
    step: 6,
    note: '',
    correction: false,
    at,
  });
  await markPublished(store, row.id, { version: 1, at, byName: 'bench' });
  return row.id;
}

/** The collected copies, stored as the crawl stores them (with their MinHash bands). */
async function plantCopies(store: Store, workspaceId: number): Promise<void> {
  const release = releaseText(content(0));
  const copies = [
    { title: 'Pemkot Beban Tangani Banjir Rob Pesisir Utara', text: `KABAR — ${release}` },
    { title: 'Pompa Diturunkan', text: release.slice(0, Math.floor(release.length * 0.45)) },
    {
      title: 'Dapur Umum untuk Warga',
      text: `Warga pesisir makan di dapur umum. Kepala dinas berkata, "${QUOTE}." Warga bertahan.`,
    },
  ];
  const ids = await insertDiscoveredArticles(
    store,
    workspaceId,
    null,
    copies.map((_, i) => ({
      url: `https://salinan-${i}.example/rob`,
      urlKey: `https://salinan-${i}.example/rob`,
      outlet: null,
      feedTitle: null,
      feedSummary: null,
      feedPublishedAt: null,
    })),
  );
  for (const [i, id] of ids.entries()) {
    const signature = textSignature(copies[i].text);
    await saveFetchedArticle(
      store,
      id,
      {
        finalUrl: `https://salinan-${i}.example/rob`,
        canonicalUrl: null,
        title: copies[i].title,
        text: copies[i].text,
        author: null,
        publishedAt: new Date().toISOString(),
        lang: 'id',
        image: null,
        description: null,
        contentHash: `salinan-${i}`,
        signature,
        bandKeys: lshKeys(signature),
      },
      async () => null,
    );
  }
}

async function readers(base: string, paths: string[]) {
  const times: number[] = [];
  let failed = 0;
  let i = 0;
  const run = autocannon({
    url: base,
    connections: READERS,
    duration: SECONDS,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  run.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) times.push(ms);
    else failed++;
  });
  const result = await run;
  return {
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
    p95Ms: p95(times),
  };
}

export async function bench(opts: { dataDir?: string; database?: 'sqlite' | 'postgres' } = {}) {
  const database = opts.database ?? 'sqlite';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-publications-'));
  const pgDatabase = database === 'postgres' ? await scratchDatabase() : null;
  try {
    const store = await openStore({ dataDir, databaseUrl: pgDatabase?.url });
    const now = new Date();
    const built = await generateWebStore(store, { articles: ARTICLES, now, days: 30 });
    // Published before every collected article, so all 100,000 are in the window it is looked for in.
    const releaseId = await publish(
      store,
      built.workspaceId,
      0,
      new Date(now.getTime() - 31 * 86_400_000).toISOString(),
    );
    await plantCopies(store, built.workspaceId);
    const runs: number[] = [];
    let found = 0;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const n = await findPickupsOf(store, built.workspaceId, releaseId, now);
      runs.push(Math.round(performance.now() - started));
      if (run === 0) found = n;
    }
    const pickupMs = Math.max(...runs);

    for (let n = 1; n < RELEASES; n++)
      await publish(
        store,
        built.workspaceId,
        n,
        new Date(now.getTime() - (RELEASES - n) * 3_600_000).toISOString(),
      );
    const app = await buildApp({ store, webApp: false });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const paths = [
        '/newsroom/',
        '/newsroom/siaran-150',
        '/newsroom/siaran-20',
        '/newsroom/feed.xml',
        '/newsroom/?halaman=3',
      ];
      for (const p of paths) await (await fetch(`${base}${p}`)).arrayBuffer();
      const newsroom = await readers(base, paths);
      const errors: string[] = [];
      if (found !== 3) errors.push(`pickup found ${found} copies, not the 3 planted`);
      if (pickupMs > TARGET_PICKUP_MS) errors.push(`pickup ${pickupMs} ms > ${TARGET_PICKUP_MS} ms`);
      if (newsroom.p95Ms > TARGET_P95_MS)
        errors.push(`newsroom p95 ${newsroom.p95Ms} ms > ${TARGET_P95_MS} ms`);
      if (newsroom.failed > 0) errors.push(`newsroom: ${newsroom.failed} failed requests`);
      return {
        database,
        pickup: { articles: ARTICLES, found, runsMs: runs, worstMs: pickupMs, targetMs: TARGET_PICKUP_MS },
        newsroom: {
          releases: RELEASES,
          readers: READERS,
          seconds: SECONDS,
          ...newsroom,
          targetMs: TARGET_P95_MS,
        },
        load1: load1(),
        errors,
      };
    } finally {
      await app.close();
      await store.close();
    }
  } finally {
    await pgDatabase?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
  const r = await bench({ database });
  console.error(
    [
      `publications (${r.database}): pickup among ${r.pickup.articles} articles found ${r.pickup.found}, runs ${r.pickup.runsMs.join(', ')} ms (target ≤ ${r.pickup.targetMs} ms)`,
      `  newsroom, ${r.newsroom.readers} readers for ${r.newsroom.seconds} s: ${r.newsroom.requests} requests, p95 ${r.newsroom.p95Ms} ms (target ≤ ${r.newsroom.targetMs} ms), failed ${r.newsroom.failed}, load ${r.load1}`,
      ...r.errors.map((e) => `  MISSED: ${e}`),
    ].join('\n'),
  );
  console.log(JSON.stringify(r));
}
