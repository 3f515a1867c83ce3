// The workspace's own places on both stores: added one by one or imported from a list, refused when
// malformed, and — through the page processes the analysis runs in — read as places in articles.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { findAnalysis } from '../analysis/analysis.repo.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { addPlace, importPlaces, listPlaces, removePlace } from './places.service.ts';

// Sentences where nothing but the workspace's list says the names are places: without it the
// recogniser reads a speaker there.
const TEXT = 'Menurut Cipadung Kidul, jalan rusak. Sementara itu air mulai surut, kata Pasirjati.';

describe.each(DIALECTS)('workspace places on %s', (dialect) => {
  let t: TestStore;
  let wsId = 0;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    wsId = (await insertWorkspace(t.store, { slug: 'kota', name: 'Kota', region: 'Kota', timeZone: 'WIB' }))
      .id;
  });
  afterEach(async () => t.dispose());

  test('add, import, list and remove', async () => {
    const added = await addPlace(t.store, { name: '  Pasirjati ', kind: 'kecamatan' });
    expect(added).toMatchObject({ name: 'Pasirjati', kind: 'district', parent: null });
    await expect(addPlace(t.store, { name: 'Pasirjati', kind: 'kecamatan' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(addPlace(t.store, { name: 'Pasirjati', kind: 'kota' })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(addPlace(t.store, { name: '   ' })).rejects.toMatchObject({ code: 'validation' });

    const list =
      'nama,jenis,induk\nCipadung  Kidul,kelurahan,Pasirjati\n# catatan\n\n"Sukarame Hilir",desa\nPasirjati,kecamatan\nPasar Kembang\n';
    expect(await importPlaces(t.store, { text: list })).toEqual({ read: 4, added: 3, skipped: 1 });
    const places = await listPlaces(t.store);
    expect(places.map((p) => [p.name, p.kind, p.parent])).toEqual([
      ['Pasirjati', 'district', null],
      ['Pasar Kembang', 'place', null],
      ['Cipadung Kidul', 'village', 'Pasirjati'],
      ['Sukarame Hilir', 'village', null],
    ]);

    // One bad line refuses the whole list, saying which line.
    await expect(importPlaces(t.store, { text: 'Cibodas,desa\nCiwaru,provinsi\n' })).rejects.toThrow(
      /Baris 2/,
    );
    expect(await listPlaces(t.store)).toHaveLength(4);

    await removePlace(t.store, added.id);
    expect((await listPlaces(t.store)).map((p) => p.name)).not.toContain('Pasirjati');
    await expect(removePlace(t.store, added.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  test('articles analysed in page processes read the places as places', { timeout: 60_000 }, async () => {
    const pages = createPageAnalyser({ processes: 1 });
    try {
      const [id] = await storeArticles(t.store, wsId, [
        { url: 'https://warta.example/jalan', title: 'Jalan rusak', text: TEXT },
      ]);
      const typeOf = async (name: string) => {
        await analyzeStoredArticle(t.store, pages, id);
        const start = TEXT.indexOf(name);
        return (await findAnalysis(t.store, id))?.entities.find((e) => e.start === start && e.text === name)
          ?.type;
      };
      // Unknown to the shipped lists, these read as people.
      expect(await typeOf('Cipadung Kidul')).not.toBe('LOC');
      expect(await typeOf('Pasirjati')).not.toBe('LOC');
      await importPlaces(t.store, { text: 'Cipadung Kidul,kelurahan\nPasirjati,kecamatan\n' });
      expect(await typeOf('Cipadung Kidul')).toBe('LOC');
      expect(await typeOf('Pasirjati')).toBe('LOC');
    } finally {
      await pages.close();
    }
  });
  test("the workspace's own region reads as a place between a role and a name", async () => {
    const ws = await insertWorkspace(t.store, {
      slug: 'sukamaju',
      name: 'Pemkot Sukamaju',
      region: 'Kota Sukamaju',
      timeZone: 'WIB',
    });
    const [id] = await storeArticles(t.store, ws.id, [
      {
        url: 'https://berita.test/wali',
        title: 'Wali kota meninjau banjir',
        text: 'Wali Kota Sukamaju Arief Wicaksono meninjau lokasi banjir. Ketua KONI Sukamaju Hendra Gunawan hadir.',
      },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    try {
      await analyzeStoredArticle(t.store, pages, id);
    } finally {
      await pages.close();
    }
    const people = (await findAnalysis(t.store, id))?.entities
      .filter((e) => e.type === 'PER')
      .map((e) => e.text);
    expect(people).toEqual(['Arief Wicaksono', 'Hendra Gunawan']);
  });
});
