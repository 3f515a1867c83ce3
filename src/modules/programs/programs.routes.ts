// /api/v1/programs: the inventory of the government's programs and activities (SOP B step 1) —
// list, one with its coverage, add, edit, remove, the spreadsheet import (preview, then import) —
// and the public issues of a period beside it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendProblem } from '../../kernel/http/problem.ts';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { ImportRejected, importPrograms, previewImport } from './program-import.service.ts';
import { programsPolicy } from './programs.policy.ts';
import {
  coverageSchema,
  importCommitSchema,
  listQuerySchema,
  previewSchema,
  programInputSchema,
  programSchema,
  publicIssueSchema,
  publicIssuesQuerySchema,
} from './programs.schema.ts';
import { addProgram, editProgram, getProgram, listPrograms, removeProgram } from './programs.service.ts';
import { publicIssues } from './public-issues.service.ts';

/** A 5 MB sheet as base64 in JSON, and room for the rest of the body. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024 + 64 * 1024;

export function programRoutes(app: FastifyInstance) {
  const tags = ['programs'];
  const read = programsPolicy.can('read');
  const manage = programsPolicy.can('manage');
  route(app, {
    method: 'GET',
    url: '/api/v1/programs',
    access: read,
    tags,
    summary: 'Daftar program dan kegiatan (filter: tahun anggaran, OPD, status, kata)',
    query: listQuerySchema,
    response: z.object({
      programs: z.array(programSchema),
      total: z.number(),
      years: z.array(z.number()).describe('tahun anggaran yang ada di inventaris'),
    }),
    handler: async (ctx, { query }) => listPrograms(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/programs/public-issues',
    access: read,
    tags,
    summary: 'Isu publik periode ini: isu yang dipantau dengan volume, nada dan tingkat krisis',
    query: publicIssuesQuerySchema,
    response: z.object({ from: z.string(), to: z.string(), issues: z.array(publicIssueSchema) }),
    handler: async (ctx, { query }) => publicIssues(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/programs/:id',
    access: read,
    tags,
    summary: 'Satu program dengan liputan berita yang menyebutnya',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ program: programSchema.extend({ coverage: coverageSchema }) }),
    handler: async (ctx, { params }) => ({ program: await getProgram(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/programs',
    access: manage,
    tags,
    summary: 'Tambah program/kegiatan',
    body: programInputSchema.extend({ workspace: workspaceSlug }),
    status: 201,
    response: z.object({ program: programSchema }),
    handler: async (ctx, { body }) => ({ program: await addProgram(ctx, body) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/programs/:id',
    access: manage,
    tags,
    summary: 'Ubah program/kegiatan',
    params: idParams,
    query: workspaceQuery,
    body: programInputSchema.partial(),
    response: z.object({ program: programSchema }),
    handler: async (ctx, { params, body }) => ({ program: await editProgram(ctx, params.id, body) }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/programs/:id',
    access: manage,
    tags,
    summary: 'Hapus program/kegiatan',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeProgram(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/programs/import/preview',
    access: manage,
    bodyLimit: IMPORT_BODY_LIMIT,
    tags,
    summary:
      'Pratinjau impor XLSX/CSV: kolom, usulan pemetaan (atau pemetaan yang dikirim), baris pertama, kesalahan per baris; tidak menyimpan apa pun',
    body: importCommitSchema,
    response: previewSchema,
    handler: async (ctx, { body }) => previewImport(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/programs/import',
    access: manage,
    bodyLimit: IMPORT_BODY_LIMIT,
    tags,
    summary:
      'Impor XLSX/CSV dengan pemetaan kolom: semua baris tersimpan, atau tidak satu pun (422 dengan kesalahan per baris)',
    body: importCommitSchema,
    status: 201,
    response: z.object({ imported: z.number(), ids: z.array(z.number()) }),
    handler: async (ctx, { body }, _req, reply) => {
      try {
        return await importPrograms(ctx, body);
      } catch (e) {
        if (!(e instanceof ImportRejected)) throw e;
        // The problems travel as the problem document's field errors: path "rows.<row>.<field>".
        // Returning the reply (a thenable) waits until it is sent: the route adds nothing more.
        return sendProblem(reply, 422, e.code, e.message, {
          errors: e.errors.map((r) => ({
            path: `rows.${r.row}.${r.field ?? 'mapping'}`,
            message: `Baris ${r.row}, kolom "${r.column}": ${r.message}`,
          })),
        });
      }
    },
  });
}
