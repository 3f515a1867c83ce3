// /api/v1/articles: search collected articles (hits carry a snippet) and read one article.
import type { FastifyInstance } from 'fastify';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { articlesPolicy } from './articles.policy.ts';
import { searchHit } from './articles.present.ts';
import { articleResponse, searchQuery, searchResponse } from './articles.schema.ts';
import { getArticle, searchArticles } from './search.service.ts';

export function articleRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/articles',
    access: articlesPolicy.can('read'),
    tags: ['articles'],
    summary: 'Cari artikel',
    query: searchQuery,
    response: searchResponse,
    handler: async (ctx, { query }) => {
      const hits = await searchArticles(ctx, { query: query.q, limit: query.limit, offset: query.offset });
      return { results: hits.map(searchHit), limit: query.limit, offset: query.offset };
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/articles/:id',
    access: articlesPolicy.can('read'),
    tags: ['articles'],
    summary: 'Satu artikel',
    params: idParams,
    query: workspaceQuery,
    response: articleResponse,
    handler: async (ctx, { params }) => ({ article: await getArticle(ctx, params.id) }),
  });
}
