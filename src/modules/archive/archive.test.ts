// The SOP B archive as the office's information desk (PPID) uses it: one search over the agenda
// book's letters and the press releases, narrowed by public-information class or kind, never
// showing another workspace's records, closed to roles that may not read the letters.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { findMembership } from '../issues/issues.repo.ts';
import { registerLetter } from '../letters/letters.service.ts';
import { draftPublication } from '../publications/publications.service.ts';
import { searchArchive } from './archive.service.ts';

describe.each(DIALECTS)('SOP B archive on %s', (dialect) => {
  let t: TestStore;
  let analyst: BuiltUser;
  let viewer: BuiltUser;
  let neighbour: BuiltUser;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'arsip-sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'arsip-tetangga' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws });
    viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    neighbour = await buildUser(t.store, { role: 'analyst', workspace: other });
    const letter = (subject: string, nature: 'biasa' | 'rahasia', day: string) => ({
      direction: 'masuk' as const,
      letterNumber: `800/${subject.length}/2026`,
      letterDate: day,
      receivedSentDate: day,
      counterpart: 'Kecamatan Pesisir',
      subject,
      nature,
    });
    await registerLetter(
      analyst.ctx,
      letter('Laporan genangan rob di Kelurahan Tambaklorok', 'biasa', '2026-12-01'),
    );
    await registerLetter(analyst.ctx, letter('Data penerima bantuan korban rob', 'rahasia', '2026-12-02'));
    await registerLetter(neighbour.ctx, letter('Rob di kota tetangga', 'biasa', '2026-12-03'));
    const pages = createPageAnalyser({ processes: 0 });
    const article = await buildArticle(t.store, ws, {
      title: 'Banjir Rob Tambaklorok Belum Surut',
      text: 'Banjir rob kembali merendam Tambaklorok. Warga mengeluh pompa air tidak bekerja.',
    });
    await analyzeStoredArticle(t.store, pages, article);
    await pages.close();
    const issueId = (await findMembership(t.store.db, article))?.issueId as number;
    await draftPublication(analyst.ctx, { issueId });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  test('one search finds letters and releases, newest first, each with its class', async () => {
    const found = await searchArchive(analyst.ctx, { q: 'rob' });
    expect(found.items.map((i) => `${i.kind}:${i.publicClass}`)).toEqual([
      'publication:serta_merta',
      'letter:dikecualikan',
      'letter:setiap_saat',
    ]);
    expect(found.items[1]).toMatchObject({
      title: 'Data penerima bantuan korban rob',
      link: expect.stringMatching(/^\/agenda\/\d+$/),
    });
    expect(found.items[0].detail).toBe('Siaran pers (draf)');
    expect(found.items.some((i) => i.title.includes('tetangga'))).toBe(false);
  });

  test('narrowed by class and by kind, and by every word asked', async () => {
    const exempt = await searchArchive(analyst.ctx, { publicClass: 'dikecualikan' });
    expect(exempt.items.map((i) => i.title)).toEqual(['Data penerima bantuan korban rob']);
    const letters = await searchArchive(analyst.ctx, { kind: 'letter', q: 'rob tambaklorok' });
    expect(letters.items.map((i) => i.title)).toEqual(['Laporan genangan rob di Kelurahan Tambaklorok']);
    expect((await searchArchive(analyst.ctx, { q: 'jembatan' })).items).toEqual([]);
  });

  test('the neighbour sees only their own, a viewer nothing', async () => {
    const theirs = await searchArchive(neighbour.ctx, { q: 'rob' });
    expect(theirs.items.map((i) => i.title)).toEqual(['Rob di kota tetangga']);
    await expect(searchArchive(viewer.ctx, { q: 'rob' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
