// /api/v1/stories: wire stories carried by several outlets, and one story with its copies.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { articleSummary } from '../articles/articles.present.ts';
import { storiesPolicy } from './stories.policy.ts';
import { listStories, showStory } from './stories.service.ts';

const storySchema = z
  .object({ id: z.number(), title: z.string().nullable(), articleCount: z.number(), outletCount: z.number() })
  .loose();

export function storyRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/stories',
    access: storiesPolicy.can('read'),
    tags: ['stories'],
    summary: 'Cerita dengan beberapa media',
    query: z.object({
      workspace: workspaceSlug,
      minOutlets: z.coerce.number().int().min(1).default(2),
      limit: z.coerce.number().int().min(1).max(200).default(20),
    }),
    response: z.object({ stories: z.array(storySchema) }),
    handler: async (ctx, { query }) => ({
      stories: await listStories(ctx, { minOutlets: query.minOutlets, limit: query.limit }),
    }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/stories/:id',
    access: storiesPolicy.can('read'),
    tags: ['stories'],
    summary: 'Satu cerita dan salinannya',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ story: storySchema, articles: z.array(z.object({ id: z.number() }).loose()) }),
    handler: async (ctx, { params }) => {
      const found = await showStory(ctx, params.id);
      return {
        story: found.story,
        articles: found.articles.map((a) => ({
          ...articleSummary(a),
          storySimilarity: a.storySimilarity,
          storyPassage: a.storyPassage,
          storyMatchedArticleId: a.storyMatchedArticleId,
        })),
      };
    },
  });
}
