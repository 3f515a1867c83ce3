/// <reference lib="dom" />
// A press release through SOP B in the web app, in a real headless Chromium against a real
// `pantau serve`: the administrator names the newsroom and adds a webhook (its secret never shown
// back); the analyst drafts a release from a monitored issue, sees the template blanks, retitles it
// and saves version 2, and "Bandingkan" shows the old title replaced by the new one. The head and
// the head of agency take it through steps 3–5 (by the API, to keep the test short); at step 6 the
// analyst presses "Terbitkan" and sees what went where. An anonymous visitor then reads the public
// newsroom and the release in Chromium — rendered, no script errors, served with a
// Content-Security-Policy — and our own feed parser reads its RSS. Pages read on a phone without
// sideways scrolling. Screenshots go to test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFeed } from '../../src/collect/feeds/parse.ts';
import { openStore } from '../../src/kernel/db/connect.ts';
import { createPageAnalyser } from '../../src/kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../../src/modules/analysis/analysis.service.ts';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../factories/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn as firstSignInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API
type Json = any;

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const TITLE = 'Pemkab Sukamaju Tangani Banjir Rob Tambaklorok';
const NEWSROOM = 'Ruang Berita Kabupaten Sukamaju';
const HOOK = 'https://hooks.sukamaju.example/siaran-pers';
const SECRET = 'rahasia-webhook-sukamaju-2026';

const FLOOD = [
  'Banjir rob kembali merendam Kelurahan Tambaklorok. Warga mengeluh pompa air tidak bekerja dan belum ada dapur umum. "Kami sudah tiga hari terendam dan belum ada bantuan," kata Suparmi, warga setempat.',
  'Genangan rob di Tambaklorok setinggi lutut orang dewasa. Warga menilai pemerintah lamban menangani banjir rob yang terjadi setiap bulan.',
  'Banjir rob Tambaklorok meluas ke tiga rukun warga. Warga lanjut usia kesulitan keluar rumah karena genangan rob tidak kunjung surut.',
];
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** The release as the analyst finishes it at step 2: every template blank replaced. */
const FINISHED = {
  title: TITLE,
  lead: 'SUKAMAJU, 7 Desember 2026 — Pemerintah Kabupaten Sukamaju menangani banjir rob di Kelurahan Tambaklorok dengan pompa air, dapur umum dan evakuasi warga lanjut usia.',
  body: {
    type: 'doc',
    content: [
      paragraph(
        'Dinas Pekerjaan Umum mencatat genangan rob setinggi empat puluh sentimeter di tiga rukun warga.',
      ),
      paragraph(
        'Badan Penanggulangan Bencana Daerah memindahkan seratus dua puluh warga lanjut usia ke balai kelurahan.',
      ),
    ],
  },
  quote: {
    speaker: 'Sri Wahyuni',
    position: 'Kepala Dinas Kominfo Kabupaten Sukamaju',
    text: 'Kami sudah menurunkan dua puluh pompa air dan membuka dapur umum sampai air benar-benar surut',
  },
  contacts: 'Bagian Komunikasi Pimpinan\nDodi Pratama, 0812 3456 7890',
  webSummary: 'Pemerintah Kabupaten Sukamaju menurunkan pompa air dan membuka dapur umum di Tambaklorok.',
  socialText: 'Pompa air dan dapur umum untuk warga Tambaklorok. Info resmi di laman pemerintah.',
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;
let analyst: BuiltUser;
let head: BuiltUser;
let leader: BuiltUser;
let admin: BuiltUser;
let issueId = 0;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-siaran-pers-'));
  // The monitoring already found the flood: three articles, analysed, filed in one issue.
  const store = await openStore({ dataDir });
  try {
    const ws = await buildWorkspace(store, {
      slug: 'sukamaju',
      name: 'Pemerintah Kabupaten Sukamaju',
      region: 'Kabupaten Sukamaju',
    });
    analyst = await buildUser(store, { role: 'analyst', workspace: ws, name: 'Rina Fungsional' });
    head = await buildUser(store, { role: 'head', workspace: ws, name: 'Bayu Kepala Bidang' });
    leader = await buildUser(store, { role: 'leader', workspace: ws, name: 'Sri Wahyuni' });
    admin = await buildUser(store, { role: 'admin', workspace: ws, name: 'Admin Kominfo' });
    const pages = createPageAnalyser({ processes: 0 });
    for (const [i, text] of FLOOD.entries()) {
      const id = await buildArticle(store, ws, {
        url: `https://warta.example/rob-${i}`,
        title: `Banjir Rob Tambaklorok Belum Surut ${i + 1}`,
        text,
      });
      await analyzeStoredArticle(store, pages, id);
    }
    await pages.close();
  } finally {
    await store.close();
  }
  pantau = await startServer({ PANTAU_DATA_DIR: dataDir, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  const issues = await call(analyst, 'GET', '/api/v1/issues?days=90');
  issueId = issues.body.issues.find((i: Json) => i.articleCount >= 2)?.id ?? 0;
  if (!issueId) throw new Error(`no issue: ${JSON.stringify(issues.body)}`);
  const partner = await call(admin, 'POST', '/api/v1/partners', {
    name: 'Kabar Pesisir',
    newsroomEmail: 'redaksi@kabarpesisir.example',
    hosts: ['kabarpesisir.example'],
    mediaType: 'online',
  });
  if (partner.status !== 201) throw new Error(`partner: ${JSON.stringify(partner.body)}`);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function call(who: BuiltUser, method: string, url: string, body?: unknown) {
  const res = await fetch(`${pantau.base}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${who.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed: Json = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed };
}

async function act(who: BuiltUser, caseId: number, action: Json) {
  const res = await call(who, 'POST', `/api/v1/sop-cases/${caseId}/actions`, action);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.case;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, page.url()).toBeLessThanOrEqual(PHONE.width);
}

const SLOW = 120_000;

const firstSignIn = (
  context: BrowserContext,
  who: BuiltUser,
  home: (path: string) => boolean = (p) => p === '/',
) =>
  firstSignInAt(pantau.base, context, { email: who.user.email, password: who.password }, NEW_PASSWORD, home);

describe('a press release through SOP B, in Chromium', () => {
  const contexts: BrowserContext[] = [];
  let releaseUrl = '';
  let publicationId = 0;
  let caseId = 0;
  let analystPage: Page;

  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  test(
    'the administrator names the newsroom and adds a webhook whose secret is never shown back',
    async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      contexts.push(context);
      const page = await firstSignIn(context, admin);
      await page.goto(`${pantau.base}/pengaturan?tab=publications`);
      const newsroom = page.getByTestId('newsroom-settings');
      await newsroom.getByLabel('Nama ruang berita').fill(NEWSROOM);
      await newsroom.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Tersimpan.').first().waitFor();
      await newsroom.getByRole('link', { name: 'Buka ruang berita publik' }).waitFor();

      const hooks = page.getByTestId('publication-webhooks');
      await hooks.getByRole('button', { name: 'Tambah webhook' }).click();
      await hooks.getByLabel('Alamat webhook 1').fill(HOOK);
      await hooks.getByLabel(/Rahasia penanda tangan/).fill(SECRET);
      await hooks.getByRole('button', { name: 'Simpan' }).click();
      await hooks.getByText('tersimpan', { exact: true }).waitFor();
      expect(await hooks.getByLabel(/Rahasia penanda tangan/).inputValue()).toBe('');
      expect(await page.content()).not.toContain(SECRET);
      await shot(page, 'desktop-siaran-pers-pengaturan');
    },
    SLOW,
  );

  test(
    'the analyst drafts a release from the issue, retitles it, and compares the two versions',
    async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      contexts.push(context);
      const page = await firstSignIn(context, analyst);
      analystPage = page;
      await page.goto(`${pantau.base}/isu/${issueId}`);
      await page.getByRole('button', { name: 'Susun siaran pers' }).click();
      await page.waitForURL(/\/siaran-pers\/\d+$/, { timeout: 30_000 });
      releaseUrl = page.url();
      publicationId = Number(/(\d+)$/.exec(releaseUrl)?.[1]);

      await page.getByTestId('material-view').waitFor();
      await page.getByTestId('blanks').waitFor();
      expect(await page.getByTestId('material-version-line').textContent()).toMatch(
        /^versi 1 oleh Rina Fungsional/,
      );
      await page
        .getByTestId('evidence')
        .getByText('Banjir Rob Tambaklorok Belum Surut', { exact: false })
        .first()
        .waitFor();
      const current = page.getByTestId('current-step');
      await current.getByRole('heading', { name: 'Langkah 1 dari 6' }).waitFor();
      expect(await page.getByTestId('publication-status').first().textContent()).toBe('Draf');
      await shot(page, 'desktop-siaran-pers-draf');

      const oldTitle = (await page.getByTestId('material-title').textContent()) ?? '';
      await page.getByRole('button', { name: 'Ubah', exact: true }).click();
      const editor = page.getByTestId('material-editor');
      await editor.getByRole('textbox', { name: 'Isi siaran pers' }).waitFor({ timeout: 15_000 });
      await editor.getByRole('textbox', { name: /^Judul/ }).fill(TITLE);
      const social = editor.getByLabel('Teks media sosial');
      await social.fill('Pompa air untuk Tambaklorok.');
      await editor.getByText('28/280').waitFor();
      await editor.getByLabel(/^Catatan perubahan/).fill('Judul disesuaikan dengan penanganan');
      await shot(page, 'desktop-siaran-pers-editor');
      await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await expect
        .poll(async () => (await page.getByTestId('material-version-line').textContent()) ?? '', {
          timeout: 15_000,
        })
        .toMatch(/^versi 2 oleh Rina Fungsional \(Analis\)/);
      expect(await page.getByTestId('material-title').textContent()).toBe(TITLE);

      const versions = page.getByTestId('material-versions');
      await versions.getByText('Judul disesuaikan dengan penanganan', { exact: false }).waitFor();
      await versions.getByLabel('Versi lama').selectOption('1');
      await versions.getByLabel('Versi baru').selectOption('2');
      await versions.getByRole('button', { name: 'Bandingkan' }).click();
      const diff = versions.getByTestId('word-diff');
      await diff.waitFor();
      const removed = (await diff.getByTestId('diff-removed').allTextContents()).join(' ');
      const added = (await diff.getByTestId('diff-added').allTextContents()).join(' ');
      expect(added).toContain('Tangani');
      expect(added).toContain('Pemkab');
      expect(added).toContain('Pompa air untuk');
      expect(removed).toContain('[isi pesan singkat]');
      expect(oldTitle).toContain('Menanggapi');
      expect(removed).toContain('Menanggapi');
      await diff.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'desktop-siaran-pers-bandingkan.png') });

      // A save on top of an older version is refused, in Indonesian, with a way to load the newer one.
      await page.getByRole('button', { name: 'Ubah', exact: true }).click();
      await editor.getByRole('textbox', { name: /^Judul/ }).fill(`${TITLE} (versi lain)`);
      const other = await call(analyst, 'PUT', `/api/v1/publications/${publicationId}/material`, {
        content: { ...FINISHED, title: `${TITLE} (rekan)` },
        baseVersion: 2,
      });
      expect(other.status).toBe(200);
      await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await editor.getByText(/Rekan Anda sudah menyimpan versi yang lebih baru/).waitFor();
      await editor.getByRole('button', { name: 'Muat ulang' }).click();
      await expect
        .poll(async () => (await page.getByTestId('material-version-line').textContent()) ?? '')
        .toMatch(/^versi 3 /);

      await page
        .getByRole('link', { name: /^Siaran pers/ })
        .first()
        .click();
      await page.waitForURL(/\/siaran-pers$/);
      const row = page.getByTestId('publication-row').first();
      await row.waitFor();
      expect(await row.textContent()).toContain('Draf');
      expect(await row.textContent()).toContain('Langkah 1');
      await shot(page, 'desktop-siaran-pers-daftar');
    },
    SLOW,
  );

  test(
    'approved through steps 1–5, the analyst publishes at step 6 and sees the deliveries',
    async () => {
      const p = (await call(analyst, 'GET', `/api/v1/publications/${publicationId}`)).body.publication;
      caseId = p.case.id;
      await act(analyst, caseId, { type: 'complete', note: 'Isu terinventarisasi' });
      const saved = await call(analyst, 'PUT', `/api/v1/publications/${publicationId}/material`, {
        content: FINISHED,
        baseVersion: p.current.version,
        note: 'Isian templat dilengkapi',
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      await act(analyst, caseId, { type: 'complete' });
      await act(head, caseId, { type: 'complete', note: 'Layak diajukan' });
      const c = await act(leader, caseId, { type: 'decide', answer: 'yes', note: 'Setuju dipublikasikan' });
      expect(c.step.no).toBe(5);
      await act(analyst, caseId, { type: 'complete', note: 'Disiapkan untuk publikasi' });

      const page = analystPage;
      await page.goto(releaseUrl);
      await page.getByTestId('current-step').getByRole('heading', { name: 'Langkah 6 dari 6' }).waitFor();
      const panel = page.getByTestId('publish-panel');
      await panel.waitFor();
      // Step 6 goes on only by publishing: no plain "Selesai" that would close the case unpublished.
      expect(
        await page
          .getByTestId('publication-case')
          .getByRole('button', { name: 'Selesai', exact: true })
          .count(),
      ).toBe(0);
      expect(await page.getByTestId('blanks').count()).toBe(0);
      await shot(page, 'desktop-siaran-pers-langkah-6');
      await panel.getByRole('button', { name: 'Terbitkan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Terbitkan siaran pers?' });
      await dialog.getByRole('button', { name: 'Terbitkan' }).click();

      const deliveries = page.getByTestId('deliveries');
      await deliveries.waitFor({ timeout: 15_000 });
      const text = (await deliveries.textContent()) ?? '';
      expect(text).toContain('Ruang berita');
      expect(text).toContain('Kabar Pesisir');
      expect(text).toContain('hooks.sukamaju.example');
      const states = await deliveries.getByTestId('delivery-state').allTextContents();
      expect(states.sort()).toEqual(['Menunggu', 'Menunggu', 'Terkirim']);
      expect(await page.getByTestId('publication-status').first().textContent()).toBe('Terbit');
      const link = page.getByTestId('newsroom-link');
      expect(await link.getAttribute('href')).toMatch(
        /^\/newsroom\/\d{4}-\d{2}-\d{2}-pemerintah-kabupaten-sukamaju-menanggapi/,
      );
      await page.getByTestId('pickup').getByText('Belum ada media yang terpantau memuat').waitFor();
      await page.getByRole('button', { name: 'Ralat' }).waitFor();
      await shot(page, 'desktop-siaran-pers-terbit');

      const phone = await browser.newContext({
        viewport: PHONE,
        locale: 'id-ID',
        storageState: await page.context().storageState(),
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(phone);
      const small = await phone.newPage();
      await small.goto(releaseUrl);
      await small.getByTestId('deliveries').waitFor();
      await noHorizontalScroll(small);
      await shot(small, 'phone-siaran-pers-terbit');
      await small.screenshot({ path: path.join(SHOTS, 'phone-siaran-pers-terbit-atas.png') });
      await small.getByTestId('deliveries').scrollIntoViewIfNeeded();
      await small.screenshot({ path: path.join(SHOTS, 'phone-siaran-pers-pengiriman.png') });
      await small.goto(`${pantau.base}/siaran-pers`);
      await small.getByTestId('publication-row').first().waitFor();
      await noHorizontalScroll(small);
      await shot(small, 'phone-siaran-pers-daftar');
    },
    SLOW,
  );

  test(
    'an anonymous visitor reads the newsroom and the release without script errors; the feed parses',
    async () => {
      const visitor = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      contexts.push(visitor);
      const page = await visitor.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });

      const index = await page.goto(`${pantau.base}/newsroom/`);
      expect(index?.status()).toBe(200);
      expect(index?.headers()['content-security-policy']).toContain("default-src 'none'");
      await page.getByText(NEWSROOM).first().waitFor();
      await page.getByRole('link', { name: TITLE }).first().waitFor();
      await shot(page, 'desktop-ruang-berita');
      await page.getByRole('link', { name: TITLE }).first().click();
      await page.waitForURL(/\/newsroom\/\d{4}-/);
      const release = await page.request.get(page.url());
      expect(release.status()).toBe(200);
      expect(release.headers()['content-security-policy']).toContain("default-src 'none'");
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(await page.textContent('body')).toContain('seratus dua puluh warga lanjut usia');
      await shot(page, 'desktop-ruang-berita-siaran');

      const phone = await browser.newContext({
        viewport: PHONE,
        locale: 'id-ID',
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(phone);
      const small = await phone.newPage();
      small.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      small.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      small.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      await small.goto(page.url());
      await small.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await noHorizontalScroll(small);
      await shot(small, 'phone-ruang-berita-siaran');
      await small.goto(`${pantau.base}/newsroom/`);
      await noHorizontalScroll(small);
      await shot(small, 'phone-ruang-berita');
      expect(problems).toEqual([]);

      const feed = await fetch(`${pantau.base}/newsroom/feed.xml`);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toContain('xml');
      const parsed = parseFeed(await feed.text(), { baseUrl: `${pantau.base}/newsroom/feed.xml` });
      expect(parsed.entries).toHaveLength(1);
      expect(parsed.entries[0].title).toBe(TITLE);
      expect(parsed.entries[0].link).toBe(page.url());
    },
    SLOW,
  );
});
