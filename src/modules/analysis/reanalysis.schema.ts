// The re-analysis contract shared by the API and the web app: a run and its progress.
import { z } from 'zod';
import { requestedWork } from '../../kernel/http/schemas.ts';

export const reanalysisRunSchema = z
  .object({
    id: z.number().int(),
    status: z
      .enum(['queued', 'running', 'done', 'failed'])
      .describe('queued: menunggu pekerja latar; running: berjalan; done: selesai; failed: gagal'),
    total: z.number().int().describe('berita yang akan dinilai (0 sebelum pekerja mulai menghitung)'),
    done: z.number().int().describe('berita yang sudah dinilai'),
    ...requestedWork,
  })
  .strict();

export type ReanalysisRunView = z.infer<typeof reanalysisRunSchema>;

export const reanalysisResponse = z.object({ run: reanalysisRunSchema }).strict();
export const latestReanalysisResponse = z
  .object({ run: reanalysisRunSchema.nullable().describe('null: belum pernah diminta') })
  .strict();
