/// <reference lib="dom" />
// SOP A in the web app as an office runs it, in a real headless Chromium against a real
// `pantau serve`: the analyst starts a monitoring report and finishes the draft, the reviewer finds
// it in Kotak masuk and signs it off ("Setuju"), the team lead sends it back to the reviewer with a
// note, and the reviewer reads that note in the case history. The SOP page shows its flowchart, and
// the inbox, case, SOP and office-hours pages read on a phone without sideways scrolling.
// Screenshots (laptop and phone) are written under test-output/screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import {
  apiFrom as apiFromAt,
  firstSignIn as firstSignInAt,
  signIn as signInAt,
} from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API
type Json = any;

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const TITLE = 'Laporan Media Monitoring 1–4 Desember 2026';
const REVISION = 'Tambahkan berita banjir Ciledug dari media cetak; grafik nada belum diperbarui.';

interface Person {
  email: string;
  name: string;
  role: string;
  password: string;
}

const people: Record<'analyst' | 'reviewer' | 'lead', Person> = {
  analyst: { email: 'rina@humas.sukamaju.go.id', name: 'Rina Penelaah', role: 'analyst', password: '' },
  reviewer: { email: 'sari@humas.sukamaju.go.id', name: 'Sari Pemeriksa', role: 'reviewer', password: '' },
  lead: { email: 'budi@humas.sukamaju.go.id', name: 'Budi Ketua Tim', role: 'team_lead', password: '' },
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-sop-'));
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

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, page.url()).toBeLessThanOrEqual(PHONE.width);
}

/** Signing in and changing a one-time password come on top of what each test does. */
const SLOW = 90_000;

/** A whole-page screenshot from the top (a fixed header is drawn where the page was scrolled to). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const signIn = (context: BrowserContext, email: string, password: string, next = '/') =>
  signInAt(pantau.base, context, email, password, next);

/** The first sign-in: the one-time password is replaced by NEW_PASSWORD before anything else. */
const firstSignIn = (context: BrowserContext, person: Person) =>
  firstSignInAt(pantau.base, context, person, NEW_PASSWORD);

const apiFrom = (page: Page, url: string) => apiFromAt<Json>(pantau.base, page, url);

describe('SOP A through Kotak masuk, in Chromium', () => {
  const contexts: Partial<Record<keyof typeof people, { context: BrowserContext; page: Page }>> = {};
  let caseId = 0;

  async function as(who: keyof typeof people): Promise<Page> {
    const open = contexts[who];
    if (open) return open.page;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    const page = await firstSignIn(context, people[who]);
    contexts[who] = { context, page };
    return page;
  }

  afterAll(async () => {
    for (const c of Object.values(contexts)) await c?.context.close();
  });

  test(
    'the analyst starts an SOP A case and finishes the draft (step 1)',
    async () => {
      const page = await as('analyst');
      await page.getByRole('link', { name: /^Kotak masuk/ }).click();
      await page.waitForURL(/\/kotak-masuk$/);
      await page.getByText('Tidak ada yang menunggu Anda').waitFor();

      await page.getByRole('button', { name: 'Mulai kasus' }).click();
      const start = page.getByRole('dialog', { name: 'Mulai kasus baru' });
      await start.getByLabel('SOP').selectOption('sop-a');
      await start.getByLabel('Judul').fill(TITLE);
      await start.getByRole('button', { name: 'Mulai', exact: true }).click();
      await page.waitForURL(/\/kasus\/\d+$/);
      caseId = Number(/\/kasus\/(\d+)$/.exec(page.url())?.[1]);

      const current = page.getByTestId('current-step');
      await current.getByRole('heading', { name: 'Langkah 1 dari 7' }).waitFor();
      await current.getByText('Tools Intelligence Media Analytics atau IMA.', { exact: true }).waitFor();
      // Every step of SOP A is listed, the first one the current one.
      const steps = page.locator('[aria-labelledby="case-steps"] ol > li');
      await expect.poll(() => steps.count()).toBe(7);
      expect(await steps.nth(0).getAttribute('aria-current')).toBe('step');

      await page.getByTestId('case-actions').getByRole('button', { name: 'Selesai', exact: true }).click();
      const done = page.getByRole('dialog', { name: 'Selesaikan langkah 1' });
      await done.getByLabel(/^Catatan/).fill('Draf terlampir di folder bersama.');
      await done.getByRole('button', { name: 'Selesai', exact: true }).click();
      await current.getByRole('heading', { name: 'Langkah 2 dari 7' }).waitFor({ timeout: 15_000 });
      // The analyst does not act on the reviewer's step: no buttons, a sentence saying who does.
      await page.getByText(/Langkah ini menunggu Pemeriksa/).waitFor();
      expect(await steps.nth(0).getAttribute('data-mark')).toBe('done');

      const { case: c } = await apiFrom(page, `/api/v1/sop-cases/${caseId}`);
      expect(c).toMatchObject({ status: 'open', step: { no: 2, role: 'reviewer' }, round: 1 });
      expect(c.history.map((h: Json) => h.action)).toEqual(['start', 'complete']);
    },
    SLOW,
  );

  test(
    'the reviewer finds it in Kotak masuk and signs it off ("Setuju")',
    async () => {
      const page = await as('reviewer');
      // The navigation counts what waits: one case.
      await expect
        .poll(async () => (await page.getByTestId('inbox-count').textContent()) ?? '')
        .toMatch(/^1/);
      await page.getByRole('link', { name: /^Kotak masuk/ }).click();
      const item = page.getByTestId('inbox-item');
      await item.first().waitFor();
      expect(await item.count()).toBe(1);
      // The row shows "Langkah 2:" until the SOP's own definition (its step count) has loaded.
      await item.getByText('Langkah 2 dari 7:').waitFor();
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(TITLE);
      expect(text).toContain('Menerima dan mengoreksi laporan hasil media monitoring.');
      expect(text).toMatch(/(sisa|terlambat) (\d+ jam )?\d+ menit kerja|(sisa|terlambat) \d+ jam kerja/);
      expect(text).toMatch(/Tenggat \d{1,2} \w{3} 20\d\d \d\d\.\d\d WIB/);
      await shot(page, 'desktop-kotak-masuk');

      await item.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(new RegExp(`/kasus/${caseId}$`));
      const current = page.getByTestId('current-step');
      await current.getByRole('heading', { name: 'Langkah 2 dari 7' }).waitFor();
      await page.getByTestId('case-actions').getByRole('button', { name: 'Setuju', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Setujui langkah 2' });
      await dialog.getByRole('button', { name: 'Setuju', exact: true }).click();
      await current.getByRole('heading', { name: 'Langkah 3 dari 7' }).waitFor({ timeout: 15_000 });
      await page.getByText(/menyetujui langkah 2 \(Setuju\)/).waitFor();
      // Nothing waits for the reviewer any more.
      await page.getByRole('link', { name: /^Kotak masuk/ }).click();
      await page.getByText('Tidak ada yang menunggu Anda').waitFor({ timeout: 15_000 });
    },
    SLOW,
  );

  test(
    'the team lead returns it to step 2 with what must be revised',
    async () => {
      const page = await as('lead');
      await page.getByRole('link', { name: /^Kotak masuk/ }).click();
      await page.getByTestId('inbox-item').getByRole('link', { name: TITLE }).click();
      await page.waitForURL(new RegExp(`/kasus/${caseId}$`));
      const current = page.getByTestId('current-step');
      await current.getByRole('heading', { name: 'Langkah 3 dari 7' }).waitFor();

      await page.getByTestId('case-actions').getByRole('button', { name: 'Kembalikan untuk revisi' }).click();
      const dialog = page.getByRole('dialog', { name: 'Kembalikan langkah 3 untuk revisi' });
      // The choices are the steps before this one; the note is required before anything is sent.
      const target = dialog.getByLabel('Kembalikan ke');
      expect(await target.locator('option').allTextContents()).toEqual([
        expect.stringMatching(/^Langkah 1: Menyusun draft laporan/),
        'Langkah 2: Menerima dan mengoreksi laporan hasil media monitoring.',
      ]);
      await target.selectOption('2');
      await dialog.getByRole('button', { name: 'Kembalikan untuk revisi' }).click();
      expect(
        await dialog
          .getByLabel(/^Catatan perbaikan/)
          .evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing),
      ).toBe(true);
      await dialog.getByLabel(/^Catatan perbaikan/).fill(REVISION);
      await shot(page, 'desktop-kasus-kembalikan');
      await dialog.getByRole('button', { name: 'Kembalikan untuk revisi' }).click();
      await current.getByRole('heading', { name: 'Langkah 2 dari 7' }).waitFor({ timeout: 15_000 });
      await page.getByTestId('case-status').getByText('Putaran 2').waitFor();

      const { case: c } = await apiFrom(page, `/api/v1/sop-cases/${caseId}`);
      expect(c).toMatchObject({ status: 'open', step: { no: 2 }, round: 2 });
      expect(c.history.at(-1)).toMatchObject({ action: 'return', fromStep: 3, toStep: 2, note: REVISION });
    },
    SLOW,
  );

  test(
    "the reviewer reads the team lead's note in the history, on a laptop and on a phone",
    async () => {
      const page = await as('reviewer');
      // The reviewer comes back to Pantau later: the returned case waits in Kotak masuk again.
      await page.goto(`${pantau.base}/kotak-masuk`);
      await page.getByTestId('inbox-item').getByRole('link', { name: TITLE }).click();
      const returned = page
        .getByTestId('history-event')
        .filter({ hasText: 'mengembalikan langkah 3 ke langkah 2' });
      await returned.waitFor();
      expect(await returned.textContent()).toContain(people.lead.name);
      expect(await returned.getByTestId('history-note').textContent()).toBe(REVISION);
      await shot(page, 'desktop-kasus');

      const phone = await browser.newContext({
        viewport: PHONE,
        locale: 'id-ID',
        isMobile: true,
        hasTouch: true,
      });
      const p = await signIn(phone, people.reviewer.email, people.reviewer.password, '/kotak-masuk');
      await p.waitForURL(/\/kotak-masuk$/);
      await p.getByTestId('inbox-item').first().waitFor();
      await p.waitForLoadState('networkidle');
      await noHorizontalScroll(p);
      await shot(p, 'phone-kotak-masuk');
      await p.goto(`${pantau.base}/kasus/${caseId}`);
      await p.getByTestId('history-note').filter({ hasText: REVISION }).waitFor();
      await p.waitForLoadState('networkidle');
      await noHorizontalScroll(p);
      await shot(p, 'phone-kasus');
      await p.goto(`${pantau.base}/kasus`);
      await p.getByTestId('cases-table').waitFor();
      await noHorizontalScroll(p);
      await shot(p, 'phone-kasus-daftar');
      await phone.close();
      await page.goto(`${pantau.base}/kasus`);
      await page.getByTestId('cases-table').getByRole('link', { name: TITLE }).waitFor();
      await shot(page, 'desktop-kasus-daftar');
    },
    SLOW,
  );
});

describe('SOP pages and office hours, in Chromium', () => {
  let desktop: BrowserContext;
  let phone: BrowserContext;

  beforeAll(async () => {
    desktop = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID', acceptDownloads: true });
    phone = await browser.newContext({ viewport: PHONE, locale: 'id-ID', isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
  });

  test(
    'the SOP page shows its identity and draws its flowchart',
    async () => {
      const page = await signIn(desktop, ADMIN_EMAIL, ADMIN_PASSWORD, '/sop');
      await page.waitForURL(/\/sop$/);
      await page
        .getByTestId('sops-table')
        .getByRole('link', { name: /^Analisa dan Tindak Lanjut/ })
        .click();
      await page.waitForURL(/\/sop\/sop-a$/);
      await page.getByText('59/000.8.3.3/ III / 2025').first().waitFor();
      await page.getByText('Tools IMA').waitFor();
      const chart = page.getByTestId('flowchart');
      await chart.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await chart.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await chart.getAttribute('alt')).toMatch(
        /^Bagan alir SOP Analisa dan Tindak Lanjut .*: 7 langkah/,
      );
      await page.getByRole('button', { name: 'Impor JSON' }).waitFor();
      await shot(page, 'desktop-sop');

      const p = await signIn(phone, ADMIN_EMAIL, ADMIN_PASSWORD, '/sop/sop-a');
      await p.waitForURL(/\/sop\/sop-a$/);
      await p.getByTestId('flowchart').waitFor({ state: 'visible', timeout: 15_000 });
      await p.waitForLoadState('networkidle');
      await noHorizontalScroll(p);
      // The chart keeps its size and scrolls inside its own box instead.
      const box = p.getByTestId('flowchart-box');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await shot(p, 'phone-sop');
    },
    SLOW,
  );

  test(
    'the administrator downloads the PDF and the JSON, and imports an edited JSON as version 2',
    async () => {
      const page = desktop.pages()[0] ?? (await desktop.newPage());
      await page.goto(`${pantau.base}/sop/sop-a`);
      const pdfLink = page.getByRole('link', { name: 'Unduh PDF' });
      const pdf = await page.request.get(
        new URL((await pdfLink.getAttribute('href')) ?? '', pantau.base).href,
      );
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Ekspor JSON' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('sop-a-v1.json');
      const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Json;
      expect(exported.key).toBe('sop-a');
      expect(exported.steps).toHaveLength(7);

      // A file whose steps are numbered wrongly is refused, and the server says why in the form.
      const broken = structuredClone(exported);
      broken.steps[1].no = 5;
      await page.getByRole('button', { name: 'Impor JSON' }).click();
      const dialog = page.getByRole('dialog', { name: 'Impor SOP dari JSON' });
      const file = dialog.locator('input[type="file"]');
      await file.setInputFiles({
        name: 'sop-a-salah.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await dialog.getByText('akan disimpan sebagai versi 2').waitFor();
      await dialog.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await dialog
        .getByRole('alert')
        .getByText(/Langkah harus bernomor 1, 2, 3/)
        .waitFor({ timeout: 15_000 });
      await shot(page, 'desktop-sop-impor-ditolak');

      const edited = structuredClone(exported);
      edited.steps[1].time = { amount: 45, unit: 'minute' };
      await file.setInputFiles({
        name: 'sop-a.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(edited)),
      });
      await dialog.getByLabel(/^Catatan perubahan/).fill('Waktu langkah 2 menjadi 45 menit');
      await dialog.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      const versions = page.getByTestId('sop-version');
      await expect.poll(() => versions.count(), { timeout: 15_000 }).toBe(2);
      expect(await versions.first().textContent()).toContain('Waktu langkah 2 menjadi 45 menit');
      await page.getByTestId('sop-steps').getByText('45 menit').waitFor();
      // The older version stays readable, with its own standard.
      await page.getByLabel('Versi yang ditampilkan').selectOption('1');
      await page.waitForURL(/\?versi=1$/);
      await expect.poll(() => page.getByTestId('sop-steps').getByText('45 menit').count()).toBe(0);
      await page.getByText('versi 1 (terbaru: versi 2)').waitFor();
    },
    SLOW,
  );

  test(
    'Jam kerja: the administrator adds an office holiday; next year is flagged as incomplete',
    async () => {
      const page = desktop.pages()[0] ?? (await desktop.newPage());
      await page.goto(`${pantau.base}/pengaturan?tab=workCalendar`);
      await page.getByRole('tab', { name: 'Jam kerja' }).waitFor();
      await page.getByTestId('hours-mon').waitFor();
      const { calendar } = await apiFrom(page, '/api/v1/settings/work-calendar');
      if (calendar.incompleteYears.length > 0) {
        await page
          .getByTestId('incomplete-years')
          .getByText(`Hari libur nasional tahun ${calendar.incompleteYears.join(' dan ')} belum lengkap`)
          .waitFor();
      }
      await page.getByRole('button', { name: 'Tambah libur kantor' }).click();
      await page.getByLabel('Tanggal libur kantor 1').fill('2026-12-28');
      await page.getByLabel('Nama libur kantor 1').fill('Hari Jadi Kota Sukamaju');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('Jam kerja disimpan.').waitFor({ timeout: 15_000 });
      const saved = (await apiFrom(page, '/api/v1/settings/work-calendar')).calendar;
      expect(saved.officeHolidays).toEqual([{ date: '2026-12-28', name: 'Hari Jadi Kota Sukamaju' }]);
      await shot(page, 'desktop-jam-kerja');

      // Quiet hours for notice e-mails, on the same tab.
      await page.getByText('Bawaan Pantau: 21.00–06.00 waktu setempat.').waitFor();
      const quiet = page.getByRole('region', { name: 'Jam tenang surel pemberitahuan' });
      await quiet.getByLabel(/^Mulai/).fill('22:00');
      await quiet.getByLabel(/^Selesai/).fill('05:30');
      await quiet.getByRole('button', { name: 'Simpan jam tenang' }).click();
      await page.getByText('Jam tenang disimpan.').waitFor({ timeout: 15_000 });
      expect((await apiFrom(page, '/api/v1/settings/notice-quiet-hours')).quietHours).toMatchObject({
        enabled: true,
        start: '22:00',
        end: '05:30',
      });
      await page
        .getByText(/^Diubah oleh .+, /)
        .last()
        .waitFor();

      const p = phone.pages()[0] ?? (await phone.newPage());
      await p.goto(`${pantau.base}/pengaturan?tab=workCalendar`);
      await p.getByTestId('hours-sun').waitFor();
      await p.waitForLoadState('networkidle');
      await noHorizontalScroll(p);
      await shot(p, 'phone-jam-kerja');
    },
    SLOW,
  );
});
