// Stores fetched articles directly through the repositories, for tests that need articles in a
// store without crawling them.

import type { Store } from '../../src/kernel/db/connect.ts';
import { insertDiscoveredArticles } from '../../src/modules/articles/articles.repo.ts';
import { saveFetchedArticle } from '../../src/modules/stories/stories.repo.ts';

export interface ArticleSeed {
  url: string;
  title: string;
  text: string;
  outlet?: string | null;
  publishedAt?: string | null;
}

/** Stores the articles as fetched, each its own story; returns their ids in the same order. */
export async function storeArticles(
  store: Store,
  workspaceId: number,
  seeds: ArticleSeed[],
  /** The source they were collected from; none by default. */
  sourceId: number | null = null,
): Promise<number[]> {
  const ids = await insertDiscoveredArticles(
    store,
    workspaceId,
    sourceId,
    seeds.map((a) => ({
      url: a.url,
      urlKey: a.url,
      outlet: a.outlet ?? null,
      feedTitle: null,
      feedSummary: null,
      feedPublishedAt: null,
    })),
  );
  for (const [i, id] of ids.entries()) {
    const seed = seeds[i];
    await saveFetchedArticle(
      store,
      id,
      {
        finalUrl: seed.url,
        canonicalUrl: null,
        title: seed.title,
        text: seed.text,
        author: null,
        publishedAt: seed.publishedAt ?? null,
        lang: 'id',
        image: null,
        description: null,
        contentHash: `hash:${seed.url}`,
        signature: [],
        bandKeys: [],
      },
      async () => null,
    );
  }
  return ids;
}
