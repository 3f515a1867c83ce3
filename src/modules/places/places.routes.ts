// /api/v1/places: the workspace's own places (kecamatan, kelurahan/desa, local names) that the
// analysis recognises as places.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addPlace, importPlaces, listPlaces, removePlace } from './places.service.ts';
import type { Store } from '../../kernel/db/connect.ts';

const workspace = z.string().min(1).optional();
const newPlace = z.object({
  workspace,
  name: z.string().min(1).max(100),
  kind: z.string().min(1).max(20).optional(),
  parent: z.string().min(1).max(100).optional(),
});
/** The same list format as `pantau places import`: one name per line or CSV "nama,jenis[,induk]". */
const placeList = z.object({ workspace, text: z.string().max(2_000_000) });

export function placeRoutes(app: FastifyInstance, store: Store) {
  app.get('/api/v1/places', { schema: { tags: ['places'], summary: 'Daftar tempat' } }, async (req) => {
    const query = z.object({ workspace }).parse(req.query);
    return { places: await listPlaces(store, query.workspace) };
  });
  app.post(
    '/api/v1/places',
    { schema: { tags: ['places'], summary: 'Tambah tempat' } },
    async (req, reply) => {
      const place = await addPlace(store, newPlace.parse(req.body));
      reply.status(201);
      return { place };
    },
  );
  app.post(
    '/api/v1/places/import',
    { schema: { tags: ['places'], summary: 'Impor daftar tempat' } },
    async (req) => importPlaces(store, placeList.parse(req.body)),
  );
  app.delete(
    '/api/v1/places/:id',
    { schema: { tags: ['places'], summary: 'Hapus tempat' } },
    async (req, reply) => {
      const { id } = z.object({ id: z.coerce.number().int().positive() }).parse(req.params);
      await removePlace(store, id);
      return reply.status(204).send();
    },
  );
}
