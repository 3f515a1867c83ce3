// Quote-speaker corrections teach the workspace, on both stores with the real analysis: after an
// analyst names the speakers of a protest report, the next report of the same kind gives the
// protest coordinator's words to him and not to the mayor, and "kata Kadis PU" to the person who
// holds that office; another workspace is unaffected, and a replaced correction teaches nothing.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Quote } from '../../analyze/types.ts';
import { createPageAnalyser, type PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { findAnalysis } from '../analysis/analysis.repo.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { correctQuoteSpeaker } from './analysis-corrections.service.ts';
import { learntSpeakers } from './speaker-learning.service.ts';

const PROTEST =
  'Ratusan warga Kelurahan Cibeureum berunjuk rasa di depan Balai Kota Sukamaju, Selasa (4/3/2025), ' +
  'menuntut penanganan banjir yang lebih cepat. Wali Kota Sukamaju Arief Wicaksono sempat menemui massa ' +
  'dan berjanji menambah pompa.\n' +
  'Aksi itu dipimpin Fajar Nugraha dari Aliansi Warga Peduli Banjir. “Wali kota gagal melindungi ' +
  'warganya. Sudah tiga hari air tidak surut,” ujarnya.\n' +
  'Kadis PU Sukamaju Bambang Irawan meninjau tanggul yang jebol di Cibeureum. “Pompa tambahan tiba ' +
  'Senin dan tanggul kami perkuat,” kata Kadis PU.';

const FOLLOW_UP =
  'Banjir kembali merendam Cibeureum, Kamis (6/3/2025). Wali Kota Sukamaju Arief Wicaksono meninjau ' +
  'posko pengungsian di Masjid Al-Ikhlas.\n' +
  'Di depan posko, Fajar Nugraha kembali menggelar aksi bersama puluhan warga. “Janji pompa tambahan ' +
  'belum ditepati sampai hari ini,” ujarnya.\n' +
  '“Dua pompa sudah terpasang, sisanya tiba besok pagi,” kata Kadis PU.';

function quoteOf(quotes: readonly Quote[], words: string, text: string): Quote {
  const start = text.indexOf(words);
  const quote = quotes.find((q) => q.start === start);
  if (!quote) throw new Error(`no quote at: ${words}`);
  return quote;
}

describe.each(DIALECTS)('learning from quote-speaker corrections on %s', (dialect) => {
  let t: TestStore;
  const pages: PageAnalyser = createPageAnalyser({ processes: 0 });
  let kota = 0;
  let tetangga = 0;
  let protest = 0;

  beforeEach(async () => {
    t = await openTestStore(dialect);
    const ws = (slug: string) =>
      insertWorkspace(t.store, { slug, name: slug, region: 'Kota', timeZone: 'WIB' });
    kota = (await ws('kota')).id;
    tetangga = (await ws('tetangga')).id;
    [protest] = await storeArticles(t.store, kota, [
      { url: 'https://warta.example/demo-banjir', title: 'Warga demo soal banjir', text: PROTEST },
    ]);
    await analyzeStoredArticle(t.store, pages, protest);
  });
  afterEach(async () => t.dispose());

  /** A new follow-up report stored and analysed in a workspace: its two quotes. */
  const followUpIn = async (workspaceId: number, slug: string) => {
    const [id] = await storeArticles(t.store, workspaceId, [
      { url: `https://warta.example/${slug}`, title: 'Banjir lagi', text: FOLLOW_UP },
    ]);
    await analyzeStoredArticle(t.store, pages, id);
    const quotes = (await findAnalysis(t.store, id))?.quotes ?? [];
    return {
      critic: quoteOf(quotes, 'Janji pompa tambahan', FOLLOW_UP),
      office: quoteOf(quotes, 'Dua pompa sudah terpasang', FOLLOW_UP),
    };
  };

  /** The analyst names the speaker of a quote of the protest report, found by its words. */
  const name = async (words: string, speaker: string) => {
    const quotes = (await findAnalysis(t.store, protest))?.quotes ?? [];
    const { start, end } = quoteOf(quotes, words, PROTEST);
    await correctQuoteSpeaker(t.store, { articleId: protest, start, end, speaker, actor: 'Rina' });
  };

  test('the next report gives the critic his words and the Kadis PU a name; another workspace is unaffected', async () => {
    // Before: the coordinator's words go to the mayor named before him, as in the protest report.
    const before = await followUpIn(kota, 'sebelum');
    expect(before.critic).toMatchObject({ speaker: 'Arief Wicaksono', role: 'Wali Kota Sukamaju' });
    expect(before.office.speakerCanonical).not.toBe('Bambang Irawan');
    const protestQuotes = (await findAnalysis(t.store, protest))?.quotes ?? [];
    expect(quoteOf(protestQuotes, 'Wali kota gagal', PROTEST).speaker).toBe('Arief Wicaksono');

    await name('Wali kota gagal', 'Fajar Nugraha');
    await name('Pompa tambahan tiba', 'Bambang Irawan');

    const after = await followUpIn(kota, 'sesudah');
    expect(after.critic).toMatchObject({ speaker: 'Fajar Nugraha', speakerCanonical: 'Fajar Nugraha' });
    expect(after.office).toMatchObject({
      speaker: 'Bambang Irawan',
      speakerCanonical: 'Bambang Irawan',
      role: 'Kadis PU',
    });
    // The mayor is not banned: he was not shown as the coordinator, so no title of his is learnt.
    expect((await learntSpeakers(t.store, kota)).speakers.holders).toEqual([
      { title: 'Kadis PU', person: 'Bambang Irawan' },
    ]);

    const elsewhere = await followUpIn(tetangga, 'tetangga');
    expect(elsewhere.critic).toEqual(before.critic);
    expect(elsewhere.office).toEqual(before.office);
  });

  test('a title is not learnt for a person the text does not show holding it', async () => {
    // The analyst says the quote after "kata Kadis PU" was the mayor's: he may well have said it,
    // but nothing in the text makes him the Kadis PU.
    await name('Pompa tambahan tiba', 'Arief Wicaksono');
    const after = await followUpIn(kota, 'sesudah');
    expect(after.office.speakerCanonical).not.toBe('Arief Wicaksono');
    expect((await learntSpeakers(t.store, kota)).speakers.holders).toEqual([]);
  });

  test('a correction replaced by a newer one teaches only the newer', async () => {
    // First the analyst copies the recogniser's misreading, then fixes it.
    await name('Pompa tambahan tiba', 'Sukamaju Bambang Irawan');
    expect((await followUpIn(kota, 'pertama')).office.speakerCanonical).toBe('Sukamaju Bambang Irawan');
    await name('Pompa tambahan tiba', 'Bambang Irawan');
    expect((await followUpIn(kota, 'kedua')).office.speakerCanonical).toBe('Bambang Irawan');
    const learnt = await learntSpeakers(t.store, kota);
    expect(learnt.speakers.people).toEqual(['Bambang Irawan']);
    expect(learnt.aliases.map((a) => a.canonical)).toEqual(['Bambang Irawan']);
  });
});
