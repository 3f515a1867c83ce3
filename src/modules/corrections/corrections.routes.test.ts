// POST /api/v1/articles/:id/corrections over real HTTP on loopback, on both stores: one body per
// kind (a body without `kind` is still a tone correction), corrections visible in the analysis and
// the subject's articles, bad bodies answered with problem+json.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { createPageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { buildApp } from '../../main/app.ts';
import { analyzeStoredArticle } from '../analysis/analysis.service.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';

const TEXT =
  'Wali Kota Sukamaju Arief Wicaksono meninjau Pasar Kembang bersama Dinas Pekerjaan Umum. ' +
  '"Perbaikan jalan selesai bulan depan," kata Arief. Warga Kampung Duri Selatan mengeluhkan genangan.';

function span(phrase: string) {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('corrections API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let articleId = 0;
  let otherId = 0;
  let subjectId = 0;
  let foreignSubject = 0;
  let rina = '';
  let budi = '';

  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'kota', region: 'Kota' });
    const other = await buildWorkspace(t.store, { slug: 'kab', region: 'Kab' });
    // Who corrects is the signed-in analyst (their token's owner), not a name in the body.
    rina = (await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina' })).token;
    budi = (await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Budi' })).token;
    subjectId = (
      await insertSubject(t.store, { workspaceId: ws.id, name: 'Pasar', kind: 'topic', query: 'pasar' })
    ).id;
    foreignSubject = (
      await insertSubject(t.store, { workspaceId: other.id, name: 'Bupati', kind: 'leader', query: 'bupati' })
    ).id;
    [articleId, otherId] = await storeArticles(t.store, ws.id, [
      { url: 'https://warta.example/pasar', title: 'Wali Kota tinjau pasar', text: TEXT },
      {
        url: 'https://warta.example/lain',
        title: 'Kios baru',
        text: 'Pedagang menempati kios baru sejak Senin.',
      },
    ]);
    const pages = createPageAnalyser({ processes: 0 });
    await analyzeStoredArticle(t.store, pages, articleId);
    await analyzeStoredArticle(t.store, pages, otherId);
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const post = async (id: number, body: unknown, token = rina) => {
    const res = await fetch(`${base}/api/v1/articles/${id}/corrections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Json };
  };
  const analysis = async (id: number) =>
    (
      (await (
        await fetch(`${base}/api/v1/articles/${id}/analysis`, {
          headers: { authorization: `Bearer ${rina}` },
        })
      ).json()) as Json
    ).analysis;
  const subjectArticles = async () =>
    (
      (await (
        await fetch(`${base}/api/v1/subjects/${subjectId}/articles`, {
          headers: { authorization: `Bearer ${rina}` },
        })
      ).json()) as Json
    ).articles;

  test('each kind of correction is saved with who and shows where users look', async () => {
    const tone = await post(articleId, { tone: 'negatif' });
    expect(tone.status).toBe(201);
    expect(tone.body.correction).toMatchObject({ kind: 'tone', value: 'negative', actor: 'Rina' });

    const entity = await post(articleId, {
      kind: 'entity',
      ...span('Pasar Kembang'),
      type: 'ORG',
    });
    expect(entity.status).toBe(201);
    const added = await post(articleId, {
      kind: 'entity',
      ...span('Arief Wicaksono'),
      type: 'PER',
      canonical: 'Arief Wicaksono',
    });
    expect(added.status).toBe(201);
    const quote = await post(
      articleId,
      {
        kind: 'quote_speaker',
        ...span('Perbaikan jalan selesai bulan depan'),
        speaker: 'Arief Wicaksono',
      },
      budi,
    );
    expect(quote.status).toBe(201);

    const a = await analysis(articleId);
    expect(a.tone).toMatchObject({ label: 'negative', corrected: true });
    expect(a.entities.find((e: Json) => e.text === 'Pasar Kembang')).toMatchObject({
      type: 'ORG',
      corrected: true,
    });
    expect(a.entities.find((e: Json) => e.text === 'Arief Wicaksono')).toMatchObject({
      type: 'PER',
      corrected: true,
    });
    expect(a.quotes[0]).toMatchObject({ speaker: 'Arief Wicaksono', corrected: true });
    expect(a.corrections.map((c: Json) => c.actor).sort()).toEqual(['Budi', 'Rina', 'Rina', 'Rina']);

    expect((await subjectArticles()).map((s: Json) => s.articleId)).toEqual([articleId]);
    expect((await post(articleId, { kind: 'subject_match', subjectId, about: false })).status).toBe(201);
    expect((await post(otherId, { kind: 'subject_match', subjectId, about: true })).status).toBe(201);
    expect(await subjectArticles()).toMatchObject([{ articleId: otherId, matchCorrected: true }]);
  });

  test('the article page reads its subjects with the corrected tone, and the whole history', async () => {
    const before = await analysis(otherId);
    expect(before.subjects.map((s: Json) => s.name)).toEqual([]);
    const id = (
      await storeArticles(t.store, (await analysis(articleId)).workspaceId, [
        {
          url: 'https://warta.example/pasar-2',
          title: 'Pasar ramai',
          text: 'Pasar Kembang ramai pembeli sejak pagi.',
        },
      ])
    )[0];
    await analyzeStoredArticle(t.store, createPageAnalyser({ processes: 0 }), id);
    const [matched] = (await analysis(id)).subjects;
    expect(matched).toMatchObject({ subjectId, name: 'Pasar' });
    expect(matched.tone.corrected).toBeUndefined();
    expect((await post(id, { tone: 'netral', subjectId })).status).toBe(201);
    expect((await post(id, { tone: 'negatif', subjectId }, budi)).status).toBe(201);
    const a = await analysis(id);
    expect(a.subjects).toMatchObject([{ subjectId, tone: { label: 'negative', corrected: true } }]);
    expect(a.corrections).toHaveLength(1);
    expect(a.history.map((c: Json) => [c.actor, c.value])).toEqual([
      ['Budi', 'negative'],
      ['Rina', 'neutral'],
    ]);
    expect((await post(id, { kind: 'subject_match', subjectId, about: false })).status).toBe(201);
    expect((await analysis(id)).subjects).toEqual([]);
  });

  test('bad bodies are refused with problem+json', async () => {
    const refused: [unknown, number, string][] = [
      [{ tone: 'sangat buruk' }, 400, 'validation'],
      [{ kind: 'warna' }, 400, 'validation'],
      [{ kind: 'entity', start: 0, end: 4, type: 'BENDA' }, 400, 'validation'],
      [{ kind: 'entity', ...span('meninjau'), notEntity: true }, 400, 'validation'],
      [{ kind: 'entity', start: 0, end: 100_000, type: 'PER' }, 400, 'validation'],
      [{ kind: 'quote_speaker', start: 1, end: 5, speaker: 'X' }, 400, 'validation'],
      [{ kind: 'subject_match', subjectId, about: 'ya' }, 400, 'validation'],
      [{ kind: 'subject_match', subjectId: foreignSubject, about: true }, 404, 'not_found'],
    ];
    for (const [body, status, title] of refused) {
      const res = await post(articleId, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.type).toContain('application/problem+json');
      expect(res.body.title).toBe(title);
    }
    expect((await post(999_999, { tone: 'positif' })).status).toBe(404);
  });
});
