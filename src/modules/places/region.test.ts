// An office picks its own regency or city from the official list and its kecamatan and kelurahan/desa
// become the workspace's places, on both stores: once only, audited, refused to a viewer, refused with
// the candidates for an unknown or ambiguous name, and read as places by the analysis.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildUser } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { findAnalysis } from '../analysis/analysis.repo.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { listAuditTrail } from '../audit/audit.service.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { findRegions, listPlaces, loadRegion, workspaceGazetteerEntries } from './places.service.ts';

// Kota Sabang (11.72, Aceh) in idn-area-data 4: three kecamatan and 18 gampong (desa).
const SABANG = { code: '11.72', name: 'Kota Sabang', province: 'Aceh' };

describe.each(DIALECTS)('a region loaded from the official list on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    ws = await insertWorkspace(t.store, {
      slug: 'sabang',
      name: 'Pemerintah Kota Sabang',
      region: 'Kota Sabang',
      timeZone: 'WIB',
    });
  });
  afterEach(async () => t.dispose());

  test('loads the districts and villages once, each village under its district', async () => {
    expect(await findRegions(t.store, { query: 'sabang' })).toEqual([SABANG]);
    expect(await loadRegion(t.store, { region: 'Kota Sabang' })).toEqual({
      region: SABANG,
      districts: 3,
      villages: 18,
      skipped: 0,
    });
    const places = await listPlaces(t.store);
    expect(places.filter((p) => p.kind === 'district').map((p) => p.name)).toEqual([
      'Sukajaya',
      'Sukakarya',
      'Sukamakmue',
    ]);
    const villages = places.filter((p) => p.kind === 'village');
    expect(villages).toHaveLength(18);
    expect(villages.map((p) => [p.name, p.parent])).toEqual(
      expect.arrayContaining([
        ['Iboih', 'Sukamakmue'],
        ['Jaboi', 'Sukajaya'],
        ['Balohan', 'Sukajaya'],
        ['Krueng Raya', 'Sukakarya'],
      ]),
    );

    // Again, by its code: nothing new, and the answer says so.
    expect(await loadRegion(t.store, { region: '1172' })).toEqual({
      region: SABANG,
      districts: 0,
      villages: 0,
      skipped: 21,
    });
    expect(await listPlaces(t.store)).toHaveLength(21);
    const audit = await listAuditTrail(systemCtx(t.store), { action: 'places.region' });
    expect(audit).toHaveLength(2);
    expect(audit.every((r) => r.workspaceId === ws.id)).toBe(true);
  });

  test('an unknown or ambiguous region is refused, naming the candidates', async () => {
    await expect(loadRegion(t.store, { region: 'Mojokerto' })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(
        /bisa berarti 2 wilayah;.*Kabupaten Mojokerto \(35\.16, Jawa Timur\); Kota Mojokerto \(35\.76, Jawa Timur\)/,
      ),
    });
    await expect(loadRegion(t.store, { region: 'Kota Sabag' })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('Mungkin maksud Anda: Kota Sabang (11.72, Aceh)'),
    });
    await expect(loadRegion(t.store, { region: '99.99' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await listPlaces(t.store)).toEqual([]);
    expect(await listAuditTrail(systemCtx(t.store), { action: 'places.region' })).toEqual([]);
  });

  test('a viewer may search the list but not load a region', async () => {
    const viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    expect((await findRegions(viewer.ctx, { query: '11.7' })).map((r) => r.name)).toContain('Kota Sabang');
    await expect(loadRegion(viewer.ctx, { region: 'Kota Sabang' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const analyst = await buildUser(t.store, { role: 'analyst', workspace: ws });
    expect((await loadRegion(analyst.ctx, { region: 'Sabang' })).villages).toBe(18);
  });

  test('the analysis reads the district and villages of the region as places', {
    timeout: 60_000,
  }, async () => {
    const text = 'Wisatawan memadati Iboih dan Keunekai pada libur panjang, kata petugas dari Sukamakmue.';
    const [id] = await storeArticles(t.store, ws.id, [
      { url: 'https://warta.example/sabang', title: 'Libur panjang di Sabang', text },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    const types = async () => {
      await analyzeStoredArticle(t.store, pages, id);
      const found = (await findAnalysis(t.store, id))?.entities ?? [];
      return ['Keunekai', 'Sukamakmue'].map(
        (name) => found.find((e) => e.start === text.indexOf(name) && e.text === name)?.type,
      );
    };
    try {
      // Unknown to the shipped lists: no places yet.
      expect(await types()).not.toContain('LOC');
      await loadRegion(t.store, { region: 'Kota Sabang' });
      expect(await workspaceGazetteerEntries(t.store, ws.id)).toEqual(
        expect.arrayContaining([
          { name: 'Keunekai', kind: 'village' },
          { name: 'Sukamakmue', kind: 'district' },
        ]),
      );
      expect(await types()).toEqual(['LOC', 'LOC']);
    } finally {
      await pages.close();
    }
  });
});
