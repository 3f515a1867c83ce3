// /api/v1/reports: SOP A's monitoring reports — draft one for a period (its case starts at step 1),
// read it, write in a section at one's own step, see a section's versions, comment, and download
// it (PDF, DOCX, annex XLSX); /api/v1/settings/letterhead: the kop surat reports print.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import type { RichDoc } from '../../report/rich-text.ts';
import { getLetterhead, saveLetterhead } from './letterhead.service.ts';
import { REPORT_MEDIA_TYPES, type ReportFileKind, reportFile } from './report-files.service.ts';
import { getReportSchedule, saveReportSchedule } from './report-schedule.service.ts';
import { reportsPolicy } from './reports.policy.ts';
import {
  commentSchema,
  draftReportSchema,
  letterheadSchema,
  reportListItemSchema,
  reportSchema,
  richDocSchema,
  sectionVersionSchema,
} from './reports.schema.ts';
import {
  commentOnSection,
  draftReport,
  getReport,
  listReports,
  saveSection,
  sectionHistory,
} from './reports.service.ts';

const sectionParams = idParams.extend({ key: z.string().regex(/^[a-z0-9-]{1,60}$/) });

export function reportRoutes(app: FastifyInstance) {
  const tags = ['reports'];
  route(app, {
    method: 'GET',
    url: '/api/v1/reports',
    access: reportsPolicy.can('read'),
    tags,
    summary: 'Daftar laporan media monitoring, terbaru dulu',
    query: workspaceQuery.extend({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce.number().int().positive().optional(),
    }),
    response: z.object({ reports: z.array(reportListItemSchema) }),
    handler: async (ctx, { query }) => ({ reports: await listReports(ctx, query) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/reports',
    access: reportsPolicy.can('draft'),
    tags,
    summary: 'Susun draf laporan untuk satu periode dari data dan mulai kasus SOP A-nya',
    body: draftReportSchema,
    status: 201,
    response: z.object({ report: reportSchema }),
    handler: async (ctx, { body }) => ({
      report: await draftReport(ctx, { fromDay: body.from, toDay: body.to, title: body.title }),
    }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/reports/:id',
    access: reportsPolicy.can('read'),
    tags,
    summary: 'Satu laporan: bagian-bagian terkini, komentar, kasus SOP-nya',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ report: reportSchema }),
    handler: async (ctx, { params }) => ({ report: await getReport(ctx, params.id) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/reports/:id/sections/:key/versions',
    access: reportsPolicy.can('read'),
    tags,
    summary: 'Semua versi satu bagian laporan, terbaru dulu (untuk membandingkan)',
    params: sectionParams,
    query: workspaceQuery,
    response: z.object({ versions: z.array(sectionVersionSchema) }),
    handler: async (ctx, { params }) => ({ versions: await sectionHistory(ctx, params.id, params.key) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/reports/:id/sections/:key',
    access: reportsPolicy.can('write'),
    tags,
    summary: 'Simpan bagian laporan sebagai versi baru (pelaksana langkah saat ini)',
    params: sectionParams,
    query: workspaceQuery,
    body: z.object({
      body: richDocSchema,
      baseVersion: z.number().int().positive(),
      note: z.string().max(500).optional(),
    }),
    response: z.object({ section: sectionVersionSchema }),
    handler: async (ctx, { params, body }) => ({
      section: await saveSection(ctx, params.id, params.key, { ...body, body: body.body as RichDoc }),
    }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/reports/:id/sections/:key/comments',
    access: reportsPolicy.can('comment'),
    tags,
    summary: 'Komentar pada satu bagian laporan',
    params: sectionParams,
    query: workspaceQuery,
    body: z.object({ body: z.string().min(1).max(4000) }),
    status: 201,
    response: z.object({ comment: commentSchema }),
    handler: async (ctx, { params, body }) => ({
      comment: await commentOnSection(ctx, params.id, params.key, body.body),
    }),
  });
  for (const [kind, file, what] of [
    ['pdf', 'report.pdf', 'Laporan sebagai PDF: kop surat, daftar isi, grafik, lembar persetujuan, lampiran'],
    ['docx', 'report.docx', 'Laporan sebagai DOCX untuk diolah di pengolah kata'],
    ['xlsx', 'annex.xlsx', 'Lampiran daftar berita sebagai XLSX'],
  ] as [ReportFileKind, string, string][]) {
    route(app, {
      method: 'GET',
      url: `/api/v1/reports/:id/${file}`,
      access: reportsPolicy.can('read'),
      tags,
      summary: what,
      params: idParams,
      query: workspaceQuery,
      produces: { [REPORT_MEDIA_TYPES[kind]]: what },
      handler: async (ctx, { params }, _req, reply) => {
        const out = await reportFile(ctx, params.id, kind);
        reply.header('content-type', out.mediaType);
        reply.header('content-disposition', `attachment; filename="${out.fileName}"`);
        return out.bytes;
      },
    });
  }
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/letterhead',
    access: reportsPolicy.can('read'),
    tags,
    summary: 'Kop surat laporan',
    query: workspaceQuery,
    response: z.object({ letterhead: letterheadSchema }),
    handler: async (ctx) => ({ letterhead: await getLetterhead(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/letterhead',
    access: reportsPolicy.can('letterhead'),
    tags,
    summary: 'Ubah kop surat laporan (baris dan logo PNG)',
    query: workspaceQuery,
    body: letterheadSchema,
    response: z.object({ letterhead: letterheadSchema }),
    handler: async (ctx, { body }) => ({ letterhead: await saveLetterhead(ctx, body) }),
  });
  const scheduleSchema = z.object({
    frequency: z
      .enum(['off', 'daily', 'weekly', 'monthly'])
      .describe('harian: kemarin; mingguan: Senin–Minggu lalu; bulanan: bulan lalu'),
    hour: z.number().int().min(0).max(23).describe('jam lokal setelah periode berakhir saat draf disusun'),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/report-schedule',
    access: reportsPolicy.can('read'),
    tags,
    summary: 'Jadwal penyusunan draf laporan otomatis',
    query: workspaceQuery,
    response: z.object({ schedule: scheduleSchema }),
    handler: async (ctx) => ({ schedule: await getReportSchedule(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/report-schedule',
    access: reportsPolicy.can('letterhead'),
    tags,
    summary: 'Ubah jadwal penyusunan draf laporan otomatis',
    query: workspaceQuery,
    body: scheduleSchema,
    response: z.object({ schedule: scheduleSchema }),
    handler: async (ctx, { body }) => ({ schedule: await saveReportSchedule(ctx, body) }),
  });
}
