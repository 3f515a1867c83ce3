/// <reference lib="dom" />
// Mitra media in the web app, in a real headless Chromium against a real `pantau serve`: an analyst
// finds the partner registered from the CLI with its verification badge and its expiry warning,
// opens it and adds a journalist's UKW certificate; a team lead, who may only read, sees the same
// partner without any button to change it. Screenshots go to test-output/screenshots.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const analyst = { email: 'rina@humas.trenggalek.go.id', password: '' };
const teamLead = { email: 'yusuf@humas.trenggalek.go.id', password: '' };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-partners-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env, 'Pemerintah Kabupaten Trenggalek', 'Kabupaten Trenggalek');
  for (const [person, name, role] of [
    [analyst, 'Rina Analis', 'analyst'],
    [teamLead, 'Yusuf Ketua Tim', 'team_lead'],
  ] as const) {
    const made = await runCli(
      ['users', 'create', '--email', person.email, '--name', name, '--role', role],
      env,
    );
    person.password = /sekali pakai[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
    if (!person.password) throw new Error(`users create failed: ${made.stdout}${made.stderr}`);
  }
  const added = await runCli(
    [
      'partners',
      'add',
      '--name',
      'Kabar Trenggalek',
      '--newsroom-email',
      'redaksi@kabar.example',
      '--host',
      'kabar.example',
      '--verification',
      'factual',
      '--verified-on',
      day(-700),
      // Ends within 60 days: flagged.
      '--valid-until',
      day(30),
    ],
    env,
  );
  if (added.code !== 0) throw new Error(`partners add failed: ${added.stdout}${added.stderr}`);
  pantau = await startServer({ ...env, PANTAU_LOG_LEVEL: 'warn' }, ['--no-workers']);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await pantau?.stop();
  await browser?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('Mitra media in Chromium', () => {
  test('an analyst sees the expiry warning and adds a UKW certificate; a team lead only reads', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    const page = await firstSignIn(pantau.base, context, analyst, NEW_PASSWORD);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('link', { name: 'Mitra media' }).click();
    await page.waitForURL(/\/mitra$/);
    const table = page.getByTestId('partners-table');
    await table.getByText('Terverifikasi faktual').waitFor();
    await table.getByText('1 segera berakhir').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'mitra-daftar.png') });

    await page.getByRole('link', { name: 'Kabar Trenggalek' }).click();
    await page.waitForURL(/\/mitra\/\d+$/);
    await page.getByRole('heading', { name: 'Kabar Trenggalek' }).waitFor();
    await page.getByText(/Verifikasi Dewan Pers \(faktual\) berakhir dalam \d+ hari/).waitFor();
    await page.getByText('redaksi@kabar.example').waitFor();

    await page.getByRole('button', { name: 'Tambah sertifikat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah sertifikat UKW' });
    await dialog.getByLabel('Nama wartawan').fill('Sri Lestari');
    await dialog.getByLabel('Jenjang').selectOption('madya');
    await dialog.getByLabel('Nomor sertifikat').fill('6789-AJI/WM/DP/I/2024');
    await dialog.getByLabel('Tanggal terbit').fill(day(-400));
    await dialog.getByLabel('Berlaku sampai').fill(day(20));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'Sri Lestari' }).waitFor();
    await page.getByText(/UKW madya Sri Lestari .* berakhir dalam \d+ hari/).waitFor();

    await page.getByRole('button', { name: 'Ubah', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Ubah mitra media' });
    await form.getByLabel('Pemimpin redaksi').fill('Rina Wulandari');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByText('Rina Wulandari').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'mitra-detail.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    const readerContext = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'id-ID',
    });
    const reader = await firstSignIn(pantau.base, readerContext, teamLead, NEW_PASSWORD);
    reader.on('pageerror', (e) => errors.push(e.message));
    await reader.getByRole('link', { name: 'Mitra media' }).click();
    await reader.getByTestId('partners-table').getByText('Kabar Trenggalek').waitFor();
    await expect(reader.getByRole('button', { name: 'Tambah mitra' }).count()).resolves.toBe(0);
    await reader.getByRole('link', { name: 'Kabar Trenggalek' }).click();
    await reader.waitForURL(/\/mitra\/\d+$/);
    await reader.getByRole('cell', { name: 'Sri Lestari' }).waitFor();
    await reader.screenshot({ path: path.join(SHOTS, 'mitra-detail-pembaca.png'), fullPage: true });
    for (const name of ['Ubah', 'Hapus', 'Tambah sertifikat', 'Tambah perjanjian']) {
      await expect(reader.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    expect(errors).toEqual([]);
    await readerContext.close();
  }, 180_000);
});
