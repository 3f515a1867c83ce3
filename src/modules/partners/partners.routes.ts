// /api/v1/partners: the partner media registry (mitra media) with warnings and coverage.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { route } from '../../kernel/http/route.ts';
import { workspaceQuery } from '../../kernel/http/schemas.ts';
import {
  addAgreement,
  addCertificate,
  removeAgreement,
  removeCertificate,
} from './partner-records.service.ts';
import { partnersPolicy } from './partners.policy.ts';
import {
  agreementInputSchema,
  agreementParams,
  agreementSchema,
  certificateInputSchema,
  certificateParams,
  certificateSchema,
  createPartnerSchema,
  partnerDetailSchema,
  partnerItemSchema,
  partnerParams,
  partnerSchema,
  periodQuery,
  updatePartnerSchema,
} from './partners.schema.ts';
import { addPartner, editPartner, getPartner, listPartners, removePartner } from './partners.service.ts';

export function partnerRoutes(app: FastifyInstance) {
  const tags = ['partners'];
  const read = partnersPolicy.can('read');
  const manage = partnersPolicy.can('manage');
  route(app, {
    method: 'GET',
    url: '/api/v1/partners',
    access: read,
    tags,
    summary: 'Daftar mitra media, dengan peringatan masa berlaku dan liputan',
    query: periodQuery,
    response: z.object({ partners: z.array(partnerItemSchema) }),
    handler: async (ctx, { query }) => ({ partners: await listPartners(ctx, query) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/partners/:id',
    access: read,
    tags,
    summary: 'Satu mitra media: sertifikat UKW, perjanjian, peringatan, liputan',
    params: partnerParams,
    query: periodQuery,
    response: z.object({ partner: partnerDetailSchema }),
    handler: async (ctx, { params, query }) => ({ partner: await getPartner(ctx, params.id, query) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/partners',
    access: manage,
    tags,
    summary: 'Tambah mitra media',
    body: createPartnerSchema,
    status: 201,
    response: z.object({ partner: partnerSchema }),
    handler: async (ctx, { body }) => ({ partner: await addPartner(ctx, body) }),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/partners/:id',
    access: manage,
    tags,
    summary: 'Ubah mitra media (termasuk menonaktifkan)',
    params: partnerParams,
    query: workspaceQuery,
    body: updatePartnerSchema,
    response: z.object({ partner: partnerSchema }),
    handler: async (ctx, { params, body }) => ({ partner: await editPartner(ctx, params.id, body) }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/partners/:id',
    access: manage,
    tags,
    summary: 'Hapus mitra media beserta sertifikat dan perjanjiannya',
    params: partnerParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removePartner(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/partners/:id/certificates',
    access: manage,
    tags,
    summary: 'Tambah sertifikat kompetensi wartawan (UKW)',
    params: partnerParams,
    query: workspaceQuery,
    body: certificateInputSchema,
    status: 201,
    response: z.object({ certificate: certificateSchema }),
    handler: async (ctx, { params, body }) => ({ certificate: await addCertificate(ctx, params.id, body) }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/partners/:id/certificates/:certificateId',
    access: manage,
    tags,
    summary: 'Hapus sertifikat UKW',
    params: certificateParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeCertificate(ctx, params.id, params.certificateId),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/partners/:id/agreements',
    access: manage,
    tags,
    summary: 'Tambah perjanjian kerja sama',
    params: partnerParams,
    query: workspaceQuery,
    body: agreementInputSchema,
    status: 201,
    response: z.object({ agreement: agreementSchema }),
    handler: async (ctx, { params, body }) => ({ agreement: await addAgreement(ctx, params.id, body) }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/partners/:id/agreements/:agreementId',
    access: manage,
    tags,
    summary: 'Hapus perjanjian kerja sama',
    params: agreementParams,
    query: workspaceQuery,
    status: 204,
    handler: async (ctx, { params }) => removeAgreement(ctx, params.id, params.agreementId),
  });
}
