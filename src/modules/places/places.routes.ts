// /api/v1/places: the workspace's own places (kecamatan, kelurahan/desa, local names) that the
// analysis recognises as places.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { placesPolicy } from './places.policy.ts';
import {
  addPlace,
  findRegions,
  importPlaces,
  listPlaces,
  loadRegion,
  removePlace,
} from './places.service.ts';

const newPlace = z.object({
  workspace: workspaceSlug,
  name: z.string().min(1).max(100),
  kind: z.string().min(1).max(20).optional().describe('kecamatan, kelurahan, desa, lainnya'),
  parent: z.string().min(1).max(100).optional(),
});
/** The same list format as `pantau places import`: one name per line or CSV "nama,jenis[,induk]". */
const placeList = z.object({ workspace: workspaceSlug, text: z.string().max(2_000_000) });
const placeSchema = z
  .object({ id: z.number(), name: z.string(), kind: z.string(), parent: z.string().nullable() })
  .loose();
const regionSchema = z.object({
  code: z.string().describe('Kode Kemendagri, mis. 11.72'),
  name: z.string(),
  province: z.string(),
});
const regionQuery = z.object({
  workspace: workspaceSlug,
  q: z.string().max(100).optional().describe('Nama, provinsi atau kode; kosong: semua kabupaten/kota'),
});
const regionChoice = z.object({
  workspace: workspaceSlug,
  region: z.string().trim().min(1).max(100).describe('Kode (11.72 atau 1172) atau nama kabupaten/kota'),
});

export function placeRoutes(app: FastifyInstance) {
  const tags = ['places'];
  route(app, {
    method: 'GET',
    url: '/api/v1/places',
    access: placesPolicy.can('read'),
    tags,
    summary: 'Daftar tempat',
    query: workspaceQuery,
    response: z.object({ places: z.array(placeSchema) }),
    handler: async (ctx) => ({ places: await listPlaces(ctx) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/places',
    access: placesPolicy.can('manage'),
    tags,
    summary: 'Tambah tempat',
    body: newPlace,
    status: 201,
    response: z.object({ place: placeSchema }),
    handler: async (ctx, { body }) => ({ place: await addPlace(ctx, body) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/places/import',
    access: placesPolicy.can('manage'),
    tags,
    summary: 'Impor daftar tempat',
    body: placeList,
    response: z.object({ read: z.number(), added: z.number(), skipped: z.number() }),
    handler: async (ctx, { body }) => importPlaces(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/places/regions',
    // The official list is public reference data, needed before the first workspace exists.
    access: 'self',
    tags,
    summary: 'Cari kabupaten/kota dalam daftar resmi',
    query: regionQuery,
    response: z.object({ regions: z.array(regionSchema) }),
    handler: async (ctx, { query }) => ({ regions: await findRegions(ctx, { query: query.q }) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/places/region',
    access: placesPolicy.can('manage'),
    tags,
    summary: 'Muat kecamatan dan kelurahan/desa satu kabupaten/kota',
    body: regionChoice,
    response: z.object({
      region: regionSchema,
      districts: z.number(),
      villages: z.number(),
      skipped: z.number(),
    }),
    handler: async (ctx, { body }) => loadRegion(ctx, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/places/:id',
    access: placesPolicy.can('manage'),
    tags,
    summary: 'Hapus tempat',
    params: idParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removePlace(ctx, params.id),
  });
}
