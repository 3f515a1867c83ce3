// SOP B as an office runs it: a crisis-indicated issue opens a case with a drafted press release;
// four people take it through the six steps (the head of agency says NO once, then YES); it is
// published to the government's own newsroom, whose page and RSS a feed reader reads, e-mailed to
// the partner outlets' newsrooms on a loopback SMTP server and sent to a signed webhook; three
// loopback outlets republish it (whole, cut short, rewritten around its quote) beside a fourth that
// writes its own story on the same flood, the real crawl collects them, and the pickup report names
// exactly the three. Withdrawn, it leaves the newsroom and its feed.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { pdfText } from '../../../test/support/documents.ts';
import { type Mailbox, openMailbox } from '../../../test/support/mailbox.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { parseFeed } from '../../collect/feeds/parse.ts';
import { Fetcher } from '../../collect/fetch/index.ts';
import { loadConfig } from '../../kernel/config.ts';
import type { AppContext } from '../../kernel/context.ts';
import { openQueue } from '../../kernel/jobs/open-queue.ts';
import { createLogger } from '../../kernel/logger.ts';
import { createClippingReader } from '../../kernel/sandbox/clipping-reader.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { crawlWorkspace } from '../crawl/crawl.service.ts';
import { sendDueDeliveries } from './deliveries.service.ts';
import { findAllPickups } from './pickup.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const QUOTE =
  'Kami sudah menurunkan dua puluh pompa air dan membuka dapur umum di Kelurahan Tambaklorok sampai air benar-benar surut';
const FACTS = [
  'Dinas Pekerjaan Umum mencatat genangan rob setinggi empat puluh sentimeter di tiga rukun warga sejak Senin malam.',
  'Badan Penanggulangan Bencana Daerah memindahkan seratus dua puluh warga lanjut usia ke balai kelurahan yang lebih tinggi.',
  'Pemerintah kabupaten menyiapkan anggaran tanggap darurat untuk perbaikan tanggul laut sepanjang delapan ratus meter.',
  'Warga dapat melaporkan genangan baru melalui layanan pengaduan resmi yang dijaga petugas selama dua puluh empat jam.',
];

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function material(title: string, extra: string) {
  return {
    title,
    lead: `SUKAMAJU, 7 Desember 2026 — Pemerintah Kabupaten Sukamaju menangani banjir rob di Kelurahan Tambaklorok dengan pompa air, dapur umum dan evakuasi warga lanjut usia. ${extra}`,
    body: { type: 'doc', content: FACTS.map(paragraph) },
    quote: { speaker: 'Sri Wahyuni', position: 'Kepala Dinas Kominfo Kabupaten Sukamaju', text: QUOTE },
    contacts: 'Bagian Komunikasi Pimpinan\nDodi Pratama, 0812 3456 7890',
    webSummary: 'Pemerintah Kabupaten Sukamaju menurunkan pompa air dan membuka dapur umum di Tambaklorok.',
    socialText: 'Pompa air dan dapur umum untuk warga Tambaklorok. Info resmi di laman pemerintah.',
  };
}

/** A loopback outlet on its own address: an RSS feed with one story and the story's page. */
async function startOutlet(address: string, story: { title: string; paragraphs: string[] }) {
  let origin = '';
  const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${story.title}</title></head>
<body><article><h1>${story.title}</h1>${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${address}</title>
<link>${origin}/</link><item><title>${story.title}</title><link>${origin}/berita/banjir-rob</link></item></channel></rss>`);
    }
    if (req.url === '/berita/banjir-rob') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, address, r));
  origin = `http://${address}:${(server.address() as AddressInfo).port}`;
  return { origin, host: address, close: () => new Promise((r) => server.close(r)) };
}

describe.each(DIALECTS)('SOP B end to end on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let worker: AppContext;
  let mailbox: Mailbox;
  let hook: http.Server;
  const hookCalls: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let hookUrl = '';
  const outlets: Awaited<ReturnType<typeof startOutlet>>[] = [];
  let analyst: BuiltUser;
  let colleague: BuiltUser;
  let head: BuiltUser;
  let leader: BuiltUser;
  let admin: BuiltUser;
  let issueId = 0;
  let wsId = 0;
  // Each store gets its own addresses, so the two runs never read each other's outlets.
  const net = dialect === 'sqlite' ? 40 : 50;

  async function call(who: BuiltUser | null, method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: Json = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  }
  const act = async (who: BuiltUser, caseId: number, action: Json) => {
    const res = await call(who, 'POST', `/api/v1/sop-cases/${caseId}/actions`, action);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.case;
  };

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju', name: 'Pemerintah Kabupaten Sukamaju' });
    wsId = ws.id;
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Fungsional' });
    colleague = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Dodi Pratama' });
    head = await buildUser(t.store, { role: 'head', workspace: ws, name: 'Bayu Kepala Bidang' });
    leader = await buildUser(t.store, { role: 'leader', workspace: ws, name: 'Sri Wahyuni' });
    admin = await buildUser(t.store, { role: 'admin', workspace: ws, name: 'Admin Kominfo' });
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    mailbox = await openMailbox();
    hook = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        hookCalls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pantau`;

    // The monitoring already found the flood: three articles, analysed, filed in one issue.
    const flood = [
      'Banjir rob kembali merendam Kelurahan Tambaklorok. Warga mengeluh pompa air tidak bekerja dan belum ada dapur umum. "Kami sudah tiga hari terendam dan belum ada bantuan," kata Suparmi, warga setempat.',
      'Genangan rob di Tambaklorok setinggi lutut orang dewasa. Warga menilai pemerintah lamban menangani banjir rob yang terjadi setiap bulan.',
      'Banjir rob Tambaklorok meluas ke tiga rukun warga. Warga lanjut usia kesulitan keluar rumah karena genangan rob tidak kunjung surut.',
    ];
    const pages = createPageAnalyser({ processes: 0 });
    for (const [i, text] of flood.entries()) {
      const id = await buildArticle(t.store, ws, {
        url: `https://warta.example/rob-${i}`,
        title: `Banjir Rob Tambaklorok Belum Surut ${i + 1}`,
        text,
      });
      await analyzeStoredArticle(t.store, pages, id);
    }
    await pages.close();
    const issues = await call(analyst, 'GET', '/api/v1/issues?days=90');
    expect(issues.status).toBe(200);
    issueId = issues.body.issues.find((i: Json) => i.articleCount >= 2)?.id;
    expect(issueId).toBeGreaterThan(0);

    // Three loopback outlets republish what will be published; a fourth writes its own story.
    for (let i = 0; i < 4; i++)
      outlets.push(await startOutlet(`127.0.0.${net + i}`, { title: '', paragraphs: [] }));

    const queue = await openQueue(t.store, { databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    const fetcher = new Fetcher({ allowHosts: ['127.0.0.0/8'], hostDelayMs: 0, respectRobots: false });
    const crawlPages = createPageAnalyser({ processes: 0 });
    worker = {
      config: { ...loadConfig({ PANTAU_DATA_DIR: t.dataDir }), concurrency: 4 },
      logger: createLogger('silent'),
      store: t.store,
      fetcher,
      clippings: createClippingReader({ processes: 0 }),
      pages: crawlPages,
      queue,
      async close() {
        await queue.close();
        await crawlPages.close();
        await fetcher.close();
      },
    };
  });
  afterAll(async () => {
    await app?.close();
    await worker?.close();
    await mailbox?.close();
    await new Promise((r) => hook?.close(r));
    for (const o of outlets) await o.close();
    await t?.dispose();
  });

  test('six steps with one NO and one YES, published, delivered, and picked up by exactly three outlets', async () => {
    // The registry: partners on outlets 0 and 1 and 3 (outlet 2 is no partner; partner 3 never runs it).
    const partnerNames = ['Kabar Pesisir', 'Suara Sukamaju', 'Warta Rakyat'];
    const partnerIds: number[] = [];
    for (const [n, index] of [0, 1, 3].entries()) {
      const res = await call(admin, 'POST', '/api/v1/partners', {
        name: partnerNames[n],
        newsroomEmail: `redaksi${index}@media${index}.example`,
        hosts: [outlets[index].host],
        mediaType: 'online',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      partnerIds.push(res.body.partner.id);
      // Each agreement of this year asks for four releases to be run.
      const year = new Date().getUTCFullYear();
      const agreement = await call(admin, 'POST', `/api/v1/partners/${res.body.partner.id}/agreements`, {
        number: `PKS-${n + 1}/${year}`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        requiredReleases: 4,
      });
      expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    }
    const hooks = await call(admin, 'PUT', '/api/v1/settings/publication-webhooks', {
      webhooks: [{ url: hookUrl, secret: 'rahasia-webhook-sukamaju-2026' }],
    });
    expect(hooks.status).toBe(200);
    expect(JSON.stringify(hooks.body)).not.toContain('rahasia');

    // Step 1: the analyst opens the case from the crisis-indicated issue; the release is drafted.
    const drafted = await call(analyst, 'POST', '/api/v1/publications', { issueId });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const p = drafted.body.publication;
    expect(p.case.sop.key).toBe('sop-b');
    expect(p.case.step.no).toBe(1);
    expect(p.evidence.articles.length).toBeGreaterThanOrEqual(2);
    expect(p.current.content.lead).toContain('Pemerintah Kabupaten Sukamaju');
    expect(p.blanks.length).toBeGreaterThan(0);
    const caseId = p.case.id as number;
    const other = await call(analyst, 'POST', '/api/v1/publications', { issueId });
    expect(other.status).toBe(201);
    await act(analyst, caseId, { type: 'complete', note: 'Program dan isu terinventarisasi' });

    // Step 2: the analyst writes the release; step 3: the head of division passes it on.
    let saved = await call(analyst, 'PUT', `/api/v1/publications/${p.id}/material`, {
      content: material('Pemkab Sukamaju Tangani Banjir Rob Tambaklorok', 'Penanganan dimulai Senin malam.'),
      baseVersion: 1,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version.version).toBe(2);
    const early = await call(analyst, 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(early.status).toBe(409);
    await act(analyst, caseId, { type: 'complete' });
    const notHead = await call(analyst, 'PUT', `/api/v1/publications/${p.id}/material`, {
      content: material('Judul lain', ''),
      baseVersion: 2,
    });
    expect(notHead.status).toBe(403);
    await act(head, caseId, { type: 'complete', note: 'Layak diajukan' });

    // Step 4: NO, with the reason: back to step 2 in a new round.
    let c = await act(leader, caseId, {
      type: 'decide',
      answer: 'no',
      note: 'Sebutkan jumlah warga yang dievakuasi di paragraf pembuka',
    });
    expect(c.step.no).toBe(2);
    expect(c.round).toBe(2);
    saved = await call(analyst, 'PUT', `/api/v1/publications/${p.id}/material`, {
      content: material(
        'Pemkab Sukamaju Tangani Banjir Rob Tambaklorok',
        'Seratus dua puluh warga lanjut usia dievakuasi ke balai kelurahan.',
      ),
      baseVersion: 2,
      note: 'Jumlah warga yang dievakuasi ditambahkan',
    });
    expect(saved.body.version.version).toBe(3);
    await act(analyst, caseId, { type: 'complete' });
    await act(head, caseId, { type: 'complete' });
    c = await act(leader, caseId, { type: 'decide', answer: 'yes', note: 'Setuju dipublikasikan' });
    expect(c.step.no).toBe(5);
    // The decision's output: the approval disposition, with both rounds' answers and the NO's reason.
    const sheet = await fetch(`${base}/api/v1/publications/${p.id}/approval.pdf`, {
      headers: { authorization: `Bearer ${analyst.token}` },
    });
    expect(sheet.status).toBe(200);
    const sheetText = (await pdfText(Buffer.from(await sheet.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(sheetText).toContain('TIDAK');
    expect(sheetText).toContain('Sebutkan jumlah warga yang dievakuasi');
    expect(sheetText).toContain('YA');
    expect(sheetText).toContain('Bayu Kepala Bidang');
    expect(sheetText).toContain('Sri Wahyuni');

    // Steps 5 and 6: a colleague follows up the approval and publishes in one action.
    await act(colleague, caseId, { type: 'complete', note: 'Disiapkan untuk publikasi' });
    // Step 6 ends by publishing: a bare "Selesai" would close the case with nothing published.
    const bare = await call(colleague, 'POST', `/api/v1/sop-cases/${caseId}/actions`, { type: 'complete' });
    expect(bare.status).toBe(409);
    const published = await call(colleague, 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const pub = published.body.publication;
    expect(pub.status).toBe('published');
    expect(pub.case.status).toBe('done');
    expect(pub.publishedByName).toBe('Dodi Pratama');
    expect(pub.deliveries.map((d: Json) => `${d.channel}:${d.target}:${d.state}`).sort()).toEqual(
      [
        'newsroom:Ruang berita:sent',
        'email:Kabar Pesisir:pending',
        'email:Suara Sukamaju:pending',
        'email:Warta Rakyat:pending',
        `webhook:${new URL(hookUrl).host}:pending`,
      ].sort(),
    );
    const history = pub.case.history.map((e: Json) => `${e.fromStep}>${e.toStep}:${e.actorName}`);
    expect(history).toEqual([
      '1>1:Rina Fungsional',
      '1>2:Rina Fungsional',
      '2>3:Rina Fungsional',
      '3>4:Bayu Kepala Bidang',
      '4>2:Sri Wahyuni',
      '2>3:Rina Fungsional',
      '3>4:Bayu Kepala Bidang',
      '4>5:Sri Wahyuni',
      '5>6:Dodi Pratama',
      '6>6:Dodi Pratama',
    ]);

    // The partner newsrooms get it by e-mail; the webhook gets it signed.
    const sent = await sendDueDeliveries(t.store, {
      smtp: {
        host: '127.0.0.1',
        port: mailbox.port,
        secure: false,
        from: 'Humas Sukamaju <humas@sukamaju.example>',
      },
      publicUrl: base,
      now: new Date(),
      allowHosts: ['127.0.0.0/8'],
    });
    expect(sent).toEqual({ sent: 4, failed: 0, retrying: 0, skipped: 0 });
    expect(mailbox.received.map((m) => m.to[0]).sort()).toEqual([
      'redaksi0@media0.example',
      'redaksi1@media1.example',
      'redaksi3@media3.example',
    ]);
    expect(mailbox.received[0].raw).toContain('Tambaklorok');
    // Each carries the release as a PDF with the letterhead, named after the release.
    expect(mailbox.received[0].raw).toContain('Content-Type: application/pdf');
    expect(mailbox.received[0].raw.replace(/\r?\n /g, '')).toContain('siaran-pers-');
    const pdf = await fetch(`${base}/api/v1/publications/${p.id}/release.pdf`, {
      headers: { authorization: `Bearer ${head.token}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('SIARAN PERS');
    expect(hookCalls).toHaveLength(1);
    const { headers, body } = hookCalls[0];
    const expected = createHmac('sha256', 'rahasia-webhook-sukamaju-2026')
      .update(`${headers['x-pantau-timestamp']}.${body}`)
      .digest('hex');
    expect(headers['x-pantau-signature']).toBe(`sha256=${expected}`);
    expect(JSON.parse(body)).toMatchObject({ event: 'publication.published', title: pub.title });

    // The newsroom: public, with its security headers, feed and sitemap; the unpublished draft nowhere.
    const page = await call(null, 'GET', '/newsroom/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.body).toContain('Pemkab Sukamaju Tangani Banjir Rob Tambaklorok');
    const release = await call(null, 'GET', `/newsroom/${pub.slug}`);
    expect(release.status).toBe(200);
    expect(release.body).toContain('Seratus dua puluh warga lanjut usia dievakuasi');
    expect(release.body).toContain('"@type":"NewsArticle"');
    expect(release.body).toContain('property="og:title"');
    const feedRes = await call(null, 'GET', '/newsroom/feed.xml');
    expect(feedRes.headers.get('content-type')).toContain('application/rss+xml');
    const feed = parseFeed(feedRes.body, { baseUrl: `${base}/newsroom/feed.xml` });
    expect(feed.entries.map((e) => e.title)).toEqual(['Pemkab Sukamaju Tangani Banjir Rob Tambaklorok']);
    expect(feed.entries[0].link).toBe(`${base}/newsroom/${pub.slug}`);
    const draft = other.body.publication;
    expect((await call(null, 'GET', `/newsroom/${draft.slug}`)).status).toBe(404);
    const map = await call(null, 'GET', '/newsroom/sitemap.xml');
    expect(map.body).toContain(`/newsroom/${pub.slug}</loc>`);
    expect(map.body).not.toContain(draft.slug);
    expect((await call(null, 'GET', '/newsroom/?q=pompa+tambaklorok')).body).toContain(pub.slug);
    expect((await call(null, 'GET', '/newsroom/?q=jembatan')).body).not.toContain(pub.slug);

    // Three outlets run it: whole with their own opening, cut short, rewritten around the quote.
    const text = [
      material('', 'Seratus dua puluh warga lanjut usia dievakuasi ke balai kelurahan.').lead,
      ...FACTS,
    ];
    const stories = [
      {
        title: 'Pemkab Sukamaju Tangani Banjir Rob Tambaklorok',
        paragraphs: ['KABAR PESISIR — Siaran pers pemerintah:', ...text, `"${QUOTE}," kata Sri Wahyuni.`],
      },
      { title: 'Banjir Rob, Pemkab Turunkan Pompa', paragraphs: text.slice(0, 3) },
      {
        title: 'Dapur Umum Dibuka untuk Warga Pesisir',
        paragraphs: [
          'Warga pesisir kini bisa makan di dapur umum yang didirikan di dekat masjid kampung.',
          `Kepala Dinas Kominfo Sri Wahyuni menyebut, "${QUOTE}."`,
          'Sebagian warga memilih bertahan di rumah panggung mereka sambil menunggu air turun.',
        ],
      },
      {
        title: 'Nelayan Tambaklorok Tak Melaut karena Rob',
        paragraphs: [
          'Nelayan Tambaklorok memilih menambatkan perahu selama rob tinggi melanda kampung mereka.',
          'Harga ikan di pasar pelelangan naik karena pasokan dari nelayan setempat berkurang drastis.',
          'Para nelayan berharap tanggul laut segera diperbaiki agar mereka bisa kembali melaut.',
        ],
      },
    ];
    for (const [i, o] of outlets.entries()) {
      await o.close();
      outlets[i] = await startOutlet(o.host, stories[i]);
      const src = await call(analyst, 'POST', '/api/v1/sources', { url: `${outlets[i].origin}/rss.xml` });
      expect(src.status, JSON.stringify(src.body)).toBe(201);
    }
    const crawl = await crawlWorkspace(worker, wsId);
    expect(crawl.pollFailures).toEqual([]);
    expect(await findAllPickups(t.store, new Date())).toBe(3);
    expect(await findAllPickups(t.store, new Date())).toBe(0);

    const report = (await call(head, 'GET', `/api/v1/publications/${p.id}/pickup`)).body;
    expect(report.outlets.map((o: Json) => o.host).sort()).toEqual(
      [outlets[0].host, outlets[1].host, outlets[2].host].sort(),
    );
    const byHost = new Map(report.outlets.map((o: Json) => [o.host, o]));
    const whole = byHost.get(outlets[0].host) as Json;
    const cut = byHost.get(outlets[1].host) as Json;
    const rewritten = byHost.get(outlets[2].host) as Json;
    expect(whole.kept).toBeGreaterThan(0.8);
    expect(cut.kept).toBeGreaterThan(0.2);
    expect(cut.kept).toBeLessThan(whole.kept);
    expect(rewritten.articles[0].quoteMatch).toBe(true);
    expect(whole.partner).toBe('Kabar Pesisir');
    expect(rewritten.partner).toBeNull();
    expect(report.partners.map((x: Json) => `${x.name}:${x.pickedUp}`).sort()).toEqual([
      'Kabar Pesisir:true',
      'Suara Sukamaju:true',
      'Warta Rakyat:false',
    ]);

    // Withdrawn: the newsroom says so in its place and the feed drops it.
    const out = await call(head, 'POST', `/api/v1/publications/${p.id}/withdraw`, {
      reason: 'Data jumlah pompa keliru; diganti siaran pers baru',
    });
    expect(out.status).toBe(200);
    const gone = await call(null, 'GET', `/newsroom/${pub.slug}`);
    expect(gone.status).toBe(410);
    expect(gone.body).toContain('Data jumlah pompa keliru');
    expect(gone.body).not.toContain('Seratus dua puluh warga lanjut usia dievakuasi');
    const after = parseFeed((await call(null, 'GET', '/newsroom/feed.xml')).body);
    expect(after.entries).toEqual([]);
  });
});
