/// <reference lib="dom" />
// "Ubah SOP" in a real headless Chromium against a real `pantau serve`: the administrator edits
// SOP A in the app (step 5's standard from 30 to 45 minutes, one more warning) and saves it as
// version 2 with a note; an edit the server refuses (an empty activity) shows the server's message
// and saves nothing; a colleague's save in between is reported, not overwritten; an analyst sees
// no edit button and cannot open the editor.
// Screenshots of the editor (laptop and phone) are written under test-output/screenshots to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { signIn as signInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API
type Json = any;

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const WARNING = 'Laporan tidak boleh memuat data pribadi narasumber.';
const NOTE = 'Waktu langkah 5 menjadi 45 menit; peringatan data pribadi';
const SLOW = 90_000;

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;
let analystPassword = '';

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-sop-editor-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  const made = await runCli(
    [
      'users',
      'create',
      '--email',
      'rina@humas.sukamaju.go.id',
      '--name',
      'Rina Penelaah',
      '--role',
      'analyst',
    ],
    env,
  );
  analystPassword = /sekali pakai[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
  if (!analystPassword) throw new Error(`users create failed: ${made.stdout}${made.stderr}`);
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function sopA(page: Page): Promise<Json> {
  const res = await page.request.get(`${pantau.base}/api/v1/sops/sop-a`);
  expect(res.status()).toBe(200);
  return (await res.json()).sop;
}

const signIn = (context: BrowserContext, email: string, password: string, next = '/') =>
  signInAt(pantau.base, context, email, password, next);

describe('Ubah SOP, in Chromium', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    page = await signIn(context, ADMIN_EMAIL, ADMIN_PASSWORD, '/sop/sop-a');
    await page.waitForURL(/\/sop\/sop-a$/, { timeout: 15_000 });
  });

  afterAll(async () => {
    await context?.close();
  });

  test(
    'the administrator changes step 5 to 45 menit and adds a warning; the SOP shows version 2',
    async () => {
      const before = await sopA(page);
      expect(before.version).toBe(1);
      expect(before.definition.steps[4].time).toEqual({ amount: 30, unit: 'minute' });
      const warnings = before.definition.identity.warnings.length;

      await page.getByRole('link', { name: 'Ubah SOP' }).click();
      await page.waitForURL(/\/sop\/sop-a\/ubah$/);
      const step5 = page.getByRole('group', { name: 'Langkah 5' });
      const time = step5.getByLabel(/^Waktu/);
      expect(await time.inputValue()).toBe('30');
      await time.fill('45');

      const warningList = page.getByRole('group', { name: 'Peringatan', exact: true });
      await warningList.getByRole('button', { name: 'Tambah baris Peringatan' }).click();
      await warningList.getByLabel(`Peringatan ${warnings + 1}`, { exact: true }).fill(WARNING);
      await page.getByLabel(/^Catatan perubahan/).fill(NOTE);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SHOTS, 'desktop-sop-ubah.png'), fullPage: true });

      await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await page.waitForURL(/\/sop\/sop-a$/, { timeout: 15_000 });
      await page.getByText('versi 2', { exact: false }).first().waitFor();
      const versions = page.getByTestId('sop-version');
      await expect.poll(() => versions.count(), { timeout: 15_000 }).toBe(2);
      expect(await versions.first().textContent()).toContain(NOTE);
      const row5 = page.getByTestId('sop-steps').getByRole('row').filter({ hasText: /^5\./ });
      await row5.getByText('45 menit').waitFor();
      await page.getByText(WARNING).waitFor();

      const after = await sopA(page);
      expect(after.version).toBe(2);
      expect(after.note).toBe(NOTE);
      expect(after.definition.steps[4].time).toEqual({ amount: 45, unit: 'minute' });
      expect(after.definition.identity.warnings).toEqual([...before.definition.identity.warnings, WARNING]);
      // Nothing else moved: the other steps are as they were.
      expect(after.definition.steps.filter((_: Json, i: number) => i !== 4)).toEqual(
        before.definition.steps.filter((_: Json, i: number) => i !== 4),
      );
    },
    SLOW,
  );

  test(
    'an empty activity is refused with the server’s message and nothing is saved',
    async () => {
      await page.getByRole('link', { name: 'Ubah SOP' }).click();
      await page.waitForURL(/\/sop\/sop-a\/ubah$/);
      const step2 = page.getByRole('group', { name: 'Langkah 2' });
      await step2.getByLabel(/^Uraian kegiatan/).fill('');
      // A decision step offers its YES/NO targets, YES to the next step and NO back one by default.
      const step3 = page.getByRole('group', { name: 'Langkah 3' });
      await step3.getByRole('switch', { name: 'Langkah keputusan (YA/TIDAK)' }).check();
      expect(await step3.getByRole('textbox', { name: 'Jika YA' }).inputValue()).toMatch(/^Langkah 4 — /);
      expect(await step3.getByRole('textbox', { name: 'Jika TIDAK' }).inputValue()).toBe('Langkah 2');
      await step3.screenshot({ path: path.join(SHOTS, 'desktop-sop-ubah-keputusan.png') });
      await page.getByLabel(/^Catatan perubahan/).fill('Langkah 2 dikosongkan');
      await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await page
        .getByRole('alert')
        .getByText(/Uraian kegiatan langkah 2 wajib diisi/)
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SHOTS, 'desktop-sop-ubah-ditolak.png'), fullPage: false });
      expect(page.url()).toMatch(/\/sop\/sop-a\/ubah$/);
      expect((await sopA(page)).version).toBe(2);

      // Leaving with unsaved edits asks first.
      await page.getByRole('link', { name: 'Batal' }).click();
      const leave = page.getByRole('dialog', { name: 'Tinggalkan tanpa menyimpan?' });
      await leave.getByRole('button', { name: 'Tinggalkan' }).click();
      await page.waitForURL(/\/sop\/sop-a$/);
      await expect.poll(() => page.getByTestId('sop-version').count(), { timeout: 15_000 }).toBe(2);
    },
    SLOW,
  );

  test(
    'a colleague’s save in between is not overwritten: the editor says so and reloads their version',
    async () => {
      await page.getByRole('link', { name: 'Ubah SOP' }).click();
      await page.waitForURL(/\/sop\/sop-a\/ubah$/);
      await page.getByText('Anda mengubah salinan versi 2.').waitFor();

      const me = await page.request.get(`${pantau.base}/api/v1/auth/me`);
      const csrf = (await me.json()).csrfToken as string;
      const colleague = structuredClone((await sopA(page)).definition);
      colleague.steps[0].remarks = 'Dikirim paling lambat pukul 09.00';
      const saved = await page.request.post(`${pantau.base}/api/v1/sops`, {
        headers: { 'x-csrf-token': csrf },
        data: { definition: colleague, note: 'Batas waktu kirim langkah 1', baseVersion: 2 },
      });
      expect(saved.status()).toBe(201);

      await page
        .getByRole('group', { name: 'Langkah 6' })
        .getByLabel(/^Waktu/)
        .fill('60');
      await page.getByLabel(/^Catatan perubahan/).fill('Waktu langkah 6 menjadi 60 menit');
      await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'SOP ini baru saja diubah orang lain' });
      await conflict.waitFor({ timeout: 15_000 });
      expect((await sopA(page)).version).toBe(3);

      await conflict.getByRole('button', { name: 'Muat ulang versi terbaru' }).click();
      await page.getByText('Anda mengubah salinan versi 3.').waitFor({ timeout: 15_000 });
      const step1 = page.getByRole('group', { name: 'Langkah 1' });
      expect(await step1.getByLabel('Keterangan').inputValue()).toBe('Dikirim paling lambat pukul 09.00');
      expect(
        await page
          .getByRole('group', { name: 'Langkah 6' })
          .getByLabel(/^Waktu/)
          .inputValue(),
      ).toBe('30');
      // On a phone the editor stacks its fields instead of scrolling sideways.
      await page.setViewportSize(PHONE);
      await page.reload();
      const step3 = page.getByRole('group', { name: 'Langkah 3' });
      await step3.waitFor({ timeout: 15_000 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(PHONE.width);
      await step3.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'phone-sop-ubah-langkah.png') });
      await page.setViewportSize(DESKTOP);
      // Nothing is left unsaved, so leaving asks nothing.
      await page.getByRole('link', { name: 'Batal' }).click();
      await page.waitForURL(/\/sop\/sop-a$/);
    },
    SLOW,
  );

  test(
    'an analyst reads the SOP but is offered no editor',
    async () => {
      const analyst = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
      const p = await signIn(analyst, 'rina@humas.sukamaju.go.id', analystPassword, '/');
      await p.waitForURL(/\/ganti-sandi/);
      await p.getByLabel('Kata sandi sekali pakai').fill(analystPassword);
      await p.getByLabel('Kata sandi baru', { exact: true }).fill('kata-sandi-baru-yang-panjang-2026');
      await p.getByLabel('Ulangi kata sandi baru').fill('kata-sandi-baru-yang-panjang-2026');
      await p.getByRole('button', { name: /simpan|ganti/i }).click();
      await p.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });

      await p.goto(`${pantau.base}/sop/sop-a`);
      await p.getByRole('button', { name: 'Ekspor JSON' }).waitFor();
      expect(await p.getByRole('link', { name: 'Ubah SOP' }).count()).toBe(0);
      await p.goto(`${pantau.base}/sop/sop-a/ubah`);
      await p.getByText('Anda tidak berhak membuka halaman ini').waitFor({ timeout: 15_000 });
      await analyst.close();
    },
    SLOW,
  );
});
