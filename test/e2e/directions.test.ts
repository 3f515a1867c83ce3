/// <reference lib="dom" />
// The leader's directions (arahan) in the web app, in a real headless Chromium against a real
// `pantau serve`: the head gives a direction to two agencies (OPD), the first agency's officer finds
// only it in Arahan, accepts it with an agenda number and reports it done with a link as evidence,
// the second agency's officer sees the same direction with its own row still "Terkirim", and the
// head reads each agency's status and downloads the disposition sheet. List and detail read on a
// phone without sideways scrolling. Screenshots go to test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_SETTLES, launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn as firstSignInAt } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const SUBJECT = 'Penanganan genangan Jalan Merdeka';
const OTHER_SUBJECT = 'Sosialisasi aplikasi aduan warga';
const EVIDENCE = 'https://sukamaju.go.id/berita/genangan-jalan-merdeka-tertangani';

interface Person {
  email: string;
  name: string;
  role: string;
  agency?: string;
  password: string;
}

const people: Record<'head' | 'pupr' | 'kominfo', Person> = {
  head: { email: 'dewi@humas.sukamaju.go.id', name: 'Dewi Kepala Bagian', role: 'head', password: '' },
  pupr: {
    email: 'agus@pupr.sukamaju.go.id',
    name: 'Agus Petugas PUPR',
    role: 'agency_officer',
    agency: 'Dinas PUPR',
    password: '',
  },
  kominfo: {
    email: 'lina@kominfo.sukamaju.go.id',
    name: 'Lina Petugas Kominfo',
    role: 'agency_officer',
    agency: 'Diskominfo',
    password: '',
  },
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-arahan-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  for (const [name, short] of [
    ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'],
    ['Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ]) {
    const added = await runCli(['agencies', 'add', '--name', name, '--short', short], env);
    if (added.code !== 0) throw new Error(`agencies add failed: ${added.stdout}${added.stderr}`);
  }
  for (const person of Object.values(people)) {
    const made = await runCli(
      [
        'users',
        'create',
        '--email',
        person.email,
        '--name',
        person.name,
        '--role',
        person.role,
        ...(person.agency ? ['--agency', person.agency] : []),
      ],
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

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const SLOW = 90_000;

/** The first sign-in: the one-time password is replaced by NEW_PASSWORD before anything else. */
const firstSignIn = (context: BrowserContext, person: Person) =>
  firstSignInAt(pantau.base, context, person, NEW_PASSWORD, (path) => path === '/' || path === '/arahan');

describe('Arahan from the head to two agencies, in Chromium', () => {
  const contexts: Partial<Record<keyof typeof people, { context: BrowserContext; page: Page }>> = {};
  let directionId = 0;

  async function as(who: keyof typeof people): Promise<Page> {
    const open = contexts[who];
    if (open) return open.page;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    const page = await firstSignIn(context, people[who]);
    contexts[who] = { context, page };
    return page;
  }

  async function give(page: Page, subject: string, agencies: string[], screenshot?: string): Promise<void> {
    await page.getByRole('button', { name: 'Beri arahan' }).click();
    const form = page.getByRole('dialog', { name: 'Beri arahan pimpinan' });
    await form.getByLabel('Perihal').fill(subject);
    await form
      .getByLabel('Isi arahan')
      .fill('Segera tangani genangan dan laporkan hasilnya beserta foto sebelum dan sesudah.');
    await form.getByLabel('Sifat').selectOption('segera');
    for (const a of agencies) await form.getByLabel(a, { exact: true }).check();
    if (screenshot) await page.screenshot({ path: path.join(SHOTS, `${screenshot}.png`) });
    await form.getByRole('button', { name: 'Kirim arahan' }).click();
    await page.waitForURL(/\/arahan\/\d+$/);
  }

  afterAll(async () => {
    for (const c of Object.values(contexts)) await c?.context.close();
  });

  test(
    'the head gives a direction to Dinas PUPR and Diskominfo, and another to Diskominfo only',
    async () => {
      const page = await as('head');
      await page.getByRole('link', { name: 'Arahan' }).click();
      await page.waitForURL(/\/arahan$/);
      await page.getByText('Belum ada arahan').waitFor();
      await give(page, SUBJECT, ['Dinas PUPR', 'Diskominfo'], 'arahan-beri-desktop');
      directionId = Number(/\/arahan\/(\d+)$/.exec(page.url())?.[1]);
      await page.getByRole('heading', { name: SUBJECT }).waitFor();
      const tree = page.getByTestId('recipient-tree');
      await expect(tree.getByTestId('recipient-Dinas PUPR').textContent()).resolves.toBe('Terkirim');
      await expect(tree.getByTestId('recipient-Diskominfo').textContent()).resolves.toBe('Terkirim');

      await page.getByRole('link', { name: 'Semua arahan' }).click();
      await page.waitForURL(/\/arahan$/);
      await give(page, OTHER_SUBJECT, ['Diskominfo']);
    },
    SLOW,
  );

  test(
    "Dinas PUPR's officer sees only their direction, accepts it and reports it done with a link",
    async () => {
      const page = await as('pupr');
      await page.waitForURL(/\/arahan$/);
      await page.getByRole('link', { name: SUBJECT }).waitFor();
      await expect.poll(() => page.getByTestId('direction-item').count(), LIST_SETTLES).toBe(1);
      await expect(page.getByText(OTHER_SUBJECT).count()).resolves.toBe(0);
      // Nothing of the office's pages is offered to an agency officer.
      const nav = page.getByRole('navigation').first();
      await nav.getByRole('link', { name: 'Arahan' }).waitFor();
      await expect(nav.getByRole('link', { name: 'Pencarian' }).count()).resolves.toBe(0);

      await page.getByRole('link', { name: SUBJECT }).click();
      await page.waitForURL(new RegExp(`/arahan/${directionId}$`));
      await page.getByRole('button', { name: 'Terima' }).click();
      const accept = page.getByRole('dialog', { name: 'Terima arahan' });
      await accept.getByLabel(/Nomor agenda OPD/).fill('AG/117/XII/2026');
      await accept.getByRole('button', { name: 'Terima' }).click();
      await accept.waitFor({ state: 'hidden' });
      const tree = page.getByTestId('recipient-tree');
      await tree.getByText('No. agenda AG/117/XII/2026').waitFor();
      await expect(tree.getByTestId('recipient-Dinas PUPR').textContent()).resolves.toBe('Dibaca');

      await page.getByRole('button', { name: 'Laporkan selesai' }).click();
      const report = page.getByRole('dialog', { name: 'Laporkan selesai' });
      await report.getByLabel('Catatan').fill('Saluran dibersihkan, genangan surut pukul 14.00.');
      await report.getByLabel(/Alamat tautan/).fill(EVIDENCE);
      await report.getByRole('button', { name: 'Tambah tautan' }).click();
      await report.getByText(EVIDENCE).waitFor();
      await report.getByRole('button', { name: 'Laporkan selesai' }).click();
      await report.waitFor({ state: 'hidden' });
      await page.getByTestId('recipient-tree').getByText('Selesai', { exact: true }).waitFor();
      const timeline = page.getByTestId('direction-timeline');
      await timeline.getByRole('link', { name: EVIDENCE }).waitFor();
      await timeline.getByText('melaporkan selesai').waitFor();
      // Done: nothing left for this agency to do on it.
      await expect(page.getByRole('button', { name: 'Laporkan selesai' }).count()).resolves.toBe(0);
    },
    SLOW,
  );

  test(
    "Diskominfo's officer sees the same direction with its own row still waiting",
    async () => {
      const page = await as('kominfo');
      await page.waitForURL(/\/arahan$/);
      await page.getByRole('link', { name: SUBJECT }).waitFor();
      await expect.poll(() => page.getByTestId('direction-item').count(), LIST_SETTLES).toBe(2);
      await page.getByRole('link', { name: SUBJECT }).click();
      await page.waitForURL(new RegExp(`/arahan/${directionId}$`));
      const actions = page.getByTestId('recipient-actions');
      await actions.getByRole('heading', { name: /Diskominfo/ }).waitFor();
      await actions.getByRole('button', { name: 'Terima' }).waitFor();
      const tree = page.getByTestId('recipient-tree');
      await expect(tree.getByTestId('recipient-Diskominfo').textContent()).resolves.toBe('Terkirim');
    },
    SLOW,
  );

  test(
    "the head reads each agency's status, downloads the disposition sheet, and it reads on a phone",
    async () => {
      const page = await as('head');
      await page.goto(`${pantau.base}/arahan`);
      const item = page.getByTestId('direction-item').filter({ hasText: SUBJECT });
      await expect(item.getByTestId('recipient-Dinas PUPR').textContent()).resolves.toBe(
        'Dinas PUPR: Selesai',
      );
      await expect(item.getByTestId('recipient-Diskominfo').textContent()).resolves.toBe(
        'Diskominfo: Terkirim',
      );
      const summary = page.getByTestId('direction-summary');
      await summary.getByRole('row', { name: /Dinas PUPR/ }).waitFor();
      await shot(page, 'arahan-daftar-desktop');

      await page.getByRole('link', { name: SUBJECT }).click();
      await page.waitForURL(new RegExp(`/arahan/${directionId}$`));
      await page.getByTestId('direction-timeline').getByRole('link', { name: EVIDENCE }).waitFor();
      const href = await page.getByTestId('disposition-link').getAttribute('href');
      const pdf = await page.request.get(new URL(href ?? '', pantau.base).toString());
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
      await shot(page, 'arahan-detail-desktop');

      await page.setViewportSize(PHONE);
      await page.reload();
      await page.getByTestId('recipient-tree').waitFor();
      await noHorizontalScroll(page);
      await shot(page, 'arahan-detail-phone');
      await page.goto(`${pantau.base}/arahan`);
      await page.getByTestId('direction-item').first().waitFor();
      await noHorizontalScroll(page);
      await shot(page, 'arahan-daftar-phone');
      await page.getByRole('button', { name: 'Beri arahan' }).click();
      await page.getByRole('dialog', { name: 'Beri arahan pimpinan' }).getByLabel('Perihal').waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'arahan-beri-phone.png') });
    },
    SLOW,
  );
});
