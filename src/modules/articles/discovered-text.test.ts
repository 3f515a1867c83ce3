// Feed entries carrying a NUL (a sitemap or feed the parser passes through as is) are stored on both
// stores with the same clean text, instead of failing the whole batch of new URLs on PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { findArticle, insertDiscoveredArticles } from './articles.repo.ts';

describe.each(DIALECTS)('discovered articles on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;

  beforeAll(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store);
  });
  afterAll(async () => t.dispose());

  test('feed title, summary and outlet lose NUL and control characters; the batch is kept', async () => {
    const ids = await insertDiscoveredArticles(t.store, ws.id, null, [
      {
        url: 'https://warta-sukamaju.example/berita/banjir',
        urlKey: 'warta-sukamaju.example/berita/banjir',
        outlet: 'Warta\u0000 Sukamaju',
        feedTitle: 'Banjir\u0000 Cibeureum\u0008 surut',
        feedSummary: 'Warga\u0000 kembali\tke rumah \uD800hari ini',
        feedPublishedAt: null,
      },
      {
        url: 'https://warta-sukamaju.example/berita/jembatan',
        urlKey: 'warta-sukamaju.example/berita/jembatan',
        outlet: 'Warta Sukamaju',
        feedTitle: 'Jembatan Cibeureum diresmikan',
        feedSummary: null,
        feedPublishedAt: null,
      },
    ]);
    expect(ids).toHaveLength(2);
    const dirty = await findArticle(t.store, ids[0]);
    expect(dirty).toMatchObject({
      outlet: 'Warta Sukamaju',
      title: 'Banjir Cibeureum surut',
      description: 'Warga kembali\tke rumah \uFFFDhari ini',
    });
    expect((await findArticle(t.store, ids[1]))?.title).toBe('Jembatan Cibeureum diresmikan');
  });
});
