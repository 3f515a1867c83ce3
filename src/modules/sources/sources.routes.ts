// /api/v1/sources: list, add, enable/disable and remove sources, read a source's log, test an address
// before adding it (preview) and the outlet catalogue.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import type { Logger } from '../../kernel/logger.ts';
import type { PreviewTools } from '../crawl/crawl.service.ts';
import { outletCatalogue as catalogueOf } from './catalogue.service.ts';
import { previewSource } from './source-preview.service.ts';
import { sourcesPolicy } from './sources.policy.ts';
import { presentSource } from './sources.present.ts';
import {
  newSourceBody,
  outletCatalogue,
  previewBody,
  sourceLogEntry,
  sourcePatchBody,
  sourcePreview,
  sourceSchema,
} from './sources.schema.ts';
import { addSource, enableSource, listSources, removeSource, sourceLog } from './sources.service.ts';

/** `preview`: the fetcher and page analyser a preview reads with (the crawl's rules, see main/app.ts). */
export function sourceRoutes(app: FastifyInstance, deps: { preview: PreviewTools }) {
  const tags = ['sources'];
  route(app, {
    method: 'GET',
    url: '/api/v1/sources',
    access: sourcesPolicy.can('read'),
    tags,
    summary: 'Daftar sumber',
    query: workspaceQuery,
    response: z.object({ sources: z.array(sourceSchema.loose()) }),
    handler: async (ctx) => ({ sources: (await listSources(ctx)).map(presentSource) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/sources',
    access: sourcesPolicy.can('manage'),
    tags,
    summary: 'Tambah sumber',
    body: newSourceBody,
    status: 201,
    response: z.object({ source: sourceSchema.loose() }),
    handler: async (ctx, { body }) => ({ source: presentSource(await addSource(ctx, body)) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/sources/:id',
    access: sourcesPolicy.can('manage'),
    tags,
    summary: 'Aktifkan / nonaktifkan',
    params: idParams,
    query: workspaceQuery,
    body: sourcePatchBody,
    response: z.object({ source: sourceSchema.loose() }),
    handler: async (ctx, { params, body }) => ({
      source: presentSource(await enableSource(ctx, params.id, body.enabled)),
    }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/sources/:id',
    access: sourcesPolicy.can('manage'),
    tags,
    summary: 'Hapus sumber',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeSource(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sources/:id/log',
    access: sourcesPolicy.can('read'),
    tags,
    summary: 'Catatan sumber',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ log: z.array(sourceLogEntry.loose()) }),
    handler: async (ctx, { params }) => ({ log: await sourceLog(ctx, params.id, 100) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/sources/preview',
    access: sourcesPolicy.can('manage'),
    tags,
    summary: 'Uji alamat sumber (tanpa menyimpan) — preview what a source would collect',
    body: previewBody,
    response: sourcePreview,
    handler: async (ctx, { body }, req) =>
      previewSource(ctx, { ...deps.preview, logger: req.log as unknown as Logger }, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sources/catalogue',
    access: sourcesPolicy.can('read'),
    tags,
    summary: 'Katalog media: media dengan sumbernya dan berita 30 hari terakhir',
    query: workspaceQuery,
    response: outletCatalogue,
    handler: async (ctx) => catalogueOf(ctx),
  });
}
