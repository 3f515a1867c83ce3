// Search narrowed the way the web app's filters and dashboard clicks narrow it — period, outlet,
// tone as analysts corrected it, subject — with the counts per facet, and an export of exactly the
// same articles; over real HTTP on both stores.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import { buildApp } from '../../main/app.ts';
import { saveAnalysis } from '../analysis/analysis.repo.ts';
import { insertCorrection } from '../corrections/corrections.repo.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

const rows: { title: string; outlet: string; at: string; tone: ToneLabel; mayor: boolean }[] = [
  {
    title: 'Banjir rendam Cibeureum',
    outlet: 'Sukamaju Pos',
    at: '2026-03-02T03:00:00Z',
    tone: 'negative',
    mayor: false,
  },
  {
    title: 'Wali kota tinjau banjir',
    outlet: 'Warta Kota',
    at: '2026-03-03T03:00:00Z',
    tone: 'neutral',
    mayor: true,
  },
  {
    title: 'Wali kota resmikan pasar',
    outlet: 'Sukamaju Pos',
    at: '2026-03-04T03:00:00Z',
    tone: 'positive',
    mayor: true,
  },
  {
    title: 'Banjir surut, warga kembali',
    outlet: 'Warta Kota',
    at: '2026-03-10T03:00:00Z',
    tone: 'positive',
    mayor: false,
  },
];

describe.each(DIALECTS)('search filters and facets on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let token = '';
  let mayor = 0;
  let workspaceOf = 0;
  const ids: number[] = [];
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const ws = await buildWorkspace(t.store, { slug: 'sukamaju' });
    workspaceOf = ws.id;
    token = (await buildUser(t.store, { role: 'analyst', workspace: ws })).token;
    mayor = (
      await insertSubject(t.store, {
        workspaceId: ws.id,
        name: 'Wali Kota',
        kind: 'leader',
        query: '"wali kota"',
      })
    ).id;
    ids.push(
      ...(await storeArticles(
        t.store,
        ws.id,
        rows.map((r, i) => ({
          url: `https://berita.test/${i}`,
          title: r.title,
          text: `${r.title}. Berita lengkapnya di sini.`,
          outlet: r.outlet,
          publishedAt: r.at,
        })),
      )),
    );
    for (const [i, r] of rows.entries()) {
      const tone = { label: r.tone, score: 0, reasons: [] };
      await saveAnalysis(
        t.store,
        {
          articleId: ids[i],
          workspaceId: ws.id,
          analyzedAt: r.at,
          tone,
          entities: [],
          quotes: [],
          keyphrases: [],
          summary: '',
        },
        r.mayor ? [{ subjectId: mayor, tone, highlights: [] }] : [],
      );
    }
    app = await buildApp({ store: t.store, webApp: false });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  const search = async (query: string) => {
    const res = await fetch(`${base}/api/v1/articles?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const titles = (body: Json) => body.results.map((r: Json) => r.article.title);

  test('filters alone list the articles newest first, with counts per facet', async () => {
    const all = await search('from=2026-03-01T00:00:00%2B07:00&to=2026-03-08T00:00:00%2B07:00');
    expect(all.status).toBe(200);
    expect(titles(all.body)).toEqual([
      'Wali kota resmikan pasar',
      'Wali kota tinjau banjir',
      'Banjir rendam Cibeureum',
    ]);
    expect(all.body.total).toBe(3);
    expect(all.body.facets.outlets).toEqual([
      { name: 'Sukamaju Pos', count: 2 },
      { name: 'Warta Kota', count: 1 },
    ]);
    expect(all.body.facets.tones).toEqual(
      expect.arrayContaining([
        { tone: 'negative', count: 1 },
        { tone: 'neutral', count: 1 },
        { tone: 'positive', count: 1 },
      ]),
    );
    expect(all.body.facets.subjects).toEqual([{ id: mayor, name: 'Wali Kota', count: 2 }]);

    expect(titles((await search('outlet=Warta%20Kota&sort=oldest')).body)).toEqual([
      'Wali kota tinjau banjir',
      'Banjir surut, warga kembali',
    ]);
    expect(titles((await search(`subject=${mayor}&q=banjir`)).body)).toEqual(['Wali kota tinjau banjir']);
    expect((await search('tone=negatif')).body.total).toBe(1);
  });

  test("the tone filter follows the analyst's correction", async () => {
    const res = await fetch(`${base}/api/v1/articles/${ids[3]}/corrections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tone: 'negatif' }),
    });
    expect(res.status).toBe(201);
    expect(titles((await search('tone=negative')).body).sort()).toEqual([
      'Banjir rendam Cibeureum',
      'Banjir surut, warga kembali',
    ]);
    expect(titles((await search('tone=positive')).body)).toEqual(['Wali kota resmikan pasar']);
  });

  test('the export holds exactly the filtered articles; bad filters are refused', async () => {
    const res = await fetch(`${base}/api/v1/articles/export?format=jsonl&q=banjir&outlet=Warta%20Kota`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title).sort()).toEqual([
      'Banjir surut, warga kembali',
      'Wali kota tinjau banjir',
    ]);

    expect((await search('tone=marah')).status).toBe(400);
    expect((await search('from=kemarin')).status).toBe(400);
    expect((await search('q=banjir)')).status).toBe(400);
    // Nothing asked: every article, newest first (the app's "all coverage" list).
    expect((await search('')).body.total).toBe(4);
  });

  // The best-ranked page is first looked for among the best few hundred matches of the whole index.
  test("another workspace's better matches never hide this workspace's own", async () => {
    const other = await buildWorkspace(t.store, { slug: 'lain' });
    await storeArticles(
      t.store,
      other.id,
      Array.from({ length: 300 }, (_, i) => ({
        url: `https://lain.test/${i}`,
        title: 'Banjir banjir banjir',
        text: 'Banjir, banjir, dan banjir lagi.',
        outlet: 'Kabar Lain',
        publishedAt: '2026-03-05T03:00:00Z',
      })),
    );
    const found = await search('q=banjir&facets=0');
    expect(found.status).toBe(200);
    expect([...titles(found.body)].sort()).toEqual(
      ['Banjir rendam Cibeureum', 'Banjir surut, warga kembali', 'Wali kota tinjau banjir'].sort(),
    );
  });

  test("a subject's facet counts what its filter lists once analysts have corrected matches", async () => {
    const verdict = (articleId: number, about: boolean) =>
      insertCorrection(t.store, {
        workspaceId: workspaceOf,
        articleId,
        subjectId: mayor,
        kind: 'subject_match',
        value: about,
        actor: 'Rina',
      });
    // The market story is not about the mayor after all; two flood stories are.
    await verdict(ids[2], false);
    await verdict(ids[0], true);
    await verdict(ids[3], true);
    const period = 'from=2026-03-01T00:00:00%2B07:00&to=2026-03-11T00:00:00%2B07:00';
    const all = await search(period);
    expect(all.body.facets.subjects).toEqual([{ id: mayor, name: 'Wali Kota', count: 3 }]);
    const listed = await search(`${period}&subject=${mayor}`);
    expect(listed.body.total).toBe(3);
    expect([...titles(listed.body)].sort()).toEqual(
      ['Banjir rendam Cibeureum', 'Banjir surut, warga kembali', 'Wali kota tinjau banjir'].sort(),
    );
  });
});
