// /api/v1/places/regions and /api/v1/places/region over real HTTP on loopback, on both stores.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { buildApp } from '../../main/app.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('regions API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let ANALYST = '';
  let VIEWER = '';
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const workspace = await buildWorkspace(t.store, { slug: 'mojokerto', region: 'Kota Mojokerto' });
    ANALYST = (await buildUser(t.store, { role: 'analyst', workspace })).token;
    VIEWER = (await buildUser(t.store, { role: 'viewer', workspace })).token;
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  const call = async (token: string, method: string, p: string, body?: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  test('search the list, load a city once; viewers, ambiguous and unknown names refused', async () => {
    const found = await call(VIEWER, 'GET', '/api/v1/places/regions?q=mojokerto');
    expect(found.status).toBe(200);
    expect(found.body.regions).toEqual([
      { code: '35.16', name: 'Kabupaten Mojokerto', province: 'Jawa Timur' },
      { code: '35.76', name: 'Kota Mojokerto', province: 'Jawa Timur' },
    ]);
    expect((await call(VIEWER, 'POST', '/api/v1/places/region', { region: '35.76' })).status).toBe(403);

    const ambiguous = await call(ANALYST, 'POST', '/api/v1/places/region', { region: 'Mojokerto' });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.detail).toMatch(/^"Mojokerto" bisa berarti 2 wilayah;.*Kota Mojokerto \(35\.76/);
    const english = await fetch(`${base}/api/v1/places/region`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${ANALYST}`,
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      body: JSON.stringify({ region: 'Mojokerto' }),
    });
    expect(((await english.json()) as Json).detail).toMatch(/^"Mojokerto" may mean 2 regions/);
    expect((await call(ANALYST, 'POST', '/api/v1/places/region', { region: 'Atlantis' })).status).toBe(404);
    expect((await call(ANALYST, 'POST', '/api/v1/places/region', { region: ' ' })).status).toBe(400);

    const loaded = await call(ANALYST, 'POST', '/api/v1/places/region', { region: 'Kota Mojokerto' });
    expect(loaded).toEqual({
      status: 200,
      body: {
        region: { code: '35.76', name: 'Kota Mojokerto', province: 'Jawa Timur' },
        districts: 3,
        villages: 18,
        skipped: 0,
      },
    });
    const again = await call(ANALYST, 'POST', '/api/v1/places/region', { region: '3576' });
    expect(again.body).toMatchObject({ districts: 0, villages: 0, skipped: 21 });
    const places = (await call(VIEWER, 'GET', '/api/v1/places')).body.places;
    expect(places.filter((p: Json) => p.kind === 'district').map((p: Json) => p.name)).toEqual([
      'Kranggan',
      'Magersari',
      'Prajuritkulon',
    ]);
    expect(places).toContainEqual(
      expect.objectContaining({ name: 'Wates', kind: 'village', parent: 'Magersari' }),
    );
  });
});
