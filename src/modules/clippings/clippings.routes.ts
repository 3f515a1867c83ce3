// /api/v1/print-outlets, /api/v1/clippings, /api/v1/clipping-pages and /api/v1/articles/:id/text*:
// the print-media registry, adding clippings (read by a background job), cutting pages into
// articles, the page images kept as evidence, and correcting an article's text.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import type { PageAnalyser } from '../../kernel/sandbox/page-pool.ts';
import { articleTextVersions, correctArticleText } from './article-text.service.ts';
import { clippingsPolicy } from './clippings.policy.ts';
import {
  CLIPPING_BODY_LIMIT,
  clippingDetailSchema,
  clippingInputSchema,
  clippingListQuery,
  clippingPageSchema,
  clippingSchema,
  outletInputSchema,
  outletSchema,
  regionsInputSchema,
  regionTextInputSchema,
  regionTextSchema,
  textCorrectionSchema,
  textVersionSchema,
} from './clippings.schema.ts';
import {
  addClipping,
  clippingPageImage,
  confirmRegions,
  getClipping,
  listWorkspaceClippings,
  regionText,
  removeClipping,
} from './clippings.service.ts';
import {
  addPrintOutlet,
  editPrintOutlet,
  listPrintOutlets,
  removePrintOutlet,
} from './print-outlets.service.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(content: string): Uint8Array {
  const compact = content.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 === 1)
    throw new PantauError('validation', 'Isi berkas bukan base64 — contentBase64 is not base64');
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** `tools.pages` analyses the articles a confirmed region or a corrected text makes. */
export function clippingRoutes(app: FastifyInstance, tools: { pages: PageAnalyser }) {
  const tags = ['clippings'];
  const read = clippingsPolicy.can('read');
  const clip = clippingsPolicy.can('clip');
  const outlets = clippingsPolicy.can('outlets');
  route(app, {
    method: 'GET',
    url: '/api/v1/print-outlets',
    access: read,
    tags,
    summary: 'Daftar media cetak (koran, majalah) yang dikliping',
    query: workspaceQuery,
    response: z.array(outletSchema),
    handler: async (ctx) => listPrintOutlets(ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/print-outlets',
    access: outlets,
    tags,
    summary: 'Tambah media cetak',
    query: workspaceQuery,
    body: outletInputSchema,
    status: 201,
    response: outletSchema,
    handler: async (ctx, { body }) => addPrintOutlet(ctx, body),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/print-outlets/:id',
    access: outlets,
    tags,
    summary: 'Ubah media cetak',
    params: idParams,
    query: workspaceQuery,
    body: outletInputSchema,
    response: outletSchema,
    handler: async (ctx, { params, body }) => editPrintOutlet(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/print-outlets/:id',
    access: outlets,
    tags,
    summary: 'Hapus media cetak (ditolak 409 bila masih memiliki kliping)',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removePrintOutlet(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/clippings',
    access: clip,
    bodyLimit: CLIPPING_BODY_LIMIT,
    tags,
    summary:
      'Tambah kliping (pindaian, foto, PDF e-paper); dibaca di latar belakang — pantau GET /api/v1/clippings/:id sampai siap',
    query: workspaceQuery,
    body: clippingInputSchema,
    status: 202,
    response: clippingSchema,
    handler: async (ctx, { body }) =>
      addClipping(ctx, {
        fileName: body.fileName,
        bytes: decodeBase64(body.contentBase64),
        outlet: body.outlet,
        date: body.date,
        page: body.page ?? null,
      }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/clippings',
    access: read,
    tags,
    summary: 'Daftar kliping (filter: media, tanggal terbit, status), terbaru dahulu',
    query: clippingListQuery,
    response: z.array(clippingSchema),
    handler: async (ctx, { query }) =>
      listWorkspaceClippings(ctx, {
        outletId: query.outlet,
        from: query.from,
        to: query.to,
        status: query.status,
      }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/clippings/:id',
    access: read,
    tags,
    summary: 'Satu kliping dengan halaman, usulan wilayah artikel dan artikel yang dibuat',
    params: idParams,
    query: workspaceQuery,
    response: clippingDetailSchema,
    handler: async (ctx, { params }) => getClipping(ctx, params.id),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/clippings/:id',
    access: clip,
    tags,
    summary: 'Hapus kliping beserta artikel yang dibuat darinya',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeClipping(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/clipping-pages/:id/image',
    access: read,
    tags,
    summary: 'Gambar halaman kliping (JPEG), bukti di samping teks',
    params: idParams,
    query: workspaceQuery,
    produces: { 'image/jpeg': 'Gambar halaman' },
    handler: async (ctx, { params }, _req, reply) => {
      const image = await clippingPageImage(ctx, params.id);
      reply.header('content-type', 'image/jpeg');
      reply.header('cache-control', 'private, max-age=3600');
      return Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/clipping-pages/:id/region-text',
    access: read,
    tags,
    summary: 'Pratinjau teks satu wilayah (judul dan isi menurut urutan baca); tidak menyimpan apa pun',
    params: idParams,
    query: workspaceQuery,
    body: regionTextInputSchema,
    response: regionTextSchema,
    handler: async (ctx, { params, body }) => regionText(ctx, params.id, body.box),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/clipping-pages/:id/regions',
    access: clip,
    tags,
    summary: 'Konfirmasi wilayah artikel halaman: tiap wilayah menjadi satu artikel (menggantikan yang lama)',
    params: idParams,
    query: workspaceQuery,
    body: regionsInputSchema,
    response: clippingPageSchema,
    handler: async (ctx, { params, body }) => confirmRegions(ctx, tools, params.id, body.regions),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/articles/:id/text-versions',
    access: read,
    tags,
    summary: 'Versi judul dan teks artikel (versi 1: hasil baca/OCR), terbaru dahulu',
    params: idParams,
    query: workspaceQuery,
    response: z.array(textVersionSchema),
    handler: async (ctx, { params }) => articleTextVersions(ctx, params.id),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/articles/:id/text',
    access: clippingsPolicy.can('correct'),
    tags,
    summary:
      'Perbaiki judul dan teks artikel (versi baru, diaudit; 409 bila ada versi lebih baru); analisis diulang',
    params: idParams,
    query: workspaceQuery,
    body: textCorrectionSchema,
    response: z.object({ version: z.number() }),
    handler: async (ctx, { params, body }) => correctArticleText(ctx, tools, params.id, body),
  });
}
