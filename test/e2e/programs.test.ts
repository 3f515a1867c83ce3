/// <reference lib="dom" />
// The inventory of programs (Program & kegiatan) in the web app, in a real headless Chromium against
// a real `pantau serve`: an analyst imports a CSV whose one bad row is marked in the preview and
// blocks the import, maps a column by hand, imports a corrected sheet, filters the list by status
// and opens a program with its coverage. Screenshots go to test-output/screenshots.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_SETTLES, launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const analyst = { email: 'rina@humas.sukamaju.go.id', password: '' };

const HEADER = 'Nama Kegiatan;OPD;Tahun Anggaran;Tgl. Mulai;Status;Penanggung';
const BAD = `${HEADER}\nPerbaikan Jalan Merdeka;Dinas PUPR;2026;12/03/2026;berjalan;Agus\nPasar Murah Ramadan;Disperindag;2026;31/02/2026;rencana;Sari\n`;
const GOOD = `${HEADER}\nPerbaikan Jalan Merdeka;Dinas PUPR;2026;12/03/2026;berjalan;Agus\nPasar Murah Ramadan;Disperindag;2026;28/02/2026;rencana;Sari\n`;

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-program-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  const agency = await runCli(['agencies', 'add', '--name', 'Dinas PUPR Kota', '--short', 'Dinas PUPR'], env);
  if (agency.code !== 0) throw new Error(`agencies add failed: ${agency.stdout}${agency.stderr}`);
  const made = await runCli(
    ['users', 'create', '--email', analyst.email, '--name', 'Rina Analis', '--role', 'analyst'],
    env,
  );
  analyst.password = /sekali pakai[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
  if (!analyst.password) throw new Error(`users create failed: ${made.stdout}${made.stderr}`);
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function choose(page: Page, name: string, csv: string): Promise<void> {
  await page
    .getByRole('dialog')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

describe('Program & kegiatan in Chromium', () => {
  test('a bad row blocks the import, a corrected sheet imports, and a program opens with its coverage', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    const page = await firstSignIn(pantau.base, context, analyst, NEW_PASSWORD);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('link', { name: 'Program & kegiatan' }).click();
    await page.waitForURL(/\/program$/);
    await page.getByText('Belum ada program').waitFor();

    await page.getByRole('button', { name: 'Impor dari berkas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor program dari XLSX/CSV' });
    await choose(page, 'salah.csv', BAD);
    await dialog.getByText('Baris 3, kolom "Tgl. Mulai"', { exact: false }).waitFor();
    await expect.poll(() => dialog.locator('tr[data-bad]').count(), LIST_SETTLES).toBe(1);
    await expect(dialog.getByRole('button', { name: 'Impor 2 baris' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'program-impor-salah.png') });

    await choose(page, 'benar.csv', GOOD);
    // "Penanggung" is not a header Pantau knows: the analyst maps it to the contact person.
    const contact = dialog.getByLabel('Penanggung', { exact: true });
    await expect(contact.inputValue()).resolves.toBe('');
    await contact.selectOption('contactName');
    await expect(dialog.getByLabel('Penanggung', { exact: true }).inputValue()).resolves.toBe('contactName');
    const submit = dialog.getByRole('button', { name: 'Impor 2 baris' });
    await expect(submit.isEnabled()).resolves.toBe(true);
    await submit.click();
    await dialog.getByText('2 program diimpor.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('program-row').count(), LIST_SETTLES).toBe(2);

    await page.getByLabel('Status').selectOption('berjalan');
    await page.waitForURL(/status=berjalan/);
    await page.getByRole('link', { name: 'Pasar Murah Ramadan' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('program-row').count(), LIST_SETTLES).toBe(1);
    await page.getByRole('link', { name: 'Perbaikan Jalan Merdeka' }).click();
    await page.waitForURL(/\/program\/\d+$/);
    await page.getByRole('heading', { name: 'Perbaikan Jalan Merdeka' }).waitFor();
    await page.getByText('Agus').waitFor();
    await page.getByText('0 berita menyebut program ini').waitFor();
    await page.getByText('Belum ada berita yang menyebut program ini.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'program-detail.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
