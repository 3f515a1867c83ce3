// The "Ambil sekarang" contract shared by the API and the web app: a requested poll of one source,
// what it found, and how the new articles it found have fared since.
import { z } from 'zod';
import { requestedWork } from '../../kernel/http/schemas.ts';

export const pollRequestSchema = z
  .object({
    id: z.number().int(),
    sourceId: z.number().int(),
    status: z
      .enum(['queued', 'running', 'done', 'failed'])
      .describe('queued: menunggu pekerja latar; running: membaca sumber; done: selesai; failed: gagal'),
    listed: z.number().int().describe('berita yang tercantum di feed atau sitemap saat dibaca'),
    newArticles: z.number().int().describe('berita yang belum pernah terkumpul: diambil halamannya'),
    unchanged: z.boolean().describe('sumber menjawab tidak berubah sejak pemeriksaan sebelumnya'),
    articles: z
      .object({
        pending: z.number().int(),
        fetched: z.number().int(),
        failed: z.number().int(),
        duplicate: z.number().int(),
      })
      .strict()
      .describe('nasib berita baru sejauh ini: menunggu diambil, terambil, gagal, duplikat'),
    ...requestedWork,
  })
  .strict();

export type PollRequestView = z.infer<typeof pollRequestSchema>;

export const pollRequestResponse = z.object({ poll: pollRequestSchema }).strict();
export const latestPollResponse = z
  .object({ poll: pollRequestSchema.nullable().describe('null: belum pernah diminta') })
  .strict();
