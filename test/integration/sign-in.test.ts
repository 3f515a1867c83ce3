// Signing in as people do, on both stores: cookie sessions with CSRF protection, lock-out after
// repeated wrong passwords, "sign out everywhere", expiry, revoked and expired tokens, a disabled
// account; and nothing secret ever reaches the log.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workspace } from '../../src/domain/workspace.ts';
import { createLogger } from '../../src/kernel/logger.ts';
import { buildApp } from '../../src/main/app.ts';
import { type BuiltUser, buildUser, buildWorkspace } from '../factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('signing in on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ws: Workspace;
  let log = '';

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
    const sink = new Writable({
      write(chunk, _enc, done) {
        log += chunk.toString();
        done();
      },
    });
    app = await buildApp({ store: t.store, logger: createLogger('debug', sink), trustProxy: true });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });
  async function session(u: BuiltUser) {
    const res = await signIn(u.user.email, u.password);
    expect(res.status).toBe(201);
    return {
      cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
      csrf: ((await res.json()) as Json).csrfToken as string,
      setCookie: res.headers.get('set-cookie') ?? '',
    };
  }
  const get = (path: string, cookie: string) => fetch(`${base}${path}`, { headers: { cookie } });

  test('a session cookie is httpOnly and SameSite, Secure behind https, and opens the API', async () => {
    const rina = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina' });
    const s = await session(rina);
    expect(s.setCookie).toMatch(/HttpOnly/i);
    expect(s.setCookie).toMatch(/SameSite=Lax/i);
    expect(s.setCookie).not.toMatch(/Secure/i);
    const me = (await (await get('/api/v1/auth/me', s.cookie)).json()) as Json;
    expect(me.user).toMatchObject({ name: 'Rina', mustChangePassword: true });
    expect(me.user.memberships[0]).toMatchObject({ workspaceSlug: ws.slug, role: 'analyst' });
    expect((await get('/api/v1/sources', s.cookie)).status).toBe(200);
    const behindProxy = await signIn(rina.user.email, rina.password, { 'x-forwarded-proto': 'https' });
    expect(behindProxy.headers.get('set-cookie')).toMatch(/Secure/i);
  });

  test('a change through a cookie session needs the CSRF token', async () => {
    const rina = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const s = await session(rina);
    const add = (headers: Record<string, string>) =>
      fetch(`${base}/api/v1/places`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: `Cibiru ${Math.random()}`, kind: 'kecamatan' }),
      });
    const forged = await add({});
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as Json).code).toBe('csrf');
    expect((await add({ 'x-csrf-token': 'tebakan' })).status).toBe(403);
    expect((await add({ 'x-csrf-token': s.csrf })).status).toBe(201);
  });

  test('five wrong passwords lock the account with a clear message, in the caller language', async () => {
    const budi = await buildUser(t.store, { role: 'viewer', workspace: ws });
    for (let i = 0; i < 4; i++) {
      const wrong = await signIn(budi.user.email, 'bukan-sandinya');
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as Json).detail).toBe('Surel atau kata sandi salah');
    }
    const fifth = await signIn(budi.user.email, 'bukan-sandinya', { 'accept-language': 'en-US,en;q=0.9' });
    expect(fifth.status).toBe(429);
    const body = (await fifth.json()) as Json;
    expect(body.code).toBe('locked');
    expect(body.detail).toMatch(/^too many failed sign-ins; the account is locked until \d{4}-/);
    // Even the right password waits until the lock ends.
    const right = await signIn(budi.user.email, budi.password);
    expect(right.status).toBe(429);
    expect(((await right.json()) as Json).detail).toMatch(/akun dikunci sampai pukul \d\d[.:]\d\d WIB/);
    await t.store.db
      .updateTable('app_user')
      .set({ locked_until: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', budi.user.id)
      .execute();
    expect((await signIn(budi.user.email, budi.password)).status).toBe(201);
  });

  test('signing out everywhere ends every session of the user', async () => {
    const sari = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const desk = await session(sari);
    const phone = await session(sari);
    expect((await get('/api/v1/auth/me', phone.cookie)).status).toBe(200);
    const out = await fetch(`${base}/api/v1/auth/sign-out-everywhere`, {
      method: 'POST',
      headers: { cookie: desk.cookie, 'x-csrf-token': desk.csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(((await out.json()) as Json).ended).toBe(2);
    expect((await get('/api/v1/auth/me', desk.cookie)).status).toBe(401);
    expect((await get('/api/v1/auth/me', phone.cookie)).status).toBe(401);
  });

  test('an expired session, a revoked or expired token and a disabled account open nothing', async () => {
    const dewi = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const s = await session(dewi);
    await t.store.db
      .updateTable('user_session')
      .set({ expires_at: '2001-01-01T00:00:00.000Z' })
      .where('user_id', '=', dewi.user.id)
      .execute();
    expect((await get('/api/v1/sources', s.cookie)).status).toBe(401);

    const bearer = (token: string) =>
      fetch(`${base}/api/v1/sources`, { headers: { authorization: `Bearer ${token}` } });
    expect((await bearer(dewi.token)).status).toBe(200);
    const made = (await (
      await fetch(`${base}/api/v1/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${dewi.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'skrip harian',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        }),
      })
    ).json()) as Json;
    expect((await bearer(made.token)).status).toBe(200);
    await t.store.db
      .updateTable('api_token')
      .set({ expires_at: '2001-01-01T00:00:00.000Z' })
      .where('id', '=', made.record.id)
      .execute();
    expect((await bearer(made.token)).status).toBe(401);
    const listed = (await (
      await fetch(`${base}/api/v1/tokens`, { headers: { authorization: `Bearer ${dewi.token}` } })
    ).json()) as Json;
    expect(JSON.stringify(listed)).not.toContain(dewi.token); // a token is shown once, never listed
    const own = listed.tokens.find((x: Json) => x.name === 'uji');
    const revoked = await fetch(`${base}/api/v1/tokens/${own.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${made.token}` },
    });
    expect(revoked.status).toBe(401); // the expired token cannot revoke anything
    await fetch(`${base}/api/v1/tokens/${own.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${dewi.token}` },
    });
    expect((await bearer(dewi.token)).status).toBe(401);

    const eko = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const admin = await buildUser(t.store, { admin: true });
    const disabled = await fetch(`${base}/api/v1/users/${eko.user.id}?workspace=${ws.slug}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    expect(disabled.status).toBe(200);
    expect((await bearer(eko.token)).status).toBe(401);
    expect((await signIn(eko.user.email, eko.password)).status).toBe(401);
  });

  test('passwords, tokens and session secrets never reach the log', async () => {
    const fitri = await buildUser(t.store, { role: 'analyst', workspace: ws });
    const s = await session(fitri);
    await get('/api/v1/sources', s.cookie);
    await fetch(`${base}/api/v1/sources`, { headers: { authorization: `Bearer ${fitri.token}` } });
    await signIn(fitri.user.email, 'sandi-salah-yang-rahasia');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [
      fitri.password,
      fitri.token,
      s.cookie.split('=')[1],
      s.csrf,
      'sandi-salah-yang-rahasia',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
