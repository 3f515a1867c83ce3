// The web app's page and files served by the API's own process: the page at / and at any address
// of the app (so a shared link opens it), never in place of an API answer or a missing file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/stores.ts';
import { buildApp } from './app.ts';

const PAGE =
  '<!doctype html><html lang="id"><head><script type="module" src="/assets/app-3f9a.js"></script></head><body><div id="root"></div></body></html>';

describe('web app serving', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let dist = '';
  beforeAll(async () => {
    t = await openTestStore('sqlite');
    dist = mkdtempSync(path.join(tmpdir(), 'pantau-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), PAGE);
    writeFileSync(path.join(dist, 'assets', 'app-3f9a.js'), 'console.log("pantau")');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await buildApp({ store: t.store, webApp: dist });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
    rmSync(dist, { recursive: true, force: true });
  });
  const open = (p: string, init: RequestInit = {}) =>
    fetch(`${base}${p}`, { ...init, headers: { accept: 'text/html,*/*;q=0.8', ...(init.headers ?? {}) } });

  test("the page at / and at the app's own addresses, to anyone, with a strict content policy", async () => {
    for (const p of ['/', '/artikel/42', '/cari?q=banjir', '/pengaturan/pengguna']) {
      const res = await open(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toBe(PAGE);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  test('built files are cached for good; the API and missing files never answer with the page', async () => {
    const js = await fetch(`${base}/assets/app-3f9a.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/favicon.svg`)).headers.get('cache-control')).toBe('no-cache');

    const missing = await open('/assets/app-0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
    const api = await open('/api/v1/tidak-ada');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
    const closed = await open('/api/v1/dashboard');
    expect(closed.status).toBe(401);
    expect(closed.headers.get('content-type')).toMatch(/problem\+json/);
    // An API client asking for JSON at an unknown address gets a 404, not the page.
    const client = await fetch(`${base}/artikel/42`, { headers: { accept: 'application/json' } });
    expect(client.status).toBe(404);
    expect((await open('/artikel/42', { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
