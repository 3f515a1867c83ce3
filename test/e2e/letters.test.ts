/// <reference lib="dom" />
// The agenda book (Buku agenda) in the web app, in a real headless Chromium against a real
// `pantau serve`: the office's analyst registers an incoming letter through the form, corrects it,
// and finds it again by a word of its subject, the Kepala Dinas writes its disposition to an agency and a named
// official, and the printed sheet carries the subject and the disposition. The book reads on a phone
// without sideways scrolling. Screenshots go to test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_SETTLES, launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { pdfText } from '../support/documents.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn as firstSignInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const SUBJECT = 'Undangan rapat dengar pendapat tarif air minum';
const DISPOSITION = 'Siapkan bahan paparan sosialisasi tarif dan hadiri rapat.';
const SLOW = 90_000;

interface Person {
  email: string;
  name: string;
  role: string;
  password: string;
}

const people: Record<'sari' | 'edi', Person> = {
  sari: { email: 'sari@kominfo.sukamaju.go.id', name: 'Sari Pranata Humas', role: 'analyst', password: '' },
  edi: { email: 'edi@kominfo.sukamaju.go.id', name: 'Edi Kepala Dinas', role: 'leader', password: '' },
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-agenda-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  const added = await runCli(
    ['agencies', 'add', '--name', 'Bagian Protokol dan Komunikasi Pimpinan', '--short', 'Bagian Prokopim'],
    env,
  );
  if (added.code !== 0) throw new Error(`agencies add failed: ${added.stdout}${added.stderr}`);
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

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, page.url()).toBeLessThanOrEqual(PHONE.width);
}

describe('Buku agenda: an incoming letter registered, disposed and printed, in Chromium', () => {
  const contexts: Partial<Record<keyof typeof people, { context: BrowserContext; page: Page }>> = {};
  const errors: string[] = [];
  let letterPath = '';

  async function as(who: keyof typeof people): Promise<Page> {
    const open = contexts[who];
    if (open) return open.page;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    const page = await firstSignInAt(pantau.base, context, people[who], NEW_PASSWORD);
    page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
    contexts[who] = { context, page };
    return page;
  }

  afterAll(async () => {
    for (const c of Object.values(contexts)) await c?.context.close();
  });

  test(
    'the analyst registers an incoming letter, corrects it and finds it by a word of its subject',
    async () => {
      const page = await as('sari');
      await page.getByRole('link', { name: 'Buku agenda' }).click();
      await page.waitForURL(/\/agenda$/);
      await page.getByText('Belum ada surat').waitFor();
      await page.getByRole('button', { name: 'Catat surat' }).click();
      const form = page.getByRole('dialog', { name: 'Catat surat di buku agenda' });
      await form.getByLabel('Nomor surat').fill('005/412/35.03.01/2026');
      await form.getByLabel('Pengirim').fill('Sekretariat DPRD Kota Sukamaju');
      await form.getByLabel('Tanggal surat').fill('2026-12-01');
      await form.getByLabel('Tanggal diterima').fill('2026-12-02');
      await form.getByLabel('Perihal').fill(SUBJECT);
      await form.getByLabel(/Ringkasan/).fill('Diskominfo diminta memaparkan rencana sosialisasi tarif.');
      await form.getByLabel('Sifat').selectOption('segera');
      await form.getByLabel(/Kode klasifikasi/).fill('005');
      await page.screenshot({ path: path.join(SHOTS, 'agenda-catat-desktop.png') });
      await form.getByRole('button', { name: 'Catat surat' }).click();
      await page.waitForURL(/\/agenda\/\d+$/);
      letterPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: SUBJECT }).waitFor();
      await page.getByText(/No\. agenda M-\d{4}\/0001/).waitFor();
      // Registering is the analyst's part; the disposition is the leader's.
      await page.getByText('Pimpinan belum memberi disposisi atas surat ini.').waitFor();
      await expect(page.getByRole('button', { name: 'Simpan disposisi' }).count()).resolves.toBe(0);
      // A correction keeps the agenda number.
      await page.getByRole('button', { name: 'Ubah data surat' }).click();
      const edit = page.getByRole('dialog', { name: /Ubah data surat/ });
      await edit.getByLabel(/Rujukan SRIKANDI/).fill('SRK-2026-000981');
      await edit.getByRole('button', { name: 'Simpan' }).click();
      await edit.waitFor({ state: 'hidden' });
      await page.getByText('SRK-2026-000981').waitFor();
      await page.getByText(/No\. agenda M-\d{4}\/0001/).waitFor();

      await page.getByRole('link', { name: 'Buku agenda' }).first().click();
      await page.waitForURL(/\/agenda$/);
      await page.getByLabel('Cari').fill('tarif');
      await page.getByLabel('Cari').press('Enter');
      await page.waitForURL(/q=tarif/);
      await expect.poll(() => page.getByTestId('letter-row').count(), LIST_SETTLES).toBe(1);
      await page.getByText('Surat keluar', { exact: true }).click();
      await page.waitForURL(/arah=keluar/);
      await page.getByText('Belum ada surat').waitFor();
    },
    SLOW,
  );

  test(
    'the Kepala Dinas writes the disposition and the printed sheet carries it',
    async () => {
      const page = await as('edi');
      await page.goto(`${pantau.base}${letterPath}`);
      await page.getByRole('heading', { name: SUBJECT }).waitFor();
      await page.getByLabel('Isi disposisi').fill(DISPOSITION);
      await page.getByLabel('Bagian Prokopim', { exact: true }).check();
      const names = page.getByRole('textbox', { name: 'Diteruskan kepada (nama/jabatan lain)' });
      await names.fill('Kepala Bidang IKP');
      await names.press('Enter');
      await page.getByLabel('Hadiri / wakili').check();
      await page.getByRole('button', { name: 'Simpan disposisi' }).click();
      await expect(page.getByTestId('disposition-text').textContent()).resolves.toBe(DISPOSITION);
      await page.getByText('Kepala Bidang IKP', { exact: true }).first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'agenda-disposisi-desktop.png'), fullPage: true });

      const href = await page.getByRole('link', { name: 'Cetak lembar disposisi' }).getAttribute('href');
      const pdf = await page.request.get(new URL(href ?? '', pantau.base).toString());
      expect(pdf.status()).toBe(200);
      const text = (await pdfText(await pdf.body())).replace(/\s+/g, ' ');
      expect(text).toContain(SUBJECT);
      expect(text).toContain(DISPOSITION);
      expect(text).toContain('Hadiri / wakili');

      await page.setViewportSize(PHONE);
      await page.reload();
      await page.getByTestId('disposition-text').waitFor();
      await noHorizontalScroll(page);
      await page.goto(`${pantau.base}/agenda`);
      await page.getByTestId('letter-row').first().waitFor();
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(SHOTS, 'agenda-daftar-phone.png'), fullPage: true });
      // The SOP B archive finds the letter by a word of its subject, with its public-information class.
      await page.getByRole('link', { name: 'Arsip SOP B' }).click();
      await page.getByLabel('Cari di arsip').fill('tarif air');
      await page.getByLabel('Cari di arsip').press('Enter');
      const row = page.getByTestId('archive-row').filter({ hasText: SUBJECT });
      await row.waitFor();
      expect(await row.textContent()).toContain('Setiap saat');
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(SHOTS, 'arsip-phone.png'), fullPage: true });
      expect(errors).toEqual([]);
    },
    SLOW,
  );
});
