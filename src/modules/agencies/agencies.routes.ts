// /api/v1/agencies: the workspace's agency (OPD) registry.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery, workspaceSlug } from '../../kernel/http/schemas.ts';
import { agenciesPolicy } from './agencies.policy.ts';
import { addAgency, editAgency, getAgency, listAgencies } from './agencies.service.ts';

const fields = {
  name: z.string().min(1).max(200).describe('mis. Dinas Pekerjaan Umum dan Penataan Ruang'),
  shortName: z.string().min(1).max(60).describe('mis. Dinas PUPR'),
  head: z.string().max(200).nullable().optional().describe('Kepala OPD'),
  email: z.string().max(320).nullable().optional(),
  phone: z.string().max(60).nullable().optional(),
  active: z.boolean().optional(),
};
const agencySchema = z.object({
  id: z.number(),
  workspaceId: z.number(),
  name: z.string(),
  shortName: z.string(),
  head: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});

export function agencyRoutes(app: FastifyInstance) {
  const tags = ['agencies'];
  route(app, {
    method: 'GET',
    url: '/api/v1/agencies',
    access: agenciesPolicy.can('read'),
    tags,
    summary: 'Daftar OPD',
    query: workspaceQuery,
    response: z.object({ agencies: z.array(agencySchema) }),
    handler: async (ctx) => ({ agencies: await listAgencies(ctx) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/agencies/:id',
    access: agenciesPolicy.can('read'),
    tags,
    summary: 'Satu OPD',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ agency: agencySchema }),
    handler: async (ctx, { params }) => ({ agency: await getAgency(ctx, params.id) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/agencies',
    access: agenciesPolicy.can('manage'),
    tags,
    summary: 'Tambah OPD',
    body: z.object({ workspace: workspaceSlug, ...fields }),
    status: 201,
    response: z.object({ agency: agencySchema }),
    handler: async (ctx, { body }) => ({ agency: await addAgency(ctx, body) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/agencies/:id',
    access: agenciesPolicy.can('manage'),
    tags,
    summary: 'Ubah OPD (termasuk menonaktifkan)',
    params: idParams,
    query: workspaceQuery,
    body: z.object(fields).partial(),
    response: z.object({ agency: agencySchema }),
    handler: async (ctx, { params, body }) => ({ agency: await editAgency(ctx, params.id, body) }),
  });
}
