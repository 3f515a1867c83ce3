// /api/v1/sops: the workspace's SOPs — list, one (any version) as JSON, its document as SVG or PDF,
// its versions, and a new version from an edit or an import (administrators).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { renderSopPdf } from '../../report/sop-document.ts';
import { renderFlowchartSvg } from '../../sop/render-svg.ts';
import { sopsPolicy } from './sops.policy.ts';
import { sopDefinitionSchema, sopSummarySchema, sopVersionSchema } from './sops.schema.ts';
import { getSop, listSops, saveSop, sopHistory } from './sops.service.ts';

const keyParams = z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/) });
const versionQuery = workspaceQuery.extend({
  version: z.coerce.number().int().positive().optional().describe('bawaan: versi terbaru'),
});
const sopSchema = z.object({
  id: z.number(),
  key: z.string(),
  version: z.number(),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  definition: sopDefinitionSchema,
});

export function sopRoutes(app: FastifyInstance) {
  const tags = ['sops'];
  route(app, {
    method: 'GET',
    url: '/api/v1/sops',
    access: sopsPolicy.can('read'),
    tags,
    summary: 'Daftar SOP workspace (SOP A dan SOP B tersedia sebagai templat)',
    query: workspaceQuery,
    response: z.object({ sops: z.array(sopSummarySchema) }),
    handler: async (ctx) => ({ sops: await listSops(ctx) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key',
    access: sopsPolicy.can('read'),
    tags,
    summary: 'Satu SOP lengkap (JSON yang juga dipakai untuk impor/ekspor)',
    params: keyParams,
    query: versionQuery,
    response: z.object({ sop: sopSchema }),
    handler: async (ctx, { params, query }) => ({ sop: await getSop(ctx, params.key, query.version) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/versions',
    access: sopsPolicy.can('read'),
    tags,
    summary: 'Riwayat versi SOP',
    params: keyParams,
    query: workspaceQuery,
    response: z.object({ versions: z.array(sopVersionSchema) }),
    handler: async (ctx, { params }) => ({ versions: await sopHistory(ctx, params.key) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/flowchart.svg',
    access: sopsPolicy.can('read'),
    tags,
    summary: 'Bagan alir SOP (format Permenpan RB 35/2012) sebagai SVG',
    params: keyParams,
    query: versionQuery,
    produces: { 'image/svg+xml': 'Bagan alir dengan kolom pelaksana dan mutu baku' },
    handler: async (ctx, { params, query }, _req, reply) => {
      const sop = await getSop(ctx, params.key, query.version);
      reply.header('content-type', 'image/svg+xml; charset=utf-8');
      // The SVG is drawn from the office's own texts: no script runs from it even when opened alone.
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return renderFlowchartSvg(sop.definition);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/document.pdf',
    access: sopsPolicy.can('read'),
    tags,
    summary: 'Dokumen SOP (identitas dan bagan alir) sebagai PDF',
    params: keyParams,
    query: versionQuery,
    produces: { 'application/pdf': 'Dokumen SOP siap cetak' },
    handler: async (ctx, { params, query }, _req, reply) => {
      const sop = await getSop(ctx, params.key, query.version);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${sop.key}-v${sop.version}.pdf"`);
      return renderSopPdf(sop.definition);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/sops',
    access: sopsPolicy.can('edit'),
    tags,
    summary: 'Simpan SOP sebagai versi baru (ubah atau impor JSON); kasus berjalan tetap memakai versinya',
    body: z.object({
      workspace: workspaceSlug,
      definition: z.unknown().describe('definisi SOP lengkap, bentuk seperti GET /api/v1/sops/:key'),
      note: z.string().max(500).optional().describe('apa yang diubah'),
      baseVersion: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('versi yang Anda ubah; ditolak bila sudah ada yang lebih baru'),
    }),
    status: 201,
    response: z.object({ sop: sopSchema }),
    handler: async (ctx, { body }) => ({ sop: await saveSop(ctx, body) }),
  });
}
