// The agenda book (buku agenda) of official letters: the archive's list with filters and search, one
// letter, registering and editing one, the leader's disposition, and its printable sheet.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  dispositionSchema,
  editLetterSchema,
  letterSchema,
  registerLetterSchema,
} from '../../../../src/modules/letters/letters.schema.ts';
import { api, apiUrl } from '../../app/api/client.ts';

export type Letter = z.infer<typeof letterSchema>;
export type RegisterLetter = Omit<z.input<typeof registerLetterSchema>, 'workspace'>;
export type EditLetter = z.input<typeof editLetterSchema>;
export type Disposition = z.input<typeof dispositionSchema>;
export type LetterDirection = Letter['direction'];
export type PublicClass = Letter['publicClass'];
export type Ask = NonNullable<Letter['disposition']>['asks'][number];

export const LETTER_DIRECTIONS: LetterDirection[] = ['masuk', 'keluar'];
export const PUBLIC_CLASSES: PublicClass[] = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'];
export const ASKS: Ask[] = [
  'tindak_lanjut',
  'tanggapan',
  'koordinasi',
  'proses',
  'bahan',
  'hadir',
  'laporkan',
  'arsip',
];
export const PAGE_SIZE = 25;

export interface LetterFilter {
  direction: LetterDirection | null;
  year: number | null;
  publicClass: PublicClass | null;
  q: string;
  page: number;
}

const path = (id: number | string) => `/api/v1/letters/${encodeURIComponent(String(id))}`;
const oneKey = (workspace: string, id: string) => ['letters', workspace, 'one', id] as const;

export function useLetters(workspace: string, f: LetterFilter) {
  return useQuery({
    queryKey: ['letters', workspace, 'list', f.direction, f.year, f.publicClass, f.q, f.page],
    queryFn: () =>
      api<{ letters: Letter[]; total: number }>('/api/v1/letters', {
        query: {
          workspace,
          direction: f.direction,
          year: f.year,
          publicClass: f.publicClass,
          q: f.q || undefined,
          limit: PAGE_SIZE,
          offset: f.page * PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useLetter(workspace: string, id: string) {
  return useQuery({
    queryKey: oneKey(workspace, id),
    queryFn: () => api<{ letter: Letter }>(path(id), { query: { workspace } }),
    select: (d) => d.letter,
    enabled: id !== '',
  });
}

function useLetterChange<V>(workspace: string, send: (v: V) => Promise<{ letter: Letter }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => {
      queryClient.setQueryData(oneKey(workspace, String(data.letter.id)), data);
      void queryClient.invalidateQueries({ queryKey: ['letters', workspace, 'list'] });
    },
  });
}

export function useRegisterLetter(workspace: string) {
  return useLetterChange(workspace, (body: RegisterLetter) =>
    api<{ letter: Letter }>('/api/v1/letters', { method: 'POST', body: { workspace, ...body } }),
  );
}

export function useEditLetter(workspace: string, id: number) {
  return useLetterChange(workspace, (body: EditLetter) =>
    api<{ letter: Letter }>(path(id), { method: 'PATCH', query: { workspace }, body }),
  );
}

export function useDisposeLetter(workspace: string, id: number) {
  return useLetterChange(workspace, (body: Disposition) =>
    api<{ letter: Letter }>(`${path(id)}/disposition`, { method: 'PUT', query: { workspace }, body }),
  );
}

export const letterDispositionUrl = (workspace: string, id: number) =>
  apiUrl(`${path(id)}/disposition.pdf`, { workspace });
