// Entity and quote-speaker corrections on both stores: an analyst retypes, renames, removes or adds
// an entity mention and names a quote's speaker; the article's analysis shows the corrections, bad
// spans are refused, and the workspace's next analyses learn the corrected forms.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser, type PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { findAnalysis } from '../analysis/analysis.repo.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { correctEntity, correctQuoteSpeaker } from './analysis-corrections.service.ts';

const TEXT =
  'Wali Kota Sukamaju Arief Wicaksono meninjau Pasar Kembang bersama Dinas Pekerjaan Umum. ' +
  '"Perbaikan jalan selesai bulan depan," kata Arief. Warga Kampung Duri Selatan mengeluhkan ' +
  'genangan. Ketua RT Samsul Bahri menyebut Tim Gerak Cepat datang terlambat. ' +
  'Kadis PU Sukamaju Bambang Irawan menyebut pompa tambahan datang Senin.';

/** Where a phrase sits in the text, as an analyst would select it. */
function span(phrase: string, text = TEXT) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

describe.each(DIALECTS)('entity and quote corrections on %s', (dialect) => {
  let t: TestStore;
  let wsId = 0;
  let articleId = 0;
  const pages: PageAnalyser = createPageAnalyser({ processes: 0 });

  beforeEach(async () => {
    t = await openTestStore(dialect);
    wsId = (await insertWorkspace(t.store, { slug: 'kota', name: 'Kota', region: 'Kota', timeZone: 'WIB' }))
      .id;
    [articleId] = await storeArticles(t.store, wsId, [
      { url: 'https://warta.example/pasar', title: 'Wali Kota tinjau pasar', text: TEXT },
    ]);
    expect(await analyzeStoredArticle(t.store, pages, articleId)).toBe(true);
  });
  afterEach(async () => t.dispose());

  const entityAt = async (phrase: string) => {
    const { start, end } = span(phrase);
    return (await articleAnalysis(t.store, articleId)).entities.find(
      (e) => e.start === start && e.end === end,
    );
  };

  test('retype, rename, remove and add entities; the analysis shows them corrected', async () => {
    const market = span('Pasar Kembang');
    expect(await entityAt('Pasar Kembang')).toMatchObject({ type: 'LOC' });
    await correctEntity(t.store, { articleId, ...market, type: 'ORG', actor: 'Rina' });
    expect(await entityAt('Pasar Kembang')).toMatchObject({
      type: 'ORG',
      canonical: 'Pasar Kembang',
      corrected: true,
    });
    // Renaming keeps the analyst's earlier type.
    await correctEntity(t.store, { articleId, ...market, canonical: 'UPT Pasar Kembang', actor: 'Budi' });
    expect(await entityAt('Pasar Kembang')).toMatchObject({ type: 'ORG', canonical: 'UPT Pasar Kembang' });

    await correctEntity(t.store, {
      articleId,
      ...span('Dinas Pekerjaan Umum'),
      notEntity: true,
      actor: 'Rina',
    });
    expect(await entityAt('Dinas Pekerjaan Umum')).toBeUndefined();

    await correctEntity(t.store, {
      articleId,
      ...span('Samsul Bahri'),
      type: 'orang',
      canonical: 'Samsul Bahri',
      actor: 'Rina',
    });
    expect(await entityAt('Samsul Bahri')).toMatchObject({
      type: 'PER',
      text: 'Samsul Bahri',
      corrected: true,
    });

    const analysis = await articleAnalysis(t.store, articleId);
    const byActor = analysis.corrections.filter((c) => c.kind === 'entity').map((c) => c.actor);
    expect(byActor.sort()).toEqual(['Budi', 'Rina', 'Rina']);
    // Untouched mentions stay as the analysis found them.
    expect(analysis.entities.find((e) => e.text === 'Arief')).toMatchObject({ type: 'PER' });
    expect(analysis.entities.find((e) => e.text === 'Arief')).not.toHaveProperty('corrected');
  });

  test('an added mention replaces the automatic one it overlaps', async () => {
    // The recogniser takes the office's city for part of the head's name.
    const wrong = span('Sukamaju Bambang Irawan');
    expect(await entityAt('Sukamaju Bambang Irawan')).toMatchObject({ type: 'PER' });
    await correctEntity(t.store, { articleId, ...span('Bambang Irawan'), type: 'PER', actor: 'Rina' });
    const entities = (await articleAnalysis(t.store, articleId)).entities;
    expect(entities.some((e) => e.start === wrong.start)).toBe(false);
    expect(entities.find((e) => e.text === 'Bambang Irawan')).toMatchObject({
      type: 'PER',
      corrected: true,
    });
  });

  test('bad corrections are refused with a clear reason', async () => {
    const refused = (input: Parameters<typeof correctEntity>[1]) =>
      expect(correctEntity(t.store, input)).rejects.toMatchObject({ code: 'validation' });
    const market = span('Pasar Kembang');
    await refused({ articleId, start: 0, end: TEXT.length + 5, type: 'PER', actor: 'Rina' });
    await refused({ articleId, start: 12, end: 12, type: 'PER', actor: 'Rina' });
    await refused({ articleId, ...span('meninjau'), notEntity: true, actor: 'Rina' });
    await refused({ articleId, ...span('meninjau'), canonical: 'Meninjau', actor: 'Rina' });
    await refused({ articleId, ...market, type: 'BENDA', actor: 'Rina' });
    await refused({ articleId, ...market, actor: 'Rina' });
    await refused({ articleId, ...market, notEntity: true, type: 'ORG', actor: 'Rina' });
    const quote = span('Perbaikan jalan selesai bulan depan');
    await expect(
      correctQuoteSpeaker(t.store, {
        articleId,
        start: quote.start + 1,
        end: quote.end,
        speaker: 'Arief',
        actor: 'Rina',
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      correctQuoteSpeaker(t.store, { articleId, ...quote, speaker: '  ', actor: 'Rina' }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      correctEntity(t.store, { articleId: articleId + 100, ...market, type: 'ORG', actor: 'Rina' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await articleAnalysis(t.store, articleId)).corrections).toEqual([]);
  });

  test('a quote speaker correction wins in the analysis', async () => {
    const quote = span('Perbaikan jalan selesai bulan depan');
    await correctQuoteSpeaker(t.store, { articleId, ...quote, speaker: 'Arief Wicaksono', actor: 'Rina' });
    const quotes = (await articleAnalysis(t.store, articleId)).quotes;
    expect(quotes.find((q) => q.start === quote.start)).toMatchObject({
      speaker: 'Arief Wicaksono',
      speakerCanonical: 'Arief Wicaksono',
      corrected: true,
    });
  });

  test("the workspace's next analyses learn corrected forms, and forms that are not entities", async () => {
    const later =
      'Tim Gerak Cepat kembali turun ke Pasar Kembang. Menurut Ketua RT Samsul Bahri warga sudah lega, ' +
      'sementara Dinas Pekerjaan Umum menambah pompa.';
    const [next] = await storeArticles(t.store, wsId, [
      { url: 'https://warta.example/lanjutan', title: 'Lanjutan', text: later },
    ]);
    const entitiesOfNext = async () => {
      await analyzeStoredArticle(t.store, pages, next);
      const found = (await findAnalysis(t.store, next))?.entities ?? [];
      return (phrase: string) => found.find((e) => e.start === span(phrase, later).start);
    };
    // Before any correction the recogniser misses the team, reads the market as a place, and gets
    // the neighbourhood head right.
    const uncorrected = await entitiesOfNext();
    expect(uncorrected('Tim Gerak Cepat')).toBeUndefined();
    expect(uncorrected('Samsul Bahri')).toMatchObject({ type: 'PER', text: 'Samsul Bahri' });
    expect(uncorrected('Pasar Kembang')).toMatchObject({ type: 'LOC' });

    await correctEntity(t.store, {
      articleId,
      ...span('Tim Gerak Cepat'),
      type: 'ORG',
      canonical: 'Tim Gerak Cepat (TGC)',
      actor: 'Rina',
    });
    await correctEntity(t.store, { articleId, ...span('Samsul Bahri'), type: 'PER', actor: 'Rina' });
    await correctEntity(t.store, { articleId, ...span('Pasar Kembang'), notEntity: true, actor: 'Rina' });
    const learnt = await entitiesOfNext();
    expect(learnt('Tim Gerak Cepat')).toMatchObject({
      type: 'ORG',
      canonical: 'Tim Gerak Cepat (TGC)',
      text: 'Tim Gerak Cepat',
    });
    expect(learnt('Samsul Bahri')).toMatchObject({ type: 'PER', text: 'Samsul Bahri' });
    expect(learnt('Pasar Kembang')).toBeUndefined();
    expect(learnt('Dinas Pekerjaan Umum')).toMatchObject({ type: 'ORG' });
  });
});
