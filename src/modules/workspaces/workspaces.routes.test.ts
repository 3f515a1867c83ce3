// Renaming, removing and choosing the default workspace over real HTTP on loopback, on both stores:
// what `pantau workspace rename|remove|default` does, for installation administrators only (an
// analyst, or a workspace's own administrator, is refused and nothing changes), each change in the
// audit trail with who made it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { systemCtx, withWorkspace } from '../../kernel/ctx.ts';
import { buildApp } from '../../main/app.ts';
import { addSource } from '../sources/sources.service.ts';
import { listWorkspaces } from './workspaces.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('workspaces API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let admin: BuiltUser;
  let analyst: BuiltUser;
  let localAdmin: BuiltUser;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const kota = await buildWorkspace(t.store, { slug: 'kota', name: 'Pemerintah Kota Sukamaju' });
    const kab = await buildWorkspace(t.store, { slug: 'kab', name: 'Pemerintah Kabupaten Sukamaju' });
    await addSource(withWorkspace(systemCtx(t.store), kota), { url: 'https://warta-kota.example/rss' });
    await addSource(withWorkspace(systemCtx(t.store), kab), { url: 'https://suara-kab.example/rss' });
    admin = await buildUser(t.store, { admin: true, name: 'Admin Diskominfo' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: kota });
    // The workspace's own administrator manages its people, not the installation's workspaces.
    localAdmin = await buildUser(t.store, { role: 'admin', workspace: kota });
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = async (who: BuiltUser, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${who.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Json };
  };
  const slugs = async () => (await listWorkspaces(t.store)).map((w) => w.slug).sort();
  const audit = async (action: string) =>
    (await call(admin, 'GET', `/api/v1/audit?action=${action}`)).body.entries as Json[];

  test('an analyst or a workspace administrator is refused, and nothing changes', async () => {
    for (const who of [analyst, localAdmin]) {
      const refused = [
        await call(who, 'PATCH', '/api/v1/workspaces/kota', { name: 'Pemkot' }),
        await call(who, 'PUT', '/api/v1/workspaces/default', { slug: 'kota' }),
        await call(who, 'DELETE', '/api/v1/workspaces/kab'),
      ];
      for (const r of refused) {
        expect(r.status).toBe(403);
        expect(r.type).toContain('application/problem+json');
        expect(r.body.code).toBe('forbidden');
      }
    }
    expect(await slugs()).toEqual(['kab', 'kota']);
    expect((await call(admin, 'GET', '/api/v1/workspaces')).body.default).toBeNull();
    for (const action of ['workspaces.rename', 'workspaces.default', 'workspaces.remove'])
      expect(await audit(action)).toEqual([]);
  });

  test('an administrator renames, sets the default and removes; each change is audited', async () => {
    const conflict = await call(admin, 'PATCH', '/api/v1/workspaces/kota', { slug: 'kab' });
    expect(conflict.status).toBe(409);
    expect((await call(admin, 'PATCH', '/api/v1/workspaces/kota', {})).status).toBe(400);
    expect((await call(admin, 'PATCH', '/api/v1/workspaces/tidak-ada', { name: 'X' })).status).toBe(404);

    const renamed = await call(admin, 'PATCH', '/api/v1/workspaces/kota', {
      name: 'Pemkot Sukamaju',
      slug: 'sukamaju',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.workspace).toMatchObject({ slug: 'sukamaju', name: 'Pemkot Sukamaju' });
    expect(await slugs()).toEqual(['kab', 'sukamaju']);
    // Its people and records follow it: the analyst now names it by its new slug.
    const sources = await call(analyst, 'GET', '/api/v1/sources?workspace=sukamaju');
    expect(sources.body.sources.map((s: Json) => s.url)).toEqual(['https://warta-kota.example/rss']);
    const [renaming] = await audit('workspaces.rename');
    expect(renaming).toMatchObject({
      userId: admin.user.id,
      actor: admin.user.email,
      recordType: 'workspace',
    });
    expect(renaming.changes).toEqual({
      before: { slug: 'kota', name: 'Pemerintah Kota Sukamaju' },
      after: { slug: 'sukamaju', name: 'Pemkot Sukamaju' },
    });

    // With two workspaces and no default, a request naming none is asked to choose; then it lands in the default.
    expect((await call(admin, 'GET', '/api/v1/sources')).status).toBe(400);
    const chosen = await call(admin, 'PUT', '/api/v1/workspaces/default', { slug: 'kab' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.workspace.slug).toBe('kab');
    expect((await call(admin, 'GET', '/api/v1/workspaces')).body.default).toBe('kab');
    const unnamed = await call(admin, 'GET', '/api/v1/sources');
    expect(unnamed.body.sources.map((s: Json) => s.url)).toEqual(['https://suara-kab.example/rss']);
    expect((await audit('workspaces.default'))[0]).toMatchObject({
      userId: admin.user.id,
      changes: { before: { default: null }, after: { default: 'kab' } },
    });

    const removed = await call(admin, 'DELETE', '/api/v1/workspaces/sukamaju');
    expect(removed.status).toBe(200);
    expect(removed.body.removed).toMatchObject({ sources: 1, articles: 0, members: 2 });
    expect(await slugs()).toEqual(['kab']);
    // Its analyst no longer reaches it; the other workspace's source is untouched.
    expect((await call(analyst, 'GET', '/api/v1/sources?workspace=sukamaju')).status).toBe(404);
    expect((await call(admin, 'GET', '/api/v1/sources?workspace=kab')).body.sources).toHaveLength(1);
    const [removal] = await audit('workspaces.remove');
    expect(removal).toMatchObject({ userId: admin.user.id, recordId: String(renamed.body.workspace.id) });
    expect(removal.changes.before).toMatchObject({ slug: 'sukamaju', sources: 1 });
    expect((await call(admin, 'GET', '/api/v1/audit/verify')).body.intact).toBe(true);
  });
});
