// /api/v1/sources: list, add, enable/disable and remove sources, and read a source's log.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addSource, enableSource, listSources, removeSource, sourceLog } from './sources.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const workspaceQuery = z.object({ workspace: z.string().min(1).optional() });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const newSource = z.object({
  workspace: z.string().min(1).optional(),
  url: z.string().url().max(2000).optional(),
  kind: z.enum(['feed', 'sitemap', 'search', 'article']).optional(),
  name: z.string().min(1).max(200).optional(),
  query: z.string().min(1).max(500).optional(),
  catalogueKey: z.string().min(1).max(100).optional(),
});
const patch = z.object({ enabled: z.boolean() });

export function sourceRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/sources', { schema: { tags: ['sources'], summary: 'Daftar sumber' } }, async (req) => {
    const { workspace } = workspaceQuery.parse(req.query);
    return { sources: await listSources(store, workspace) };
  });
  app.post(
    '/api/v1/sources',
    { schema: { tags: ['sources'], summary: 'Tambah sumber' } },
    async (req, reply) => {
      const body = newSource.parse(req.body);
      reply.status(201);
      return { source: await addSource(store, body) };
    },
  );
  app.patch(
    '/api/v1/sources/:id',
    { schema: { tags: ['sources'], summary: 'Aktifkan / nonaktifkan' } },
    async (req) => {
      const { id } = idParams.parse(req.params);
      return { source: await enableSource(store, id, patch.parse(req.body).enabled) };
    },
  );
  app.delete(
    '/api/v1/sources/:id',
    { schema: { tags: ['sources'], summary: 'Hapus sumber' } },
    async (req, reply) => {
      const { id } = idParams.parse(req.params);
      await removeSource(store, id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/sources/:id/log',
    { schema: { tags: ['sources'], summary: 'Catatan sumber' } },
    async (req) => {
      const { id } = idParams.parse(req.params);
      return { log: await sourceLog(store, id, 100) };
    },
  );
}
