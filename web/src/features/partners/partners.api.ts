// The partner media registry (mitra media): the list with warnings and coverage, one partner in
// full, and the changes to it, its certificates and its agreements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agreementInputSchema,
  certificateInputSchema,
  partnerDetailSchema,
  partnerItemSchema,
  updatePartnerSchema,
} from '../../../../src/modules/partners/partners.schema.ts';
import { api } from '../../app/api/client.ts';

export type PartnerItem = z.infer<typeof partnerItemSchema>;
export type PartnerDetail = z.infer<typeof partnerDetailSchema>;
export type PartnerFields = z.input<typeof updatePartnerSchema>;
export type CertificateInput = z.input<typeof certificateInputSchema>;
export type AgreementInput = z.input<typeof agreementInputSchema>;
export type Warning = PartnerItem['warnings'][number];
export type MediaType = PartnerItem['mediaType'];
export type VerificationStatus = PartnerItem['verification']['status'];
export const MEDIA_TYPES: MediaType[] = ['online', 'cetak', 'televisi', 'radio'];
export const VERIFICATION_STATUSES: VerificationStatus[] = ['none', 'administrative', 'factual'];
export const UKW_LEVELS: CertificateInput['level'][] = ['muda', 'madya', 'utama'];

const path = (id: number | string) => `/api/v1/partners/${encodeURIComponent(String(id))}`;

export function usePartners(workspace: string) {
  return useQuery({
    queryKey: ['partners', workspace, 'list'],
    queryFn: () => api<{ partners: PartnerItem[] }>('/api/v1/partners', { query: { workspace } }),
    select: (d) => d.partners,
  });
}

export function usePartner(workspace: string, id: string) {
  return useQuery({
    queryKey: ['partners', workspace, 'one', id],
    queryFn: () => api<{ partner: PartnerDetail }>(path(id), { query: { workspace } }),
    select: (d) => d.partner,
    enabled: id !== '',
  });
}

/** Any change to the registry: every view of it is read again. */
function usePartnerChange<V, R>(workspace: string, send: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['partners', workspace] }),
  });
}

export function useSavePartner(workspace: string) {
  return usePartnerChange(workspace, (v: { id?: number; fields: PartnerFields }) =>
    v.id === undefined
      ? api<{ partner: { id: number } }>('/api/v1/partners', {
          method: 'POST',
          body: { workspace, ...v.fields },
        })
      : api<{ partner: { id: number } }>(path(v.id), {
          method: 'PATCH',
          query: { workspace },
          body: v.fields,
        }),
  );
}

export function useRemovePartner(workspace: string) {
  return usePartnerChange(workspace, (id: number) =>
    api(path(id), { method: 'DELETE', query: { workspace } }),
  );
}

export function useAddCertificate(workspace: string, id: number) {
  return usePartnerChange(workspace, (body: CertificateInput) =>
    api(`${path(id)}/certificates`, { method: 'POST', query: { workspace }, body }),
  );
}

export function useAddAgreement(workspace: string, id: number) {
  return usePartnerChange(workspace, (body: AgreementInput) =>
    api(`${path(id)}/agreements`, { method: 'POST', query: { workspace }, body }),
  );
}

export function useRemoveRecord(workspace: string, id: number) {
  return usePartnerChange(workspace, (v: { kind: 'certificates' | 'agreements'; recordId: number }) =>
    api(`${path(id)}/${v.kind}/${v.recordId}`, { method: 'DELETE', query: { workspace } }),
  );
}
