/// <reference lib="dom" />
// The weekly monitoring report in the web app, in a real headless Chromium against a real
// `pantau serve`: the analyst drafts a report for a week, sees its sections and downloads, rewrites
// the executive summary in the editor and finishes step 1 from the report page; the reviewer opens
// it from Kotak masuk, corrects the same section, and "Bandingkan" shows the analyst's words
// replaced by the reviewer's. The report page reads on a phone without sideways scrolling.
// Screenshots (laptop and phone) are written under test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn as firstSignInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const TITLE = 'Laporan Media Monitoring Pekan 30 November – 6 Desember 2026';
const ANALYST_TEXT = 'Pemberitaan pekan ini didominasi banjir Ciledug dan respons cepat dinas terkait.';
const REVIEWER_TEXT = 'Pemberitaan pekan ini didominasi penanganan banjir Ciledug oleh BPBD kota.';

interface Person {
  email: string;
  name: string;
  role: string;
  password: string;
}

const people: Record<'analyst' | 'reviewer', Person> = {
  analyst: { email: 'rina@humas.sukamaju.go.id', name: 'Rina Penelaah', role: 'analyst', password: '' },
  reviewer: { email: 'sari@humas.sukamaju.go.id', name: 'Sari Pemeriksa', role: 'reviewer', password: '' },
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-reports-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  for (const person of Object.values(people)) {
    const made = await runCli(
      ['users', 'create', '--email', person.email, '--name', person.name, '--role', person.role],
      env,
    );
    person.password = /sekali pakai[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
    if (!person.password) throw new Error(`users create failed: ${made.stdout}${made.stderr}`);
  }
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function summarySection(page: Page): Locator {
  return page.locator('section', { has: page.getByRole('heading', { name: /Ringkasan Eksekutif/ }) });
}

/** Replaces the whole text of the open editor with one sentence and saves it. */
async function rewriteSummary(page: Page, text: string, note: string): Promise<void> {
  const section = summarySection(page);
  await section.getByRole('button', { name: /^Ubah/ }).click();
  const editor = section.getByRole('textbox', { name: /Isi bagian Ringkasan Eksekutif/ });
  await editor.waitFor({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await section.getByLabel(/^Catatan perubahan/).fill(note);
}

const SLOW = 120_000;

/** The first sign-in: the one-time password is replaced by NEW_PASSWORD before anything else. */
const firstSignIn = (context: BrowserContext, person: Person) =>
  firstSignInAt(pantau.base, context, person, NEW_PASSWORD);

describe('a monitoring report through SOP A, in Chromium', () => {
  const contexts: BrowserContext[] = [];
  let reportUrl = '';

  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  test(
    'the analyst drafts a week, rewrites the summary, and finishes step 1 from the report page',
    async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      contexts.push(context);
      const page = await firstSignIn(context, people.analyst);
      await page.getByRole('link', { name: /^Laporan/ }).click();
      await page.waitForURL(/\/laporan$/);
      await page.getByText('Belum ada laporan').waitFor();

      await page.getByRole('button', { name: 'Susun laporan' }).click();
      await page.getByLabel('Dari tanggal').fill('2026-11-30');
      await page.getByLabel('Sampai tanggal').fill('2026-12-06');
      await page.getByLabel(/^Judul/).fill(TITLE);
      await page.getByRole('button', { name: 'Susun', exact: true }).click();
      await page.waitForURL(/\/laporan\/\d+$/, { timeout: 60_000 });
      reportUrl = page.url();

      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const summary = summarySection(page);
      await summary.waitFor();
      expect(await summary.getByTestId('section-version').textContent()).toMatch(/^versi 1 oleh /);
      expect(await page.getByRole('navigation', { name: 'Daftar isi' }).textContent()).toContain(
        'Ringkasan Eksekutif',
      );
      for (const name of ['PDF', 'DOCX', 'Lampiran XLSX'])
        await page.getByRole('link', { name, exact: true }).waitFor();
      const pdfHref = (await page.getByTestId('download-report.pdf').getAttribute('href')) ?? '';
      const pdf = await page.request.get(`${pantau.base}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
      await shot(page, 'desktop-laporan');

      await rewriteSummary(page, ANALYST_TEXT, 'Ringkasan ditulis ulang oleh analis.');
      await shot(page, 'desktop-laporan-editor');
      await summary.getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect
        .poll(async () => (await summary.getByTestId('section-version').textContent()) ?? '', {
          timeout: 15_000,
        })
        .toMatch(/^versi 2 oleh Rina Penelaah \(Analis\), /);
      expect(await summary.textContent()).toContain(ANALYST_TEXT);

      const current = page.getByTestId('current-step');
      await current.getByRole('heading', { name: 'Langkah 1 dari 7' }).waitFor();
      await page.getByTestId('case-actions').getByRole('button', { name: 'Selesai', exact: true }).click();
      const done = page.getByRole('dialog', { name: 'Selesaikan langkah 1' });
      await done.getByLabel(/^Catatan/).fill('Draf laporan pekan ini siap diperiksa.');
      await done.getByRole('button', { name: 'Selesai', exact: true }).click();
      await current.getByRole('heading', { name: 'Langkah 2 dari 7' }).waitFor({ timeout: 15_000 });
      // The step is the reviewer's now: the analyst may no longer edit.
      await expect.poll(() => summary.getByRole('button', { name: /^Ubah/ }).count()).toBe(0);

      await page
        .getByRole('link', { name: /^Laporan/ })
        .first()
        .click();
      await page.getByTestId('report-row').first().waitFor();
      expect(await page.getByTestId('report-row').first().textContent()).toContain(TITLE);
      await shot(page, 'desktop-laporan-daftar');
    },
    SLOW,
  );

  test(
    "the reviewer opens it from Kotak masuk, corrects the summary, and compares with the analyst's",
    async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      contexts.push(context);
      const page = await firstSignIn(context, people.reviewer);
      await page.getByRole('link', { name: /^Kotak masuk/ }).click();
      await page.getByTestId('inbox-item').getByRole('link', { name: TITLE }).click();
      await page.waitForURL(/\/kasus\/\d+$/);
      await page.getByRole('link', { name: 'Buka laporan' }).click();
      await page.waitForURL(reportUrl);

      const summary = summarySection(page);
      await rewriteSummary(page, REVIEWER_TEXT, 'Koreksi pemeriksa: sebut instansi yang menangani.');
      await summary.getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect
        .poll(async () => (await summary.getByTestId('section-version').textContent()) ?? '', {
          timeout: 15_000,
        })
        .toMatch(/^versi 3 oleh Sari Pemeriksa \(Pemeriksa\)/);

      await summary.getByRole('button', { name: /^Riwayat/ }).click();
      const history = summary.getByTestId('section-history');
      await history.getByText(/versi 2 oleh Rina Penelaah/).waitFor();
      await history.getByText(/Koreksi pemeriksa: sebut instansi/).waitFor();
      await history.getByLabel('Versi lama').selectOption('2');
      await history.getByLabel('Versi baru').selectOption('3');
      await history.getByRole('button', { name: 'Bandingkan' }).click();
      const diff = history.getByTestId('word-diff');
      await diff.waitFor();
      const removed = (await diff.getByTestId('diff-removed').allTextContents()).join(' ');
      const added = (await diff.getByTestId('diff-added').allTextContents()).join(' ');
      expect(removed).toContain('respons');
      expect(removed).toContain('dinas');
      expect(added).toContain('penanganan');
      expect(added).toContain('BPBD');
      // Unchanged words are in neither.
      expect(removed).not.toContain('Ciledug');
      expect(added).not.toContain('Ciledug');
      await diff.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'desktop-laporan-bandingkan.png') });

      const phone = await browser.newContext({
        viewport: PHONE,
        locale: 'id-ID',
        storageState: await context.storageState(),
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(phone);
      const small = await phone.newPage();
      await small.goto(reportUrl);
      await summarySection(small).waitFor();
      await small.getByTestId('current-step').waitFor();
      const width = await small.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await shot(small, 'phone-laporan');
      const smallSummary = summarySection(small);
      await smallSummary.getByRole('button', { name: /^Riwayat/ }).click();
      await smallSummary.getByRole('button', { name: 'Bandingkan' }).click();
      await smallSummary.getByTestId('word-diff').scrollIntoViewIfNeeded();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await small.screenshot({ path: path.join(SHOTS, 'phone-laporan-bandingkan.png') });
      await smallSummary.getByRole('button', { name: /^Ubah/ }).click();
      await smallSummary.getByRole('textbox', { name: /Isi bagian/ }).waitFor({ timeout: 15_000 });
      await smallSummary.scrollIntoViewIfNeeded();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await small.screenshot({ path: path.join(SHOTS, 'phone-laporan-editor.png') });
      await small.goto(`${pantau.base}/laporan`);
      await small.getByTestId('report-row').first().waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await shot(small, 'phone-laporan-daftar');
    },
    SLOW,
  );
});
