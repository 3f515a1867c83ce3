/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web app as its users meet it: a real `pantau serve` with the demo workspace collected through
// the real pipeline, driven in a real headless Chromium. Screenshots of every main page, on a laptop
// and on a phone, are written under test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { apiFrom as apiFromAt, signIn as signInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API
type Json = any;

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const XSS_TITLE = 'Warga protes <img src=x onerror="window.__xss=1"> di balai kota';
const XSS_BODY =
  'Puluhan warga mendatangi balai kota pada Selasa pagi. <script>window.__xss=2</script> Mereka meminta ' +
  'kejelasan jadwal perbaikan saluran air. <a href="javascript:window.__xss=3">klik</a> Perwakilan warga ' +
  'diterima oleh sekretaris daerah dan dijanjikan jawaban tertulis dalam sepekan.';

/** A news site on loopback whose one article carries script in its (escaped) text. */
function hostileSite(): Promise<{ server: Server; url: string }> {
  const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.url === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Uji</title><link>${base}/</link>` +
          `<item><title>${asHtml(asHtml(XSS_TITLE))}</title><link>${base}/berita/1</link>` +
          `<pubDate>${new Date().toUTCString()}</pubDate></item></channel></rss>`,
      );
      return;
    }
    if (req.url === '/berita/1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const paragraphs = XSS_BODY.split('. ')
        .map((p) => `<p>${asHtml(p)}.</p>`)
        .join('');
      res.end(
        `<!doctype html><html lang="id"><head><title>${asHtml(XSS_TITLE)}</title>` +
          `<meta property="og:title" content="${asHtml(XSS_TITLE).replace(/"/g, '&quot;')}">` +
          `<meta property="article:published_time" content="${new Date().toISOString()}"></head>` +
          `<body><article><h1>${asHtml(XSS_TITLE)}</h1>${paragraphs}${paragraphs}</article></body></html>`,
      );
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    }),
  );
}

let dataDir = '';
let env: Record<string, string> = {};
let pantau: RunningServer;
let browser: Browser;
let site: { server: Server; url: string };
let demo: Json;
let officerPassword = '';

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  site = await hostileSite();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-'));
  env = {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_EXTRACT_THREADS: '1',
  };
  const built = await runCli(['demo', '--json'], env);
  if (built.code !== 0) throw new Error(`pantau demo failed: ${built.stderr}`);
  demo = JSON.parse(built.stdout);
  const ws = ['--workspace', demo.workspace.slug];
  const added = await runCli(['sources', 'add', `${site.url}/rss`, '--name', 'Warta Uji', ...ws], env);
  if (added.code !== 0) throw new Error(`sources add failed: ${added.stderr}`);
  const crawled = await runCli(['crawl', '--once'], env);
  if (crawled.code !== 0) throw new Error(`crawl failed: ${crawled.stderr}`);
  const officer = await runCli(
    [
      'users',
      'create',
      '--email',
      'opd@pupr.sukamaju.demo',
      '--name',
      'Petugas PUPR',
      '--role',
      'agency_officer',
      '--agency',
      'Dinas PUPR',
      ...ws,
    ],
    env,
  );
  officerPassword = /sekali pakai[^:]*: (\S+)/.exec(officer.stdout)?.[1] ?? '';
  if (!officerPassword) throw new Error(`users create failed: ${officer.stdout}${officer.stderr}`);
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  site?.server.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const idNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, page.url()).toBeLessThanOrEqual(PHONE.width);
}

const signIn = (context: BrowserContext, email: string, password: string, next = '/') =>
  signInAt(pantau.base, context, email, password, next);

const apiFrom = (page: Page, url: string) => apiFromAt<Json>(pantau.base, page, url);

describe('the office web app in Chromium', () => {
  let analyst: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    analyst = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID', acceptDownloads: true });
    page = await signIn(analyst, demo.account.email, demo.account.password);
    // A one-time password is replaced before anything else.
    await page.waitForURL(/\/ganti-sandi/);
    await page.getByLabel('Kata sandi sekali pakai').fill(demo.account.password);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: /simpan|ganti/i }).click();
    await page.waitForURL((url) => url.pathname === '/');
  }, 60_000);
  afterAll(async () => {
    await analyst?.close();
  });

  test("the dashboard draws its charts, and its figures are the API's", async () => {
    // What the page asked the API, and what it was told: the figures shown must be those.
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/dashboard') && r.status() === 200);
    await page.goto(`${pantau.base}/?period=90d`);
    const api = (await (await answered).json()) as Json;
    expect(api.totals.articles.current).toBeGreaterThan(300);
    const total = page.getByTestId('total-articles');
    await expect
      .poll(async () => (await total.textContent()) ?? '', { timeout: 15_000 })
      .toContain(idNumber(api.totals.articles.current));
    await expect
      .poll(async () => (await page.getByTestId('total-negative').textContent()) ?? '')
      .toContain(idNumber(api.totals.negative.current));
    // Each chart is drawn (a canvas or an svg in its card).
    for (const id of ['chart-volume', 'chart-tone']) {
      await page.getByTestId(id).locator('canvas, svg').first().waitFor({ timeout: 15_000 });
    }
    // The state is in the address: the same link opens the same dashboard.
    expect(new URL(page.url()).searchParams.get('period')).toBe('90d');
    await page.screenshot({ path: path.join(SHOTS, 'desktop-dasbor.png'), fullPage: true });

    // From the keyboard: Tab from the first chart's download menu reaches its "Tampilkan data",
    // which shows itself with a focus ring; Enter shows the figures, each row's label a link to the
    // news behind its mark (the search a click on that day's point opens).
    const volume = page.getByTestId('chart-volume');
    await volume.getByRole('button', { name: /^Unduh / }).focus();
    await page.keyboard.press('Tab');
    const toggle = volume.getByRole('button', { name: /^Tampilkan data/ });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await toggle.boundingBox())?.width ?? 0).toBeGreaterThan(40);
    expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const hide = volume.getByRole('button', { name: /^Sembunyikan data/ });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    expect(await hide.evaluate((el) => el === document.activeElement)).toBe(true);
    const figures = page.getByTestId('chart-volume-table');
    await figures.waitFor({ state: 'visible' });
    const href = (await figures.getByRole('link').first().getAttribute('href')) ?? '';
    const link = new URL(href, pantau.base);
    expect(link.pathname).toBe('/cari');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      from: api.volume[0].bucket,
      to: api.volume[1]?.bucket ?? api.period.to,
      sort: 'newest',
    });
    await page.screenshot({ path: path.join(SHOTS, 'desktop-dasbor-data-grafik.png') });
  });

  test('a boolean search lists what the API finds, and exports it whole', async () => {
    await page.goto(`${pantau.base}/cari?q=${encodeURIComponent('banjir -hoaks')}`);
    const totalText = page.getByTestId('search-total');
    await expect.poll(async () => (await totalText.textContent()) ?? '', { timeout: 15_000 }).toMatch(/\d/);
    const api = await apiFrom(page, `/api/v1/articles?q=${encodeURIComponent('banjir -hoaks')}&limit=1`);
    expect(api.total).toBeGreaterThan(5);
    expect(await totalText.textContent()).toContain(idNumber(api.total));
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'desktop-cari.png'), fullPage: true });

    // The whole result, not the page shown: one JSON line per article the search holds.
    await page.getByRole('button', { name: 'Ekspor semua hasil' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'JSON lines' }).click();
    const file = await (await download).path();
    const records = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    expect(records).toHaveLength(api.total);
    for (const r of records) expect(`${r.title} ${r.text}`).toMatch(/banjir/i);
    // The page followed the download and says it saved every article the search counted.
    await page
      .getByTestId('export-progress')
      .getByText(new RegExp(`^${idNumber(api.total).replace('.', '\\.')} artikel tersimpan sebagai artikel-`))
      .waitFor({ timeout: 15_000 });
  });

  test('an export says how far it has come, can be cancelled, and says plainly why it was refused', async () => {
    await page.goto(`${pantau.base}/cari?q=banjir`);
    await expect
      .poll(() => page.getByTestId('search-result').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const { total } = await apiFrom(page, '/api/v1/articles?q=banjir&limit=1');
    const panel = page.getByTestId('export-progress');
    const downloads: unknown[] = [];
    const counted = (d: unknown) => downloads.push(d);
    page.on('download', counted);

    // A slow line, so the export is seen under way: "n dari N artikel", N being the search's total.
    const cdp = await analyst.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: 24 * 1024,
      uploadThroughput: -1,
    });
    try {
      await page.getByRole('button', { name: 'Ekspor semua hasil' }).click();
      await page.getByRole('menuitem', { name: 'JSON lines' }).click();
      await panel
        .getByText(new RegExp(`^[1-9][\\d.]* dari ${idNumber(total).replace('.', '\\.')} artikel$`))
        .waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(SHOTS, 'desktop-cari-ekspor.png') });
      await panel.getByRole('button', { name: 'Batal' }).click();
      await panel.waitFor({ state: 'detached' });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await cdp.detach();
    }
    expect(downloads).toHaveLength(0);

    // A refusal is said in words, not saved as a file.
    await page.route('**/api/v1/articles/export?**', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 403, code: 'forbidden', detail: 'forbidden' }),
      }),
    );
    try {
      await page.getByRole('button', { name: 'Ekspor semua hasil' }).click();
      await page.getByRole('menuitem', { name: 'CSV (spreadsheet)' }).click();
      await panel.getByText('Peran Anda tidak mengizinkan ekspor berita di workspace ini.').waitFor();
    } finally {
      await page.unroute('**/api/v1/articles/export?**');
    }
    await panel.getByRole('button', { name: 'Tutup' }).click();
    await panel.waitFor({ state: 'detached' });
    page.off('download', counted);
    expect(downloads).toHaveLength(0);
  });

  test("an analyst corrects an article's tone in place, and the dashboard follows", async () => {
    const before = await apiFrom(page, '/api/v1/dashboard?interval=day');
    const list = await apiFrom(page, '/api/v1/articles?tone=positive&limit=1&facets=0');
    const id = list.results[0].article.id;
    await page.goto(`${pantau.base}/artikel/${id}`);
    await page.getByTestId('article-text').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'desktop-artikel.png'), fullPage: true });
    await page
      .getByTestId('article-tone')
      .getByRole('button', { name: /koreksi/i })
      .click();
    await page.getByRole('radio', { name: /negatif/i }).check();
    await page.getByRole('button', { name: /simpan/i }).click();
    await expect
      .poll(async () => (await page.getByTestId('article-tone').textContent()) ?? '')
      .toMatch(/negatif/i);
    await expect
      .poll(async () => (await page.getByTestId('corrections').textContent()) ?? '')
      .toMatch(/negatif/i);
    const after = await apiFrom(page, '/api/v1/dashboard?interval=day');
    expect(after.totals.negative.current).toBe(before.totals.negative.current + 1);
    await page.goto(`${pantau.base}/`);
    await expect
      .poll(async () => (await page.getByTestId('total-negative').textContent()) ?? '', { timeout: 15_000 })
      .toContain(idNumber(after.totals.negative.current));
  });

  test('script in a scraped article is shown as text and never runs', async () => {
    const found = await apiFrom(
      page,
      `/api/v1/articles?q=${encodeURIComponent('"balai kota" protes')}&facets=0`,
    );
    const hostile = found.results.find((r: Json) => r.article.title?.includes('onerror'));
    expect(hostile, 'the hostile article was collected').toBeTruthy();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${pantau.base}/artikel/${hostile.article.id}`);
    await page.getByTestId('article-text').waitFor();
    await expect(page.getByText('<script>window.__xss=2</script>', { exact: false }).first()).toBeDefined();
    const state = await page.evaluate(() => ({
      ran: (window as unknown as { __xss?: number }).__xss ?? null,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      text: document.body.innerText,
    }));
    expect(state.ran).toBeNull();
    expect(state.injectedImages).toBe(0);
    expect(state.scripts).toBe(0);
    expect(state.javascriptLinks).toBe(0);
    expect(state.text).toContain('onerror="window.__xss=1"');
    expect(dialogs).toEqual([]);
  });

  test('an analyst takes up a crisis alert: marks it seen, takes it on, and comments', async () => {
    const { alerts } = await apiFrom(page, '/api/v1/alerts?limit=5');
    // The demo's story that turns into a crisis raised at least one alert.
    expect(alerts.length).toBeGreaterThan(0);
    const alert = alerts[0];
    await page.goto(`${pantau.base}/peringatan/${encodeURIComponent(alert.id)}`);
    await page.getByRole('button', { name: 'Tandai sudah dilihat' }).click();
    await page.getByText(/^Dilihat oleh /).waitFor({ timeout: 15_000 });
    await page.getByRole('textbox', { name: 'Ditugaskan kepada' }).click();
    await page.getByRole('option', { name: /Demo/ }).first().click();
    await page.getByText('Penugasan disimpan').waitFor({ timeout: 15_000 });
    await page.getByLabel('Komentar baru').fill('Siapkan klarifikasi Dinas PUPR sebelum pukul 14.00.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText('Siapkan klarifikasi Dinas PUPR sebelum pukul 14.00.').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SHOTS, 'desktop-peringatan-detail.png'), fullPage: true });

    const detail = (await apiFrom(page, `/api/v1/alerts/${encodeURIComponent(alert.id)}`)).alert;
    expect(detail.status).toBe('acknowledged');
    expect(detail.assignee?.name).toMatch(/Demo/);
    expect(detail.comments.map((c: Json) => c.body)).toEqual([
      'Siapkan klarifikasi Dinas PUPR sebelum pukul 14.00.',
    ]);
  });

  test('"Uji alamat ini" shows what a feed would bring before anything is saved', async () => {
    const before = (await apiFrom(page, '/api/v1/sources')).sources.length;
    await page.goto(`${pantau.base}/sumber`);
    await page.getByRole('button', { name: 'Tambah sumber' }).first().click();
    await page.getByLabel('Alamat (URL)').fill(`${site.url}/rss`);
    await page.getByRole('button', { name: 'Uji alamat ini' }).click();
    const preview = page.getByTestId('source-preview');
    await preview.waitFor({ timeout: 20_000 });
    // The feed's title and its one item, the hostile headline shown as text.
    await preview.getByText('Warta Uji').first().waitFor();
    expect(await preview.getByRole('listitem').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'desktop-sumber-uji.png'), fullPage: true });
    expect((await apiFrom(page, '/api/v1/sources')).sources.length).toBe(before);
  });

  test('"Ambil sekarang" on a source waits for a worker, then shows what its poll found', async () => {
    await page.goto(`${pantau.base}/sumber`);
    await page.getByRole('button', { name: 'Tindakan untuk Warta Uji' }).click();
    await page.getByRole('menuitem', { name: 'Ambil sekarang' }).click();
    const state = page.getByRole('dialog', { name: 'Ambil sekarang: Warta Uji' }).getByTestId('poll-now');
    // This server runs without background workers: the request waits, and the panel says why.
    await state.getByText(/^Menunggu pekerja latar\. /).waitFor({ timeout: 15_000 });
    const source = (await apiFrom(page, '/api/v1/sources')).sources.find((s: Json) => s.name === 'Warta Uji');
    expect((await apiFrom(page, `/api/v1/sources/${source.id}/poll`)).poll.status).toBe('queued');

    // A worker's poll of the source (here one pass of `pantau crawl --once`) answers the request,
    // and the open panel follows it without a reload.
    const crawled = await runCli(['crawl', '--once'], env);
    expect(crawled.code).toBe(0);
    await state.getByText('1 berita tercantum, 0 di antaranya baru.').waitFor({ timeout: 15_000 });
    await state.getByText('Selesai', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'desktop-sumber-ambil.png'), fullPage: true });
    const { poll } = await apiFrom(page, `/api/v1/sources/${source.id}/poll`);
    expect(poll).toMatchObject({ status: 'done', listed: 1, newArticles: 0, error: null });
    await page.keyboard.press('Escape');
  });

  test('an analyst starts re-analysis from the subjects settings and sees it waiting for the worker', async () => {
    await page.goto(`${pantau.base}/pengaturan?tab=subjects`);
    await page.getByRole('button', { name: 'Analisis ulang semua berita' }).click();
    // This server runs without background workers: the run waits, and the page says why.
    await page.getByText(/^Menunggu pekerja latar\. /).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Analisis ulang semua berita' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'desktop-pengaturan-subjek.png'), fullPage: true });
    const { run } = await apiFrom(page, '/api/v1/analysis/reanalyze');
    expect(run.status).toBe('queued');
  });

  test("the issue list shows each issue's trend in words and its total, as the API counts them", async () => {
    await page.goto(`${pantau.base}/isu?hari=30`);
    const trends = page.getByTestId('issues-table').getByTestId('issue-trend');
    await trends.first().waitFor({ timeout: 15_000 });
    const { issues } = await apiFrom(
      page,
      `/api/v1/issues?workspace=${demo.workspace.slug}&days=30&limit=100`,
    );
    expect(await trends.count()).toBe(issues.length);
    const first = trends.first();
    expect(await first.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Tren 30 hari: (naik dari [\d,]+ menjadi [\d,]+|turun dari [\d,]+ menjadi [\d,]+|stabil, sekitar [\d,]+) artikel per hari$|^Tren 30 hari: tidak ada artikel$/,
    );
    expect(issues[0].daily).toHaveLength(30);
    const total = issues[0].daily.reduce((n: number, x: number) => n + x, 0);
    expect(await first.textContent()).toBe(`total ${idNumber(total)}`);
  });

  test('every main page reads on a phone without sideways scrolling', async () => {
    const phone = await browser.newContext({
      viewport: PHONE,
      locale: 'id-ID',
      isMobile: true,
      hasTouch: true,
    });
    const p = await signIn(phone, demo.account.email, NEW_PASSWORD);
    await p.waitForURL((url) => url.pathname === '/');
    const article = (await apiFrom(p, '/api/v1/articles?limit=1&facets=0')).results[0].article.id;
    const pages: [string, string][] = [
      ['dasbor', '/'],
      ['cari', '/cari?q=banjir'],
      ['artikel', `/artikel/${article}`],
      ['isu', '/isu'],
      ['peringatan', '/peringatan'],
      ['sumber', '/sumber'],
      ['pengaturan', '/pengaturan'],
      ['akun', '/akun'],
    ];
    for (const [name, url] of pages) {
      await p.goto(`${pantau.base}${url}`);
      await p.waitForLoadState('networkidle');
      await noHorizontalScroll(p);
      await p.screenshot({ path: path.join(SHOTS, `phone-${name}.png`), fullPage: true });
    }
    for (const [name, url] of pages.slice(3)) {
      await page.goto(`${pantau.base}${url}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(SHOTS, `desktop-${name}.png`), fullPage: true });
    }
    await phone.close();
  });

  test("an agency officer is refused an analyst's page", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    const p = await signIn(context, 'opd@pupr.sukamaju.demo', officerPassword, '/cari?q=banjir');
    await p.waitForURL(/\/ganti-sandi/);
    await p.getByLabel('Kata sandi sekali pakai').fill(officerPassword);
    await p.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await p.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await p.getByRole('button', { name: /simpan|ganti/i }).click();
    // The new password is saved before the next page is asked for (a navigation would cut it off).
    await p.waitForURL((url) => !url.pathname.startsWith('/ganti-sandi'), { timeout: 15_000 });
    await p.goto(`${pantau.base}/cari?q=banjir`);
    await p.getByText('Anda tidak berhak membuka halaman ini').waitFor({ timeout: 15_000 });
    expect(await p.getByTestId('search-result').count()).toBe(0);
    const refused = await p.request.get(`${pantau.base}/api/v1/articles?q=banjir`);
    expect(refused.status()).toBe(403);
    await context.close();
  });

  test('the administrator signs in and sees the audit trail', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    const p = await signIn(context, ADMIN_EMAIL, ADMIN_PASSWORD, '/audit');
    await p.waitForURL(/\/audit/);
    // The trail lists who changed what: the demo's build, by the administrator who ran it.
    await p.getByRole('table').first().waitFor({ timeout: 15_000 });
    expect(await p.getByRole('row').count()).toBeGreaterThan(1);
    await p.screenshot({ path: path.join(SHOTS, 'desktop-audit.png'), fullPage: true });
    await context.close();
  });
});
