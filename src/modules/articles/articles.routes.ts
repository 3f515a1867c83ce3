// /api/v1/articles and /api/v1/stories: search collected articles and see syndicated copies.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getArticle, searchArticles } from './search.service.ts';
import { listStories, showStory } from '../stories/stories.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const searchQuery = z.object({
  q: z.string().min(1).max(500),
  workspace: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });
const storiesQuery = z.object({
  workspace: z.string().min(1).optional(),
  minOutlets: z.coerce.number().int().min(1).default(2),
});

export function articleRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/articles', { schema: { tags: ['articles'], summary: 'Cari artikel' } }, async (req) => {
    const q = searchQuery.parse(req.query);
    return {
      results: await searchArticles(store, {
        query: q.q,
        workspace: q.workspace,
        limit: q.limit,
        offset: q.offset,
      }),
    };
  });
  app.get(
    '/api/v1/articles/:id',
    { schema: { tags: ['articles'], summary: 'Satu artikel' } },
    async (req) => {
      return { article: await getArticle(store, idParams.parse(req.params).id) };
    },
  );
  app.get(
    '/api/v1/stories',
    { schema: { tags: ['stories'], summary: 'Cerita dengan beberapa media' } },
    async (req) => {
      const q = storiesQuery.parse(req.query);
      return { stories: await listStories(store, { workspace: q.workspace, minOutlets: q.minOutlets }) };
    },
  );
  app.get(
    '/api/v1/stories/:id',
    { schema: { tags: ['stories'], summary: 'Satu cerita dan salinannya' } },
    async (req) => {
      return showStory(store, idParams.parse(req.params).id);
    },
  );
}
