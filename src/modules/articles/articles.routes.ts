// /api/v1/articles: search collected articles (hits carry a snippet), read one article, and export
// the workspace's articles with their analysis as a file.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { clippingOfArticle } from '../clippings/clippings.service.ts';
import { articlesPolicy } from './articles.policy.ts';
import { searchHit } from './articles.present.ts';
import {
  articleResponse,
  EXPORT_MEDIA_TYPES,
  exportQuery,
  searchQuery,
  searchResponse,
} from './articles.schema.ts';
import { prepareExport } from './export.service.ts';
import { filterOf, getArticle, searchArticles, searchCounts } from './search.service.ts';

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
      const input = {
        query: query.q,
        filter: filterOf(query),
        sort: query.sort,
        limit: query.limit,
        offset: query.offset,
      };
      const [hits, counts] = await Promise.all([
        searchArticles(ctx, input),
        query.facets ? searchCounts(ctx, input) : null,
      ]);
      const page = { results: hits.map(searchHit), limit: query.limit, offset: query.offset };
      if (!counts) return page;
      const { total, ...facets } = counts;
      return { ...page, total, facets };
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/articles/export',
    access: articlesPolicy.can('read'),
    tags: ['articles'],
    summary: 'Ekspor artikel workspace dengan analisisnya (CSV, JSON lines atau XLSX), sebagai berkas',
    query: exportQuery,
    produces: {
      [EXPORT_MEDIA_TYPES.csv]: 'CSV (UTF-8 dengan BOM) untuk spreadsheet',
      [EXPORT_MEDIA_TYPES.jsonl]: 'JSON lines: satu artikel per baris',
      [EXPORT_MEDIA_TYPES.xlsx]: 'Buku kerja XLSX, waktu dalam zona workspace',
    },
    handler: async (ctx, { query }, req, reply) => {
      // Refusals (format, workspace, permission) happen here, before the status line is sent.
      const exported = await prepareExport(ctx, {
        format: query.format,
        query: query.q,
        filter: filterOf(query),
      });
      reply
        .header('content-type', EXPORT_MEDIA_TYPES[exported.format])
        .header('content-disposition', `attachment; filename="${exported.fileName}"`);
      // Streamed a page of articles at a time; a failure half-way aborts the response, so a
      // client never mistakes a cut-off file for a whole one.
      const body = new PassThrough();
      exported.writeTo(body).then(
        () => body.end(),
        (e: unknown) => {
          if (!body.destroyed) req.log.error({ err: e }, 'export failed');
          body.destroy(e instanceof Error ? e : new Error(String(e)));
        },
      );
      return body;
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
    handler: async (ctx, { params }) => {
      const article = await getArticle(ctx, params.id);
      return { article: { ...article, clipping: await clippingOfArticle(ctx, article.id) } };
    },
  });
}
