// `pantau serve` (what `npm start` runs): the API answers only a signed-in user or a personal
// token, the old shared token keeps working until revoked, and the server's own workers collect a
// source added through the API without any other command.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type NewsNetwork, startNewsNetwork } from '../fixtures/news-network.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startCli } from './support/cli.ts';

let server: ChildProcess;
let base = '';
let token = '';
let rinaToken = '';
let dataDir = '';
const LEGACY_TOKEN = 'token-lama-dari-rilis-sebelumnya';
let network: NewsNetwork;

beforeAll(async () => {
  network = await startNewsNetwork({ outlets: 1, articlesPerOutlet: 5, seed: 3 });
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-serve-'));
  server = startCli(['serve', '--port', '0'], {
    PANTAU_DATA_DIR: dataDir,
    PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
    PANTAU_HOST_DELAY_MS: '0',
    PANTAU_EXTRACT_THREADS: '1',
    PANTAU_API_TOKEN: LEGACY_TOKEN,
  });
  base = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr?.on('data', (d) => {
      err += d;
      const m = /berjalan di (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  // The administrator signs in in a browser-like way (cookie + CSRF token) and makes a personal
  // token; then creates an analyst, who signs in with her one-time password and makes her own.
  token = await personalToken(ADMIN_EMAIL, ADMIN_PASSWORD);
  // As the README's first step after `npm start`: the server makes no workspace by itself.
  expect(((await (await api('/api/v1/workspaces')).json()) as Json).workspaces).toEqual([]);
  const workspace = await api('/api/v1/workspaces', {
    method: 'POST',
    body: JSON.stringify({ name: 'Pemerintah Kota Sukamaju', region: 'Kota Sukamaju' }),
  });
  expect(workspace.status).toBe(201);
  const made = await api('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ email: 'rina@humas.example', name: 'Rina', role: 'analyst' }),
  });
  expect(made.status).toBe(201);
  rinaToken = await personalToken('rina@humas.example', ((await made.json()) as Json).password);
});

async function personalToken(email: string, password: string): Promise<string> {
  const signIn = await fetch(`${base}/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(signIn.status).toBe(201);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await signIn.json()) as Json;
  const made = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'uji serve' }),
  });
  expect(made.status).toBe(201);
  return ((await made.json()) as Json).token;
}

afterAll(async () => {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await network.close();
  await rm(dataDir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;
const api = (p: string, init: RequestInit = {}, as = token) =>
  fetch(`${base}${p}`, {
    ...init,
    headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json', ...init.headers },
  });

test("the old shared token is the administrator's until revoked", async () => {
  expect((await api('/api/v1/sources', {}, LEGACY_TOKEN)).status).toBe(200);
  const tokens = ((await (await api('/api/v1/tokens', {}, LEGACY_TOKEN)).json()) as Json).tokens;
  const legacy = tokens.find((t: Json) => t.name.includes('PANTAU_API_TOKEN'));
  expect((await api(`/api/v1/tokens/${legacy.id}`, { method: 'DELETE' })).status).toBe(204);
  expect((await api('/api/v1/sources', {}, LEGACY_TOKEN)).status).toBe(401);
});

test('the API refuses requests without the token with a problem+json body', async () => {
  const res = await fetch(`${base}/api/v1/sources`);
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(((await res.json()) as Json).title).toBe('unauthorized');
  const wrong = await fetch(`${base}/api/v1/sources`, { headers: { authorization: 'Bearer salah' } });
  expect(wrong.status).toBe(401);
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
});

test('invalid input is a 400 problem, not a crash', async () => {
  const res = await api('/api/v1/sources', { method: 'POST', body: JSON.stringify({ url: 'bukan url' }) });
  expect(res.status).toBe(400);
  expect(((await res.json()) as Json).title).toBe('validation');
  const missing = await api('/api/v1/sources/9999', {
    method: 'PATCH',
    body: JSON.stringify({ enabled: false }),
  });
  expect(missing.status).toBe(404);
});

test('a source added through the API is collected by the server itself', { timeout: 180_000 }, async () => {
  const outlet = network.outlets[0];
  const created = await api('/api/v1/sources', {
    method: 'POST',
    body: JSON.stringify({ url: outlet.feedUrl, name: outlet.name }),
  });
  expect(created.status).toBe(201);
  const word = network.articles[0].title.split(' ').find((w) => w.length > 5) as string;
  let results: { article: { url: string } }[] = [];
  for (let i = 0; i < 100 && results.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 300));
    results = ((await (await api(`/api/v1/articles?q=${encodeURIComponent(word)}`)).json()) as Json).results;
  }
  expect(results.map((r) => r.article.url)).toContain(network.articles[0].url);
  const sources = ((await (await api('/api/v1/sources')).json()) as Json).sources;
  expect(sources[0].lastError).toBeNull();
});

test('subjects and corrections through the API', { timeout: 180_000 }, async () => {
  const bad = await api('/api/v1/subjects', {
    method: 'POST',
    body: JSON.stringify({ name: 'X', query: '(banjir' }),
  });
  expect(bad.status).toBe(400);
  const created = await api('/api/v1/subjects', {
    method: 'POST',
    body: JSON.stringify({
      name: 'Pemerintah Kota',
      kind: 'government',
      query: 'pemkot OR "wali kota" OR sukamaju',
    }),
  });
  expect(created.status).toBe(201);
  const subject = ((await created.json()) as Json).subject;
  const article = network.articles[0];
  const found = (
    (await (await api(`/api/v1/articles?q=${encodeURIComponent(article.title)}`)).json()) as Json
  ).results;
  const id = found.find((r: Json) => r.article.url === article.url).article.id;
  // Articles collected before the subject existed are analysed without it; a correction still applies.
  let analysis: Json = null;
  for (let i = 0; i < 50 && !analysis; i++) {
    const res = await api(`/api/v1/articles/${id}/analysis`);
    if (res.status === 200) analysis = ((await res.json()) as Json).analysis;
    else await new Promise((r) => setTimeout(r, 200));
  }
  expect(['positive', 'negative', 'neutral']).toContain(analysis.tone.label);
  const corrected = await api(
    `/api/v1/articles/${id}/corrections`,
    {
      method: 'POST',
      body: JSON.stringify({
        tone: analysis.tone.label === 'positive' ? 'negatif' : 'positif',
        by: 'Orang Lain',
      }),
    },
    rinaToken,
  );
  expect(corrected.status).toBe(201);
  const after = ((await (await api(`/api/v1/articles/${id}/analysis`)).json()) as Json).analysis;
  expect(after.tone.label).not.toBe(analysis.tone.label);
  expect(after.corrections[0].actor).toBe('Rina');
  expect((await api(`/api/v1/subjects/${subject.id}/articles`)).status).toBe(200);
  expect((await fetch(`${base}/api/v1/subjects`)).status).toBe(401);
});

test('issues through the API: every collected article is in one issue, edited by the signed-in analyst', {
  timeout: 180_000,
}, async () => {
  expect((await fetch(`${base}/api/v1/issues`)).status).toBe(401);
  // Wait until the server has analysed and filed all collected articles.
  let issues: Json[] = [];
  for (let i = 0; i < 100; i++) {
    issues = ((await (await api('/api/v1/issues?days=3650&limit=200')).json()) as Json).issues;
    if (issues.reduce((n: number, x: Json) => n + x.articleCount, 0) === network.articles.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(issues.reduce((n: number, x: Json) => n + x.articleCount, 0)).toBe(network.articles.length);
  const first = issues[0];
  // Its trend: articles per local day of the last 90 days (the longest trend), today last.
  expect(first.daily).toHaveLength(90);
  const shown = ((await (await api(`/api/v1/issues/${first.id}`)).json()) as Json).issue;
  expect(shown.articles).toHaveLength(first.articleCount);
  expect(shown.timeline.reduce((n: number, b: Json) => n + b.articles, 0)).toBe(first.articleCount);

  const empty = await api(
    `/api/v1/issues/${first.id}`,
    { method: 'PATCH', body: JSON.stringify({}) },
    rinaToken,
  );
  expect(empty.status).toBe(400);
  const renamed = await api(
    `/api/v1/issues/${first.id}`,
    { method: 'PATCH', body: JSON.stringify({ label: 'Pelayanan publik Sukamaju' }) },
    rinaToken,
  );
  expect(renamed.status).toBe(200);
  expect(((await renamed.json()) as Json).issue).toMatchObject({
    label: 'Pelayanan publik Sukamaju',
    manual: true,
    editedBy: 'Rina',
  });
  expect((await api('/api/v1/issues/99999')).status).toBe(404);
});
