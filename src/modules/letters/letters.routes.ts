// /api/v1/letters: the agenda book of official letters — register, edit, the archive's search, the
// disposition of an incoming letter and its printable sheet.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { letterDispositionSheet } from './disposition-sheet.service.ts';
import { lettersPolicy } from './letters.policy.ts';
import {
  dispositionSchema,
  editLetterSchema,
  letterListQuery,
  letterSchema,
  registerLetterSchema,
} from './letters.schema.ts';
import { disposeLetter, editLetter, getLetter, listLetters, registerLetter } from './letters.service.ts';

/** "attachment" with an ASCII name for old clients and the exact name in UTF-8 for the others. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function letterRoutes(app: FastifyInstance) {
  const tags = ['letters'];
  const one = z.object({ letter: letterSchema });
  route(app, {
    method: 'GET',
    url: '/api/v1/letters',
    access: lettersPolicy.can('read'),
    tags,
    summary: 'Buku agenda dan arsip naskah dinas: cari, saring per arah, tahun, klasifikasi informasi',
    query: letterListQuery,
    response: z.object({ letters: z.array(letterSchema), total: z.number() }),
    handler: async (ctx, { query }) => listLetters(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/letters/:id',
    access: lettersPolicy.can('read'),
    tags,
    summary: 'Satu surat di buku agenda, dengan disposisinya',
    params: idParams,
    query: workspaceQuery,
    response: one,
    handler: async (ctx, { params }) => ({ letter: await getLetter(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/letters',
    access: lettersPolicy.can('register'),
    tags,
    summary: 'Catat surat masuk atau keluar dengan nomor agenda berikutnya',
    body: registerLetterSchema,
    status: 201,
    response: one,
    handler: async (ctx, { body }) => {
      const { workspace: _ws, ...input } = body;
      return { letter: await registerLetter(ctx, input) };
    },
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/letters/:id',
    access: lettersPolicy.can('register'),
    tags,
    summary: 'Ubah data surat (nomor agenda dan arah surat tetap)',
    params: idParams,
    query: workspaceQuery,
    body: editLetterSchema,
    response: one,
    handler: async (ctx, { params, body }) => ({ letter: await editLetter(ctx, params.id, body) }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/letters/:id/disposition',
    access: lettersPolicy.can('dispose'),
    tags,
    summary: 'Tulis disposisi pimpinan atas surat masuk',
    params: idParams,
    query: workspaceQuery,
    body: dispositionSchema,
    response: one,
    handler: async (ctx, { params, body }) => ({ letter: await disposeLetter(ctx, params.id, body) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/letters/:id/disposition.pdf',
    access: lettersPolicy.can('read'),
    tags,
    summary: 'Lembar disposisi surat masuk (PDF A4)',
    params: idParams,
    query: workspaceQuery,
    produces: { 'application/pdf': 'Lembar disposisi' },
    handler: async (ctx, { params }, _req, reply) => {
      const sheet = await letterDispositionSheet(ctx, params.id);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', attachment(sheet.fileName));
      return sheet.bytes;
    },
  });
}
