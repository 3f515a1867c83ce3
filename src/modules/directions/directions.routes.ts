// /api/v1/directions: the leader's directions (arahan) — give one to agencies, follow it up (agency
// actions, clarifications answered, reminders, closing), the per-agency summary, the printable
// disposition sheet and the evidence files agencies sent.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { directionsPolicy } from './directions.policy.ts';
import {
  agencySummarySchema,
  answerSchema,
  closeSchema,
  directionListItemSchema,
  directionSchema,
  giveDirectionSchema,
  recipientActionSchema,
  remindSchema,
} from './directions.schema.ts';
import {
  directionSummary,
  evidenceFile,
  getDirection,
  giveDirection,
  listDirections,
} from './directions.service.ts';
import { dispositionSheet } from './disposition.service.ts';
import {
  actOnRecipient,
  answerClarification,
  closeDirection,
  remindRecipients,
} from './follow-up.service.ts';

/** Evidence files travel as base64 in the JSON body: room for two files of 5 MB and the rest. */
const ACTIONS_BODY_LIMIT = 16 * 1024 * 1024;

/** "attachment" with an ASCII name for old clients and the exact name in UTF-8 for the others. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function directionRoutes(app: FastifyInstance) {
  const tags = ['directions'];
  const withId = idParams;
  route(app, {
    method: 'GET',
    url: '/api/v1/directions',
    access: directionsPolicy.can('read'),
    tags,
    summary: 'Daftar arahan pimpinan, terbaru dulu (petugas OPD: hanya arahan untuk OPD-nya)',
    query: workspaceQuery.extend({
      status: z.enum(['open', 'closed']).optional(),
      agency: z.coerce.number().int().positive().optional().describe('hanya arahan yang diterima OPD ini'),
      overdue: z
        .enum(['true', 'false'])
        .optional()
        .transform((v) => v === 'true')
        .describe('hanya yang lewat batas waktu dan belum selesai'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce.number().int().positive().optional().describe('halaman berikut: id lebih kecil'),
    }),
    response: z.object({ directions: z.array(directionListItemSchema) }),
    handler: async (ctx, { query }) => ({ directions: await listDirections(ctx, query) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/directions/summary',
    access: directionsPolicy.can('overview'),
    tags,
    summary: 'Rekap per OPD: belum selesai, selesai, terlambat',
    query: workspaceQuery,
    response: z.object({ agencies: z.array(agencySummarySchema) }),
    handler: async (ctx) => ({ agencies: await directionSummary(ctx) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/directions/:id',
    access: directionsPolicy.can('read'),
    tags,
    summary: 'Satu arahan: isu dan berita asal, OPD penerima (dengan terusan), riwayat tindak lanjut',
    params: withId,
    query: workspaceQuery,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { params }) => ({ direction: await getDirection(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/directions',
    access: directionsPolicy.can('give'),
    tags,
    summary: 'Catat arahan pimpinan dan kirim sebagai disposisi ke OPD',
    body: giveDirectionSchema,
    status: 201,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { body }) => ({ direction: await giveDirection(ctx, body) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/directions/:id/recipients/:rid/actions',
    access: directionsPolicy.can('respond'),
    // The one route that takes files (evidence, base64 in the JSON body).
    bodyLimit: ACTIONS_BODY_LIMIT,
    tags,
    summary: 'Tindakan OPD pada arahannya: terima, kemajuan, laporan selesai dengan bukti, tanya, teruskan',
    params: withId.extend({ rid: z.coerce.number().int().positive() }),
    query: workspaceQuery,
    body: recipientActionSchema,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { params, body }) => ({
      direction: await actOnRecipient(ctx, params.id, params.rid, body),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/directions/:id/answer',
    access: directionsPolicy.can('follow_up'),
    tags,
    summary: 'Jawab pertanyaan (permintaan penjelasan) dari OPD',
    params: withId,
    query: workspaceQuery,
    body: answerSchema,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { params, body }) => ({
      direction: await answerClarification(ctx, params.id, body),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/directions/:id/remind',
    access: directionsPolicy.can('follow_up'),
    tags,
    summary: 'Ingatkan OPD yang belum selesai',
    params: withId,
    query: workspaceQuery,
    body: remindSchema,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { params, body }) => ({ direction: await remindRecipients(ctx, params.id, body) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/directions/:id/close',
    access: directionsPolicy.can('follow_up'),
    tags,
    summary: 'Tutup arahan (bila belum semua OPD selesai, dengan alasan)',
    params: withId,
    query: workspaceQuery,
    body: closeSchema,
    response: z.object({ direction: directionSchema }),
    handler: async (ctx, { params, body }) => ({ direction: await closeDirection(ctx, params.id, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/directions/:id/disposition.pdf',
    access: directionsPolicy.can('read'),
    tags,
    summary: 'Lembar disposisi arahan (PDF A4) — petugas OPD mendapat salinan OPD-nya',
    params: withId,
    query: workspaceQuery.extend({
      recipient: z.coerce.number().int().positive().optional().describe('salinan untuk baris OPD ini'),
    }),
    produces: { 'application/pdf': 'Lembar disposisi' },
    handler: async (ctx, { params, query }, _req, reply) => {
      const sheet = await dispositionSheet(ctx, params.id, query.recipient);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', attachment(sheet.fileName));
      return sheet.bytes;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/directions/:id/files/:fileId',
    access: directionsPolicy.can('read'),
    tags,
    summary: 'Unduh berkas bukti tindak lanjut',
    params: withId.extend({ fileId: z.coerce.number().int().positive() }),
    query: workspaceQuery,
    produces: {
      'application/pdf': 'PDF',
      'image/png': 'PNG',
      'image/jpeg': 'JPEG',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    },
    handler: async (ctx, { params }, _req, reply) => {
      const file = await evidenceFile(ctx, params.id, params.fileId);
      // The type read from the bytes when it was sent, and never rendered in the app's origin.
      reply.header('content-type', file.mediaType);
      reply.header('content-disposition', attachment(file.name));
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', "default-src 'none'; sandbox");
      return file.bytes;
    },
  });
}
