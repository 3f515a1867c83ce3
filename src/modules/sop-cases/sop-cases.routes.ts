// /api/v1/sop-cases: reports and publications on their way through an SOP — start, read with the
// history and the clock, act on the current step; /api/v1/inbox: what waits for me;
// /api/v1/settings/work-calendar: the office hours the time standards count in.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { complianceXlsx, monitoringFormPdf, sopCompliance } from './compliance.service.ts';
import { sopCasesPolicy } from './sop-cases.policy.ts';
import {
  caseActionSchema,
  caseListItemSchema,
  caseSchema,
  inboxItemSchema,
  startCaseSchema,
  workCalendarSchema,
  workCalendarSettingsSchema,
} from './sop-cases.schema.ts';
import { actOnCase, getCase, inbox, listCases, startCase } from './sop-cases.service.ts';
import { getWorkCalendar, saveWorkCalendar } from './work-calendar.service.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const complianceParams = z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/) });
const complianceQuery = workspaceQuery.extend({
  from: day.describe('hari pertama'),
  to: day.describe('hari terakhir, termasuk'),
});
const stepComplianceSchema = z.object({
  step: z.number(),
  activity: z.string(),
  standardMinutes: z.number(),
  completions: z.number(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  withinStandard: z.number().nullable().describe('bagian pelaksanaan dalam mutu baku, 0..1'),
  deviations: z.array(
    z.object({
      caseId: z.number(),
      caseTitle: z.string(),
      step: z.number(),
      workingMinutes: z.number(),
      standardMinutes: z.number(),
      actorName: z.string(),
      note: z.string(),
      at: z.string(),
    }),
  ),
});

export function sopCaseRoutes(app: FastifyInstance) {
  const tags = ['sop-cases'];
  route(app, {
    method: 'GET',
    url: '/api/v1/inbox',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Kotak masuk: kasus yang menunggu peran saya, paling mendesak dulu',
    query: workspaceQuery,
    response: z.object({ items: z.array(inboxItemSchema) }),
    handler: async (ctx) => ({ items: await inbox(ctx) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sop-cases',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Daftar kasus SOP, terbaru dulu',
    query: workspaceQuery.extend({
      status: z.enum(['open', 'done', 'cancelled']).optional(),
      sop: z.string().max(40).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .describe('halaman berikut: kasus dengan id lebih kecil'),
    }),
    response: z.object({ cases: z.array(caseListItemSchema) }),
    handler: async (ctx, { query }) => ({ cases: await listCases(ctx, query) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sop-cases/:id',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Satu kasus: langkah, tenggat (waktu kerja), tindakan yang boleh, riwayat',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ case: caseSchema }),
    handler: async (ctx, { params }) => ({ case: await getCase(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/sop-cases',
    access: sopCasesPolicy.can('start'),
    tags,
    summary: 'Mulai kasus pada versi terbaru SOP',
    body: startCaseSchema,
    status: 201,
    response: z.object({ case: caseSchema }),
    handler: async (ctx, { body }) => ({ case: await startCase(ctx, body) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/sop-cases/:id/actions',
    access: sopCasesPolicy.can('act'),
    tags,
    summary: 'Tindakan pada langkah saat ini: selesai/Setuju, YA/TIDAK, kembalikan, serahkan, batalkan',
    params: idParams,
    query: workspaceQuery,
    body: caseActionSchema,
    response: z.object({ case: caseSchema }),
    handler: async (ctx, { params, body }) => ({ case: await actOnCase(ctx, params.id, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/settings/work-calendar',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Jam kerja dan hari libur yang dipakai menghitung mutu baku waktu',
    query: workspaceQuery,
    response: z.object({ calendar: workCalendarSchema }),
    handler: async (ctx) => ({ calendar: await getWorkCalendar(ctx) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/settings/work-calendar',
    access: sopCasesPolicy.can('configure'),
    tags,
    summary: 'Ubah jam kerja kantor dan hari libur kantor',
    query: workspaceQuery,
    body: workCalendarSettingsSchema,
    response: z.object({ calendar: workCalendarSchema }),
    handler: async (ctx, { body }) => ({ calendar: await saveWorkCalendar(ctx, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/compliance',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Kepatuhan SOP per langkah: waktu nyata terhadap mutu baku, penyimpangan, formulir monitoring',
    params: complianceParams,
    query: complianceQuery,
    response: z.object({
      compliance: z.object({
        sop: z.object({ key: z.string(), number: z.string(), title: z.string(), version: z.number() }),
        period: z.object({ fromDay: z.string(), toDay: z.string() }),
        steps: z.array(stepComplianceSchema),
        form: z.array(
          z.object({
            no: z.number(),
            procedure: z.string(),
            runsWell: z.enum(['Ya', 'Tidak', '-']),
            notes: z.string(),
            action: z.string(),
          }),
        ),
      }),
    }),
    handler: async (ctx, { params, query }) => ({
      compliance: await sopCompliance(ctx, params.key, { fromDay: query.from, toDay: query.to }),
    }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/compliance.xlsx',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Kepatuhan SOP dan formulir monitoring sebagai XLSX',
    params: complianceParams,
    query: complianceQuery,
    produces: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
        'Kepatuhan, penyimpangan, formulir monitoring',
    },
    handler: async (ctx, { params, query }, _req, reply) => {
      const c = await sopCompliance(ctx, params.key, { fromDay: query.from, toDay: query.to });
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header(
        'content-disposition',
        `attachment; filename="kepatuhan-${params.key}-${query.from}.xlsx"`,
      );
      return complianceXlsx(ctx, c);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/sops/:key/monitoring-form.pdf',
    access: sopCasesPolicy.can('read'),
    tags,
    summary: 'Formulir monitoring SOP, terisi dari waktu yang terukur, untuk dilengkapi penilai',
    params: complianceParams,
    query: complianceQuery,
    produces: { 'application/pdf': 'Formulir monitoring SOP' },
    handler: async (ctx, { params, query }, _req, reply) => {
      const c = await sopCompliance(ctx, params.key, { fromDay: query.from, toDay: query.to });
      const letterhead = ctx.workspace ? (await letterheadOf(ctx, ctx.workspace)).lines : [];
      reply.header('content-type', 'application/pdf');
      reply.header(
        'content-disposition',
        `attachment; filename="formulir-monitoring-${params.key}-${query.from}.pdf"`,
      );
      return monitoringFormPdf(c, letterhead);
    },
  });
}
