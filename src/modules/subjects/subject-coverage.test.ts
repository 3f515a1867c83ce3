// A subject's articles as analysts corrected them, on both stores: an article they said is not about
// the subject disappears from its list and its crisis history, one they said is about it appears
// even though the query missed it, with the tone an analyst gave or else the article's own tone.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildUser } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Tone } from '../../analyze/types.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { subjectEvents } from '../alerts/alerts.repo.ts';
import { articlesForSubject, saveAnalysis } from '../analysis/analysis.repo.ts';
import { correctSubjectMatch, correctTone } from '../corrections/corrections.service.ts';
import { findWorkspaceBySlug, insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { insertSubject } from './subjects.repo.ts';

const tone = (label: Tone['label'], score: number): Tone => ({ label, score, reasons: [] });

describe.each(DIALECTS)('subject coverage with corrections on %s', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(async () => t.dispose());

  async function setup() {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota Sukamaju',
      region: 'Kota Sukamaju',
      timeZone: 'WIB',
    });
    const mayor = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Wali Kota',
      kind: 'leader',
      query: '"wali kota"',
    });
    const flood = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Banjir',
      kind: 'topic',
      query: 'banjir',
    });
    const ids = await storeArticles(t.store, ws.id, [
      {
        url: 'https://warta.example/1',
        outlet: 'warta',
        title: 'Wali Kota resmikan pasar',
        text: 'Wali Kota meresmikan pasar baru.',
        publishedAt: '2025-03-18T01:00:00.000Z',
      },
      {
        url: 'https://warta.example/2',
        outlet: 'warta',
        title: 'Wali kota tetangga dikritik',
        text: 'Wali kota dari daerah lain dikritik warga.',
        publishedAt: '2025-03-18T02:00:00.000Z',
      },
      {
        url: 'https://kabar.example/3',
        outlet: 'kabar',
        title: 'Genangan di Jalan Merdeka',
        text: 'Air menggenangi Jalan Merdeka setelah hujan; Pak Arief meninjau lokasi.',
        publishedAt: '2025-03-18T03:00:00.000Z',
      },
    ]);
    const [market, neighbour, puddle] = ids;
    const analyse = async (id: number, overall: Tone, matches: { subjectId: number; tone: Tone }[]) =>
      saveAnalysis(
        t.store,
        {
          articleId: id,
          workspaceId: ws.id,
          analyzedAt: '2025-03-18T04:00:00.000Z',
          tone: overall,
          entities: [],
          quotes: [],
          keyphrases: [],
          summary: '',
        },
        matches.map((m) => ({ ...m, highlights: [] })),
      );
    await analyse(market, tone('positive', 0.6), [{ subjectId: mayor.id, tone: tone('positive', 0.6) }]);
    await analyse(neighbour, tone('negative', -0.7), [{ subjectId: mayor.id, tone: tone('negative', -0.7) }]);
    await analyse(puddle, tone('negative', -0.4), []);
    return { ws, mayor, flood, market, neighbour, puddle };
  }

  test('a "not about" verdict removes the article, an "about" verdict adds it', async () => {
    const { mayor, market, neighbour, puddle } = await setup();
    const before = await articlesForSubject(t.store, mayor.id);
    expect(before.map((a) => a.articleId)).toEqual([neighbour, market]);

    await correctSubjectMatch(t.store, {
      articleId: neighbour,
      subjectId: mayor.id,
      about: 'tidak',
      actor: 'Rina',
    });
    await correctSubjectMatch(t.store, {
      articleId: puddle,
      subjectId: mayor.id,
      about: 'ya',
      actor: 'Rina',
    });
    const after = await articlesForSubject(t.store, mayor.id);
    expect(after.map((a) => a.articleId)).toEqual([puddle, market]);
    // Added by an analyst: the article's own tone, marked as an analyst's match.
    expect(after[0]).toMatchObject({ tone: 'negative', corrected: false, matchCorrected: true });
    expect(after[1]).toMatchObject({ tone: 'positive', corrected: false, matchCorrected: false });

    // The newest verdict wins: the analyst changes their mind about the neighbouring mayor.
    await correctSubjectMatch(t.store, {
      articleId: neighbour,
      subjectId: mayor.id,
      about: 'ya',
      actor: 'Budi',
    });
    expect((await articlesForSubject(t.store, mayor.id)).map((a) => a.articleId)).toEqual([
      puddle,
      neighbour,
      market,
    ]);
    // The limit applies to the corrected list.
    expect((await articlesForSubject(t.store, mayor.id, 1)).map((a) => a.articleId)).toEqual([puddle]);
  });

  test('an added article takes a subject-tone correction, else a corrected article tone', async () => {
    const { mayor, flood, puddle } = await setup();
    await correctSubjectMatch(t.store, {
      articleId: puddle,
      subjectId: flood.id,
      about: 'ya',
      actor: 'Rina',
    });
    expect(await articlesForSubject(t.store, flood.id)).toMatchObject([
      { articleId: puddle, tone: 'negative' },
    ]);
    await correctTone(t.store, { articleId: puddle, tone: 'netral', actor: 'Rina' });
    expect(await articlesForSubject(t.store, flood.id)).toMatchObject([
      { articleId: puddle, tone: 'neutral' },
    ]);
    await correctTone(t.store, { articleId: puddle, tone: 'positif', subjectId: flood.id, actor: 'Rina' });
    expect(await articlesForSubject(t.store, flood.id)).toMatchObject([
      { articleId: puddle, tone: 'positive', corrected: true, matchCorrected: true },
    ]);
    // A verdict about one subject leaves the others alone.
    expect(await articlesForSubject(t.store, mayor.id)).toHaveLength(2);
  });

  test('the crisis history follows the verdicts', async () => {
    const { mayor, neighbour, puddle } = await setup();
    const since = new Date('2025-03-17T00:00:00.000Z');
    const negatives = async () =>
      (await subjectEvents(t.store, mayor.id, since)).filter((e) => e.negative).map((e) => e.outlet);
    expect(await negatives()).toEqual(['warta']);
    await correctSubjectMatch(t.store, {
      articleId: neighbour,
      subjectId: mayor.id,
      about: 'tidak',
      actor: 'Rina',
    });
    expect(await negatives()).toEqual([]);
    await correctSubjectMatch(t.store, {
      articleId: puddle,
      subjectId: mayor.id,
      about: 'ya',
      actor: 'Rina',
    });
    expect(await negatives()).toEqual(['kabar']);
    expect(await subjectEvents(t.store, mayor.id, since)).toHaveLength(2);
  });

  test("verdicts are checked: a yes/no answer, a subject of the article's workspace, who", async () => {
    const { mayor, puddle } = await setup();
    const other = await insertWorkspace(t.store, {
      slug: 'kab',
      name: 'Kab',
      region: 'Kab',
      timeZone: 'WIB',
    });
    const foreign = await insertSubject(t.store, {
      workspaceId: other.id,
      name: 'Bupati',
      kind: 'leader',
      query: 'bupati',
    });
    await expect(
      correctSubjectMatch(t.store, {
        articleId: puddle,
        subjectId: mayor.id,
        about: 'mungkin',
        actor: 'Rina',
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      correctSubjectMatch(t.store, { articleId: puddle, subjectId: foreign.id, about: 'ya', actor: 'Rina' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    // Who gives the verdict is the acting user, and a read-only viewer may not give one.
    const ws = (await findWorkspaceBySlug(t.store, 'kota')) as Workspace;
    const viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    await expect(
      correctSubjectMatch(viewer.ctx, { articleId: puddle, subjectId: mayor.id, about: 'ya' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const analyst = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina' });
    const saved = await correctSubjectMatch(analyst.ctx, {
      articleId: puddle,
      subjectId: mayor.id,
      about: 'ya',
    });
    expect(saved.actor).toBe('Rina');
    expect(await articlesForSubject(t.store, foreign.id)).toEqual([]);
  });
});
