// The workspace's monitored subjects: used by the dashboard, search, articles and settings.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { subjectSchema } from '../../../../src/modules/subjects/subjects.schema.ts';
import { api } from './client.ts';

export type Subject = z.infer<typeof subjectSchema> & { enabled?: boolean };

export function useSubjects(workspace: string) {
  return useQuery({
    queryKey: ['subjects', workspace],
    queryFn: () => api<{ subjects: Subject[] }>('/api/v1/subjects', { query: { workspace } }),
    select: (data) => data.subjects,
    staleTime: 5 * 60_000,
  });
}
