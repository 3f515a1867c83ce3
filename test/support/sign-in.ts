// Signing in through the web app's own pages, as a person does, for the browser tests.

import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Person {
  email: string;
  password: string;
}

/** Opens `next` signed out, lands on /masuk and signs in; the page is where the app sends it next. */
export async function signIn(
  base: string,
  context: BrowserContext,
  email: string,
  password: string,
  next = '/',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${next}`);
  await page.waitForURL(/\/masuk/);
  await page.getByLabel('Surel').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  return page;
}

/**
 * The first sign-in of a user made with a one-time password: it is replaced by `newPassword` before
 * anything else, and the person's password is updated. `home` is where the app lands afterwards.
 */
export async function firstSignIn(
  base: string,
  context: BrowserContext,
  person: Person,
  newPassword: string,
  home: (path: string) => boolean = (path) => path === '/',
): Promise<Page> {
  const page = await signIn(base, context, person.email, person.password);
  await page.waitForURL(/\/ganti-sandi/);
  await page.getByLabel('Kata sandi sekali pakai').fill(person.password);
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
  await page.getByLabel('Ulangi kata sandi baru').fill(newPassword);
  await page.getByRole('button', { name: /simpan|ganti/i }).click();
  await page.waitForURL((url) => home(url.pathname), { timeout: 15_000 });
  person.password = newPassword;
  return page;
}

/** The API as the signed-in page sees it (its cookie), for comparing what is shown with the data. */
export async function apiFrom<T = unknown>(base: string, page: Page, url: string): Promise<T> {
  const res = await page.request.get(`${base}${url}`);
  expect(res.status(), url).toBe(200);
  return res.json() as Promise<T>;
}
