/// <reference lib="dom" />
// The bell in a real headless Chromium against a real `pantau serve`: the analyst sends a monitoring
// report on to step 2, the reviewer's bell shows one unread notice, opening it lands on the case and
// the count goes back to nothing.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { createWorkspace, runCli } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { firstSignIn as firstSignInAt, signIn } from '../support/sign-in.ts';
import { ensureWebBuilt } from '../support/web-build.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const NEW_PASSWORD = 'kata-sandi-baru-yang-panjang-2026';
const TITLE = 'Laporan Media Monitoring 7 Desember 2026';

interface Person {
  email: string;
  name: string;
  role: string;
  password: string;
}

const analyst: Person = {
  email: 'rina@humas.sukamaju.go.id',
  name: 'Rina Penelaah',
  role: 'analyst',
  password: '',
};
const reviewer: Person = {
  email: 'sari@humas.sukamaju.go.id',
  name: 'Sari Pemeriksa',
  role: 'reviewer',
  password: '',
};

let dataDir = '';
let pantau: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-e2e-notices-'));
  const env = { PANTAU_DATA_DIR: dataDir };
  await createWorkspace(env);
  for (const person of [analyst, reviewer]) {
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

/** The first sign-in: the one-time password is replaced by NEW_PASSWORD before anything else. */
const firstSignIn = (context: BrowserContext, person: Person) =>
  firstSignInAt(pantau.base, context, person, NEW_PASSWORD);

test('the reviewer’s bell counts the case waiting for her and opens it', { timeout: 120_000 }, async () => {
  const rina = await browser.newContext({ locale: 'id-ID' });
  const sari = await browser.newContext({ locale: 'id-ID', viewport: { width: 1366, height: 900 } });
  try {
    const sariPage = await firstSignIn(sari, reviewer);
    const bell = sariPage.getByTestId('notice-bell');
    await expect.poll(() => bell.getAttribute('data-unread')).toBe('0');

    // The analyst starts the report and finishes step 1, through the API as the web app calls it.
    const rinaPage = await firstSignIn(rina, analyst);
    const caseId = await rinaPage.evaluate(async (title) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const started = await (
        await fetch('/api/v1/sop-cases', {
          method: 'POST',
          headers,
          body: JSON.stringify({ sop: 'sop-a', title }),
        })
      ).json();
      await fetch(`/api/v1/sop-cases/${started.case.id}/actions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'complete' }),
      });
      return started.case.id as number;
    }, TITLE);

    await sariPage.reload();
    await expect.poll(() => bell.getAttribute('data-unread'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Pemberitahuan, 1 belum dibaca');
    await bell.click();
    const item = sariPage.getByTestId('notice-item').first();
    await expect.poll(() => item.textContent()).toMatch(new RegExp(`^Menunggu Anda: ${TITLE} — langkah 2 `));
    await sariPage.screenshot({ path: path.join(SHOTS, 'notices-bell.png') });
    await item.click();
    await sariPage.waitForURL((url) => url.pathname === `/kasus/${caseId}`);
    await expect.poll(() => bell.getAttribute('data-unread'), { timeout: 15_000 }).toBe('0');

    // On a phone the list opens within the screen, the notice read but still listed.
    const phone = await browser.newContext({ locale: 'id-ID', viewport: { width: 390, height: 844 } });
    try {
      const page = await signIn(pantau.base, phone, reviewer.email, reviewer.password);
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('notice-bell').click();
      const listed = page.getByTestId('notice-item').first();
      await expect.poll(() => listed.getAttribute('data-unread')).toBe('false');
      const box = await page.getByRole('dialog').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'phone-notices-bell.png') });
    } finally {
      await phone.close();
    }
  } finally {
    await rina.close();
    await sari.close();
  }
});
