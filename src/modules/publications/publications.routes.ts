// /api/v1/publications: SOP B's publication materials — draft one from an issue (its case starts),
// read it with its versions, evidence, deliveries and pickup, write in it at one's own step, publish
// it at step 6, correct or withdraw it; /api/v1/settings/newsroom and /publication-webhooks: where
// releases go beside partner media.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { type MaterialContent, PUBLIC_CLASSES } from '../../publish/material.ts';
import type { RichDoc } from '../../report/rich-text.ts';
import { approvalSheet } from './approval-sheet.service.ts';
import { getNewsroomSettings, saveNewsroomSettings } from './newsroom.service.ts';
import { pickupReport } from './pickup.service.ts';
import { getPublicationWebhooks, savePublicationWebhooks } from './publication-webhooks.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import {
  materialContentSchema,
  materialVersionSchema,
  newsroomSettingsSchema,
  pickupReportSchema,
  publicationListItemSchema,
  publicationSchema,
  webhooksSchema,
} from './publications.schema.ts';
import { draftPublication, getPublication, listPublications, saveMaterial } from './publications.service.ts';
import { correctPublication, publishPublication, withdrawPublication } from './publish.service.ts';
import { downloadRelease } from './release-file.service.ts';

const asContent = (c: z.output<typeof materialContentSchema>): MaterialContent => ({
  ...c,
  body: c.body as RichDoc,
});

export function publicationRoutes(app: FastifyInstance) {
  const tags = ['publications'];
  route(app, {
    method: 'GET',
    url: '/api/v1/publications',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Daftar bahan publikasi (siaran pers), terbaru dulu',
    query: workspaceQuery.extend({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce.number().int().positive().optional(),
    }),
    response: z.object({ publications: z.array(publicationListItemSchema) }),
    handler: async (ctx, { query }) => ({ publications: await listPublications(ctx, query) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/publications',
    access: publicationsPolicy.can('draft'),
    tags,
    summary: 'Susun siaran pers dari isu yang terindikasi krisis dan mulai kasus SOP B-nya',
    query: workspaceQuery,
    body: z.object({ issueId: z.number().int().positive(), publicClass: z.enum(PUBLIC_CLASSES).optional() }),
    status: 201,
    response: z.object({ publication: publicationSchema }),
    handler: async (ctx, { body }) => ({ publication: await draftPublication(ctx, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/publications/:id',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Satu bahan publikasi: versi, bukti, kasus SOP B, pengiriman dan pemuatan ulang',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ publication: publicationSchema }),
    handler: async (ctx, { params }) => ({ publication: await getPublication(ctx, params.id) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/publications/:id/material',
    access: publicationsPolicy.can('write'),
    tags,
    summary: 'Simpan bahan publikasi sebagai versi baru (pelaksana langkah saat ini)',
    params: idParams,
    query: workspaceQuery,
    body: z.object({
      content: materialContentSchema,
      baseVersion: z.number().int().positive(),
      note: z.string().max(500).optional(),
    }),
    response: z.object({ version: materialVersionSchema }),
    handler: async (ctx, { params, body }) => ({
      version: await saveMaterial(ctx, params.id, { ...body, content: asContent(body.content) }),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/publications/:id/publish',
    access: publicationsPolicy.can('publish'),
    tags,
    summary: 'Terbitkan siaran pers yang disetujui: ruang berita, surel mitra media, webhook (langkah 6)',
    params: idParams,
    query: workspaceQuery,
    body: z.object({ note: z.string().max(500).optional() }).optional(),
    response: z.object({ publication: publicationSchema }),
    handler: async (ctx, { params, body }) => ({
      publication: await publishPublication(ctx, params.id, body ?? {}),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/publications/:id/corrections',
    access: publicationsPolicy.can('correct'),
    tags,
    summary: 'Ralat siaran pers yang sudah terbit (ditandai sebagai ralat di ruang berita)',
    params: idParams,
    query: workspaceQuery,
    body: z.object({ content: materialContentSchema, note: z.string().min(1).max(500) }),
    response: z.object({ publication: publicationSchema }),
    handler: async (ctx, { params, body }) => ({
      publication: await correctPublication(ctx, params.id, {
        content: asContent(body.content),
        note: body.note,
      }),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/publications/:id/withdraw',
    access: publicationsPolicy.can('withdraw'),
    tags,
    summary: 'Tarik siaran pers dari ruang berita, dengan alasannya',
    params: idParams,
    query: workspaceQuery,
    body: z.object({ reason: z.string().min(1).max(1000) }),
    response: z.object({ publication: publicationSchema }),
    handler: async (ctx, { params, body }) => ({
      publication: await withdrawPublication(ctx, params.id, body),
    }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/publications/:id/pickup',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Media yang memuat ulang siaran pers ini, dan mitra yang memuatnya',
    params: idParams,
    query: workspaceQuery,
    response: pickupReportSchema,
    handler: async (ctx, { params }) => pickupReport(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/publications/:id/release.pdf',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Siaran pers sebagai PDF berkop surat (versi terbit, atau versi terakhir bila belum terbit)',
    params: idParams,
    query: workspaceQuery,
    produces: { 'application/pdf': 'Siaran pers berkop surat' },
    handler: async (ctx, { params }, _req, reply) => {
      const file = await downloadRelease(ctx, params.id);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return file.bytes;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/publications/:id/approval.pdf',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Lembar disposisi persetujuan pimpinan (YA/TIDAK setiap putaran) untuk bahan ini',
    params: idParams,
    query: workspaceQuery,
    produces: { 'application/pdf': 'Disposisi persetujuan' },
    handler: async (ctx, { params }, _req, reply) => {
      const file = await approvalSheet(ctx, params.id);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      return file.bytes;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/newsroom',
    access: publicationsPolicy.can('read'),
    tags,
    summary: 'Nama dan host ruang berita publik',
    query: workspaceQuery,
    response: newsroomSettingsSchema,
    handler: async (ctx) => getNewsroomSettings(ctx),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/newsroom',
    access: publicationsPolicy.can('webhooks'),
    tags,
    summary: 'Ubah nama dan host ruang berita publik',
    query: workspaceQuery,
    body: newsroomSettingsSchema,
    response: newsroomSettingsSchema,
    handler: async (ctx, { body }) => saveNewsroomSettings(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/publication-webhooks',
    access: publicationsPolicy.can('webhooks'),
    tags,
    summary: 'Webhook yang menerima setiap siaran pers terbit (rahasia tidak ditampilkan)',
    query: workspaceQuery,
    response: z.object({ webhooks: z.array(z.object({ url: z.string(), secretSet: z.boolean() })) }),
    handler: async (ctx) => ({ webhooks: await getPublicationWebhooks(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/publication-webhooks',
    access: publicationsPolicy.can('webhooks'),
    tags,
    summary: 'Ganti daftar webhook siaran pers (rahasia kosong: tetap yang tersimpan)',
    query: workspaceQuery,
    body: webhooksSchema,
    response: z.object({ webhooks: z.array(z.object({ url: z.string(), secretSet: z.boolean() })) }),
    handler: async (ctx, { body }) => ({ webhooks: await savePublicationWebhooks(ctx, body.webhooks) }),
  });
}
