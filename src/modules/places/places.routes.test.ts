// /api/v1/places over real HTTP on loopback, on both stores.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { buildApp } from '../../main/app.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('places API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let TOKEN = '';
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const workspace = await buildWorkspace(t.store, { slug: 'kota' });
    TOKEN = (await buildUser(t.store, { role: 'analyst', workspace })).token;
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  const call = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as Json };
  };

  test('add, import, list, remove; duplicates and bad kinds refused', async () => {
    const added = await call('POST', '/api/v1/places', { name: 'Cibiru', kind: 'kecamatan' });
    expect(added.status).toBe(201);
    expect(added.body.place).toMatchObject({ name: 'Cibiru', kind: 'district' });
    expect((await call('POST', '/api/v1/places', { name: 'Cibiru', kind: 'kecamatan' })).status).toBe(409);
    expect((await call('POST', '/api/v1/places', { name: 'Jawa', kind: 'pulau' })).status).toBe(400);
    const imported = await call('POST', '/api/v1/places/import', {
      text: 'Cipadung Kidul,kelurahan,Cibiru\nCibiru,kecamatan',
    });
    expect(imported.body).toEqual({ read: 2, added: 1, skipped: 1 });
    const list = (await call('GET', '/api/v1/places')).body.places;
    expect(list.map((p: { name: string }) => p.name)).toEqual(['Cibiru', 'Cipadung Kidul']);
    expect((await call('DELETE', `/api/v1/places/${list[0].id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/v1/places/${list[0].id}`)).status).toBe(404);
    expect((await call('GET', '/api/v1/places')).body.places).toHaveLength(1);
  });
});
