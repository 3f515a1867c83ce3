/// <reference lib="dom" />
// Print clippings in the web app, in a real headless Chromium against a real `pantau serve` (with
// its workers, which read the clipping) on a real SQLite store. An analyst uploads a half page of a
// newspaper (rendered here from our own Indonesian articles) together with a corrupt scan and a
// text file and sees each file's own result; opens the region editor with the proposed regions
// drawn, replaces them by drawing, merging, splitting and reordering, previews a region's text and
// confirms; follows the article to its page with the clipping beside the text, and corrects an
// OCR'd typo into version 2. An administrator keeps the print outlets on the sources page.
// Screenshots go to /tmp/shots (or PANTAU_SHOTS).
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_SETTLES, launchChromium } from '../support/chromium.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { apiFrom, firstSignIn, signIn } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = process.env.PANTAU_SHOTS ?? '/tmp/shots';
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const analyst = { email: 'dewi@humas.sukamaju.go.id', password: '' };

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

// Our own articles. "murha" is a typo printed in the paper on purpose: the OCR reads it as printed
// and the analyst corrects it, which is what the correction is for.
const LEFT = {
  headline: 'Pasar Murah Digelar di Alun-alun',
  paragraphs: [
    'SUKAMAJU — Pemerintah Kota Sukamaju menggelar pasar murha di alun-alun kota selama tiga hari mulai Senin. Beras, minyak goreng dan gula dijual di bawah harga pasar.',
    'Kepala Dinas Perdagangan, Sari Wulandari, mengatakan warga cukup membawa kartu keluarga. Setiap keluarga boleh membeli lima kilogram beras.',
  ],
};
const RIGHT = {
  headline: 'Jalan Merdeka Ditutup Dua Pekan',
  paragraphs: [
    'SUKAMAJU — Dinas Pekerjaan Umum menutup sebagian Jalan Merdeka selama dua pekan untuk memperbaiki saluran air yang sering meluap saat hujan.',
    'Pengendara diminta melintas lewat Jalan Sudirman. Petugas dinas perhubungan berjaga di setiap simpang untuk mengatur lalu lintas.',
  ],
};
const SCALE = 2;

function pageHtml(): string {
  const article = (a: typeof LEFT, id: string) => `
    <article id="${id}">
      <h2>${a.headline}</h2>
      ${a.paragraphs.map((p, i) => `<p id="${id}-p${i}">${p}</p>`).join('')}
    </article>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
    body { margin: 0; width: 1000px; background: #fff; color: #111; font-family: 'DejaVu Serif', serif; }
    header { margin: 24px 32px 12px; border-bottom: 3px double #111; padding-bottom: 6px; }
    header h1 { margin: 0; font-size: 34px; letter-spacing: 0.04em; }
    header div { font-size: 15px; }
    main { display: grid; grid-template-columns: 1fr 1fr; gap: 36px; margin: 0 32px 32px; }
    h2 { font-size: 30px; line-height: 1.15; margin: 8px 0 12px; }
    p { font-size: 17px; line-height: 1.45; margin: 0 0 10px; text-align: left; }
  </style></head><body>
    <header><h1>HARIAN SUKAMAJU</h1><div>Senin, 7 Desember 2026 · Halaman 3</div></header>
    <main>${article(LEFT, 'kiri')}${article(RIGHT, 'kanan')}</main>
  </body></html>`;
}

/** The half page as a phone-free scan: a JPEG, and where each part was printed (image pixels). */
async function renderPage(browser: Browser): Promise<{ jpeg: Buffer; parts: Record<string, Box> }> {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 600 },
    deviceScaleFactor: SCALE,
  });
  const page = await context.newPage();
  await page.setContent(pageHtml());
  await page.evaluate(() => document.fonts.ready);
  const parts = await page.evaluate((scale) => {
    const box = (id: string) => {
      const r = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
      return { x: r.x * scale, y: r.y * scale, w: r.width * scale, h: r.height * scale };
    };
    return { kiri: box('kiri'), kiriAtas: box('kiri-p0'), kanan: box('kanan') };
  }, SCALE);
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 90, fullPage: true });
  await context.close();
  return { jpeg, parts };
}

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;
let scan: { jpeg: Buffer; parts: Record<string, Box> };
let serverLog = '';

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  scan = await renderPage(browser);
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-clippings-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  const made = await runCli(
    ['users', 'create', '--email', analyst.email, '--name', 'Dewi Analis', '--role', 'analyst'],
    env,
  );
  analyst.password = /sekali pakai[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
  if (!analyst.password) throw new Error(`users create failed: ${made.stdout}${made.stderr}`);
  // With its workers: reading a clipping is a job.
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' });
  // The server's own account of a failure, for the assertion messages.
  pantau.process.stderr?.on('data', (d) => {
    serverLog = `${serverLog}${d}`.slice(-4000);
  });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, 'kliping-sumber.jpg'), scan.jpeg);
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Where an image pixel of the page is on the screen. */
async function screenPoint(canvas: Locator, size: { width: number; height: number }, x: number, y: number) {
  const b = await canvas.boundingBox();
  if (!b) throw new Error('the page image is not on screen');
  return { x: b.x + (x * b.width) / size.width, y: b.y + (y * b.height) / size.height };
}

async function drag(page: Page, canvas: Locator, size: { width: number; height: number }, box: Box) {
  const from = await screenPoint(canvas, size, box.x, box.y);
  const to = await screenPoint(canvas, size, box.x + box.w, box.y + box.h);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

describe('Kliping media cetak in Chromium', () => {
  test('upload, region editing, confirmation, the article with its clipping, and a text correction', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    const page = await firstSignIn(pantau.base, context, analyst, NEW_PASSWORD);
    page.on('pageerror', (e) => errors.push(e.message));

    // The list, empty, and the upload panel.
    await page.getByRole('link', { name: 'Kliping media cetak' }).click();
    await page.waitForURL(/\/kliping$/);
    await page.getByText('Belum ada kliping').waitFor();
    const panel = page.getByRole('region', { name: 'Tambah kliping' });
    await panel.getByLabel('Media', { exact: false }).first().fill('Harian Sukamaju');
    await panel.getByLabel('Tanggal terbit', { exact: false }).fill('2026-12-07');
    await panel.getByLabel('Halaman', { exact: false }).fill('3');
    await panel.locator('input[type=file][multiple]').setInputFiles([
      { name: 'harian-sukamaju-hlm3.jpg', mimeType: 'image/jpeg', buffer: scan.jpeg },
      { name: 'pindaian-rusak.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('bukan gambar, hanya teks') },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('catatan rapat') },
    ]);
    // The text file is refused here, before any upload; the two images wait for "Unggah".
    const items = panel.getByTestId('upload-item');
    await expect.poll(() => items.count(), LIST_SETTLES).toBe(3);
    await items.nth(2).getByText('catatan.txt bukan JPG, PNG, TIFF, WebP atau PDF.').waitFor();
    // On a slow line (upload throttled to 128 KB/s) the scan's row counts the share sent.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 128 * 1024,
    });
    await panel.getByRole('button', { name: 'Unggah 2 berkas' }).click();
    const sending = panel
      .locator('[data-testid=upload-item][data-stage=sending]')
      .filter({ hasText: 'harian-sukamaju-hlm3.jpg' });
    await sending.getByText(/^Mengunggah [1-9]\d?\s?%$/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, 'kliping-mengunggah.png'), fullPage: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    // Each file its own result: the corrupt scan fails with a message, the page is read.
    const good = panel
      .locator('[data-testid=upload-item][data-stage=ready]')
      .filter({ hasText: 'harian-sukamaju-hlm3.jpg' });
    const bad = panel
      .locator('[data-testid=upload-item][data-stage=failed]')
      .filter({ hasText: 'pindaian-rusak.jpg' });
    await bad.waitFor({ timeout: 60_000 });
    await expect(bad.getByRole('alert').textContent()).resolves.toMatch(/\S/);
    await good.waitFor({ timeout: 150_000 });
    await good.getByText(/berita dibuat/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'kliping-unggah.png'), fullPage: true });

    // The list shows the clipping as ready, with its outlet, date and page.
    const table = page.getByTestId('clippings-table');
    await table.getByRole('link', { name: 'Harian Sukamaju' }).first().waitFor();
    await table.getByText('Siap').first().waitFor();
    await table.getByText('7 Des 2026').first().waitFor();

    // The region editor, with the regions the layout analysis proposed drawn over the page.
    await good.getByRole('link', { name: 'Tinjau wilayah berita' }).click();
    await page.waitForURL(/\/kliping\/\d+$/);
    const clippingId = Number(/\/kliping\/(\d+)$/.exec(page.url())?.[1]);
    const { pages } = await apiFrom<{
      pages: { width: number; height: number; proposedRegions: Box[]; pageNo: number }[];
    }>(pantau.base, page, `/api/v1/clippings/${clippingId}`);
    expect(pages).toHaveLength(1);
    const [first] = pages;
    if (!first) throw new Error('no page');
    expect(first.pageNo).toBe(3);
    const size = { width: first.width, height: first.height };
    const canvas = page.getByTestId('region-canvas');
    await canvas.waitFor();
    await page.getByRole('img', { name: 'Halaman 3', exact: true }).waitFor();
    await expect(
      page
        .getByRole('img', { name: 'Halaman 3', exact: true })
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).resolves.toBe(first.width);
    const regions = page.getByTestId('region');
    expect(first.proposedRegions.length).toBeGreaterThan(0);
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(first.proposedRegions.length);
    await page.screenshot({ path: path.join(SHOTS, 'kliping-usulan.png'), fullPage: true });

    // Throw the proposal away: select every region (click, shift-click) and press Delete.
    const proposed = first.proposedRegions.length;
    await page.getByTestId('region-row').nth(0).getByRole('button').first().click();
    for (let i = 1; i < proposed; i++)
      await page
        .getByTestId('region-row')
        .nth(i)
        .getByRole('button')
        .first()
        .click({ modifiers: ['Shift'] });
    await expect
      .poll(() => page.locator('[data-testid=region][data-selected]').count(), LIST_SETTLES)
      .toBe(proposed);
    await page.locator('div[tabindex="0"]:has([data-testid=region-canvas])').focus();
    await page.keyboard.press('Delete');
    await expect(regions.count()).resolves.toBe(0);

    // Draw three: the left article's first paragraph with its headline, the rest of it, and the
    // right article; then merge the first two back into the left article.
    const left = grow(scan.parts.kiri as Box, 8);
    const leftTop = scan.parts.kiriAtas as Box;
    const split = leftTop.y + leftTop.h + 2;
    await drag(page, canvas, size, { ...left, h: split - left.y });
    await drag(page, canvas, size, { ...left, y: split, h: left.y + left.h - split });
    // The right article is drawn short of its last lines, then pulled down by its bottom handle.
    const rightArticle = grow(scan.parts.kanan as Box, 8);
    await drag(page, canvas, size, { ...rightArticle, h: Math.round(rightArticle.h * 0.6) });
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(3);
    // Just drawn, it has no handles yet (the next region may start at its corner); a click shows them.
    await expect(page.locator('[data-handle]').count()).resolves.toBe(0);
    const drawnShort = await regions.nth(2).boundingBox();
    if (!drawnShort) throw new Error('right region not drawn');
    await page.mouse.click(drawnShort.x + drawnShort.width / 2, drawnShort.y + drawnShort.height / 2);
    await expect.poll(() => page.locator('[data-handle]').count(), LIST_SETTLES).toBe(8);
    const bottomHandle = await page.locator('[data-handle=s]').boundingBox();
    if (!bottomHandle) throw new Error('no handles on the region just drawn');
    const articleEnd = await screenPoint(
      canvas,
      size,
      rightArticle.x + rightArticle.w / 2,
      rightArticle.y + rightArticle.h,
    );
    await page.mouse.move(bottomHandle.x + bottomHandle.width / 2, bottomHandle.y + bottomHandle.height / 2);
    await page.mouse.down();
    await page.mouse.move(articleEnd.x, articleEnd.y, { steps: 6 });
    await page.mouse.up();
    // The arrow keys move the selected region and Shift+arrow resizes it; each undone again here.
    const rightRect = regions.nth(2).locator('rect').first();
    const pulled = Number(await rightRect.getAttribute('height'));
    expect(pulled).toBeGreaterThan(rightArticle.h * 0.9);
    const top = Number(await rightRect.getAttribute('y'));
    await page.locator('div[tabindex="0"]:has([data-testid=region-canvas])').focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => Number(await rightRect.getAttribute('y')), LIST_SETTLES)
      .toBeGreaterThan(top);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await rightRect.getAttribute('y')), LIST_SETTLES).toBe(top);
    await page.keyboard.press('Shift+ArrowUp');
    await expect
      .poll(async () => Number(await rightRect.getAttribute('height')), LIST_SETTLES)
      .toBeLessThan(pulled);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => Number(await rightRect.getAttribute('height')), LIST_SETTLES).toBe(pulled);
    await page.screenshot({ path: path.join(SHOTS, 'kliping-ubah-ukuran.png'), fullPage: true });
    const r0 = await regions.nth(0).boundingBox();
    const r1 = await regions.nth(1).boundingBox();
    if (!r0 || !r1) throw new Error('regions not drawn');
    await page.mouse.click(r0.x + r0.width / 2, r0.y + r0.height / 2);
    await page.keyboard.down('Shift');
    await page.mouse.click(r1.x + r1.width / 2, r1.y + r1.height / 2);
    await page.keyboard.up('Shift');
    await expect
      .poll(() => page.locator('[data-testid=region][data-selected]').count(), LIST_SETTLES)
      .toBe(2);
    await page.getByRole('button', { name: 'Gabungkan' }).click();
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(2);

    // Split the right article down the middle where the user clicks, put the halves in the other
    // order and back, and merge them again: it is the drawn box once more.
    const right = await regions.nth(1).boundingBox();
    if (!right) throw new Error('right region not drawn');
    await page.mouse.click(right.x + right.width / 2, right.y + right.height / 2);
    await page.getByRole('button', { name: 'Belah tegak' }).click();
    await page.getByText('Klik pada wilayah terpilih di tempat garis belah tegak.').waitFor();
    await page.mouse.click(right.x + right.width / 2, right.y + right.height / 2);
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(3);
    await page.getByRole('button', { name: 'Mundurkan wilayah 2' }).click();
    await page.getByRole('button', { name: 'Majukan wilayah 3' }).click();
    await page.getByTestId('region-row').nth(1).getByRole('button').first().click();
    await page
      .getByTestId('region-row')
      .nth(2)
      .getByRole('button')
      .first()
      .click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Gabungkan' }).click();
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(2);
    await page.getByTestId('region-row').nth(0).getByRole('button').first().click();

    // The merged region is region 1 and selected: its text is previewed, headline first.
    const preview = page.getByTestId('region-preview');
    await preview.waitFor({ timeout: 60_000 });
    await expect(preview.textContent()).resolves.toMatch(/Pasar Murah/);
    await expect(preview.textContent()).resolves.toMatch(/lima kilogram beras/);
    await page.screenshot({ path: path.join(SHOTS, 'kliping-wilayah.png'), fullPage: true });

    // Confirm: two articles, listed with links.
    await page.getByRole('button', { name: 'Konfirmasi wilayah (2)' }).click();
    await page.getByText('Wilayah dikonfirmasi: 2 berita dibuat.').waitFor({ timeout: 60_000 });
    const made = page.getByTestId('page-articles').getByRole('link');
    await expect.poll(() => made.count(), LIST_SETTLES).toBe(2);
    await expect(made.nth(0).textContent()).resolves.toMatch(/Pasar Murah/);
    await expect(made.nth(1).textContent()).resolves.toMatch(/Jalan Merdeka/);
    await page.screenshot({ path: path.join(SHOTS, 'kliping-konfirmasi.png'), fullPage: true });
    // What was stored is what was drawn: each box where the article was printed (to a few image
    // pixels: the mouse moves in screen pixels, about three image pixels each here).
    const stored = await apiFrom<{ pages: { confirmed: boolean; regions: { box: Box }[] }[] }>(
      pantau.base,
      page,
      `/api/v1/clippings/${clippingId}`,
    );
    expect(stored.pages[0]?.confirmed).toBe(true);
    const near = (a: Box | undefined, b: Box) =>
      a !== undefined && [a.x - b.x, a.y - b.y, a.w - b.w, a.h - b.h].every((d) => Math.abs(d) <= 8);
    expect(near(stored.pages[0]?.regions[0]?.box, left)).toBe(true);
    expect(near(stored.pages[0]?.regions[1]?.box, grow(scan.parts.kanan as Box, 8))).toBe(true);

    // The article: where it was printed instead of a URL, its clipping beside the OCR'd text.
    await made.nth(0).click();
    await page.waitForURL(/\/artikel\/\d+$/);
    await page.getByRole('heading', { level: 1, name: /Pasar Murah/ }).waitFor();
    await page.getByText('Media cetak · Harian Sukamaju · 7 Des 2026 · hlm. 3').waitFor();
    await expect(page.getByRole('link', { name: 'Buka di situs aslinya' }).count()).resolves.toBe(0);
    const image = page.getByTestId('clipping-image');
    await image.waitFor();
    const drawn = await image.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
    // The canvas holds the confirmed region: the left article's box (± the grid's rounding).
    expect(Math.abs(drawn.w - left.w)).toBeLessThan(4);
    expect(Math.abs(drawn.h - left.h)).toBeLessThan(4);
    const body = page.getByTestId('article-text');
    await body.getByText(/pasar murha di alun-alun/).waitFor();
    await page.getByText('Teks hasil OCR (versi 1), belum diperbaiki.').waitFor();
    await page.getByRole('link', { name: 'Buka penyunting wilayah' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'kliping-artikel.png'), fullPage: true });

    // Correct the typo: version 2, shown on the page.
    await page.getByRole('button', { name: 'Perbaiki teks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Perbaiki teks hasil OCR' });
    const text = dialog.getByLabel('Isi berita');
    const ocr = await text.inputValue();
    expect(ocr).toMatch(/murha/);
    await text.fill(ocr.replace('murha', 'murah'));
    await dialog.getByLabel('Catatan perbaikan').fill('memperbaiki salah ketik "murha"');
    await dialog.getByTestId('text-versions').getByText('Versi 1').waitFor();
    await dialog.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Teks disimpan sebagai versi 2. Analisis dijalankan ulang.').waitFor();
    await page
      .getByTestId('text-version')
      .getByText(/Teks versi 2, diperbaiki oleh Dewi Analis/)
      .waitFor();
    await body.getByText(/pasar murah di alun-alun/).waitFor();
    await expect(body.getByText(/pasar murha/).count()).resolves.toBe(0);

    // The history keeps both versions with the note.
    await page.getByRole('button', { name: 'Perbaiki teks' }).click();
    await dialog.getByTestId('text-versions').getByText('Versi 2').waitFor();
    await dialog.getByTestId('text-versions').getByText('Versi 1').waitFor();
    await dialog.getByText('memperbaiki salah ketik "murha"').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'kliping-versi.png'), fullPage: true });
    await page.keyboard.press('Escape');

    // Search finds the corrected wording, and the hit says the article is print.
    await page.goto(`${pantau.base}/cari?q=${encodeURIComponent('"pasar murah"')}`);
    const hit = page.getByTestId('search-result').filter({ hasText: /Pasar Murah/ });
    await hit.waitFor({ timeout: 15_000 });
    await expect(hit.getByTestId('print-badge').textContent()).resolves.toBe('Cetak');
    await page.screenshot({ path: path.join(SHOTS, 'kliping-cari.png') });

    // On a phone the editor shows the whole page image within the screen, regions numbered.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${pantau.base}/cari?q=${encodeURIComponent('"pasar murah"')}`);
    await hit.getByTestId('print-badge').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'kliping-cari-ponsel.png') });
    await page.goto(`${pantau.base}/kliping/${clippingId}`);
    await canvas.waitFor();
    await expect.poll(() => regions.count(), LIST_SETTLES).toBe(2);
    const onPhone = await canvas.boundingBox();
    expect(onPhone && onPhone.x >= 0 && onPhone.x + onPhone.width <= 390).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'kliping-ponsel.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  test('the administrator keeps the print outlets on the sources page; one with clippings stays', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    const page = await signIn(pantau.base, context, ADMIN_EMAIL, ADMIN_PASSWORD, '/sumber?tab=cetak');
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForURL(/\/sumber\?tab=cetak$/, { timeout: 15_000 });
    // A clipping for a new name adds the outlet (here a corrupt one: only the outlet matters).
    const me = await apiFrom<{ csrfToken: string }>(pantau.base, page, '/api/v1/auth/me');
    const sent = await page.request.post(`${pantau.base}/api/v1/clippings`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        fileName: 'radar.png',
        contentBase64: Buffer.from('bukan gambar').toString('base64'),
        outlet: 'Radar Sukamaju',
        date: '2026-12-05',
      },
    });
    expect(sent.status(), `${await sent.text()}\n${serverLog}`).toBe(202);
    await page.reload();
    const table = page.getByTestId('print-outlets');
    const radar = table.getByRole('row', { name: /Radar Sukamaju/ });
    await radar.waitFor();

    // Add a weekly with its circulation; it is listed with the number as Indonesians write it.
    await page.getByRole('button', { name: 'Tambah media cetak' }).click();
    const form = page.getByRole('dialog', { name: 'Tambah media cetak' });
    await form.getByLabel('Nama').fill('Mingguan Warta Desa');
    await form.getByLabel('Wilayah edar').fill('Kabupaten Sukamaju');
    await form.getByLabel('Terbit').selectOption('mingguan');
    await form.getByLabel('Tiras').fill('12000');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'hidden' });
    const weekly = table.getByRole('row', { name: /Mingguan Warta Desa/ });
    await weekly.getByText('Kabupaten Sukamaju').waitFor();
    await weekly.getByText('Mingguan', { exact: true }).waitFor();
    await weekly.getByText('12.000').waitFor();

    // Edit it, then remove it (it has no clippings).
    await weekly.getByRole('button', { name: 'Ubah' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah media cetak' });
    await edit.getByLabel('Tiras').fill('15000');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.waitFor({ state: 'hidden' });
    await weekly.getByText('15.000').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'media-cetak.png'), fullPage: true });
    await weekly.getByRole('button', { name: 'Hapus Mingguan Warta Desa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await weekly.waitFor({ state: 'detached' });

    // An outlet with clippings cannot go: the server's refusal is shown and the row stays.
    await radar.getByRole('button', { name: 'Hapus Radar Sukamaju' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Hapus' }).click();
    await confirm.getByRole('alert').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'media-cetak-409.png'), fullPage: true });
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => radar.count(), LIST_SETTLES).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
