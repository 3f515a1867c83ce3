// /api/v1/articles and /api/v1/stories: search collected articles and see syndicated copies.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import { searchArticles } from '../../services/search.ts';
import { resolveWorkspace } from '../../services/workspaces.ts';
import { findArticle } from '../../store/articles.ts';
import type { Store } from '../../store/connect.ts';
import { findStory, listStories } from '../../store/stories.ts';

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
      const { id } = idParams.parse(req.params);
      const article = await findArticle(store, id);
      if (!article) throw new PantauError('not_found', `Artikel #${id} tidak ditemukan`);
      return { article };
    },
  );
  app.get(
    '/api/v1/stories',
    { schema: { tags: ['stories'], summary: 'Cerita dengan beberapa media' } },
    async (req) => {
      const q = storiesQuery.parse(req.query);
      const ws = await resolveWorkspace(store, q.workspace);
      return { stories: await listStories(store, ws.id, { minOutlets: q.minOutlets }) };
    },
  );
  app.get(
    '/api/v1/stories/:id',
    { schema: { tags: ['stories'], summary: 'Satu cerita dan salinannya' } },
    async (req) => {
      const { id } = idParams.parse(req.params);
      const story = await findStory(store, id);
      if (!story) throw new PantauError('not_found', `Cerita #${id} tidak ditemukan`);
      return story;
    },
  );
}
