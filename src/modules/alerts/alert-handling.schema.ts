// The alert-handling contract shared by the API and the web app: an alert's detail (articles,
// handling, comments, history, delivery per channel) and the bodies of the handling requests.
import { z } from 'zod';
import { ALERT_STATUSES, COMMENT_MAX } from '../../domain/alert-handling.ts';

export const alertStatus = z.enum(ALERT_STATUSES);

const person = z.object({ id: z.number().int().nullable(), name: z.string() }).strict();
const assignee = z.object({ id: z.number().int(), name: z.string() }).strict();

export const alertDetail = z
  .object({
    id: z.string(),
    scopeType: z.string(),
    scopeId: z.string(),
    scopeLabel: z.string(),
    kind: z.string(),
    level: z.string(),
    reason: z.string(),
    createdAt: z.string(),
    status: alertStatus,
    acknowledgedBy: person.nullable(),
    acknowledgedAt: z.string().nullable(),
    assignee: assignee.nullable(),
    resolvedBy: person.nullable(),
    resolvedAt: z.string().nullable(),
    articles: z
      .object({
        total: z.number().int(),
        items: z.array(
          z
            .object({
              articleId: z.number().int().nullable().describe('null bila artikel tidak lagi tersimpan'),
              title: z.string().nullable(),
              outlet: z.string().nullable(),
              url: z.string(),
              publishedAt: z.string().nullable(),
            })
            .strict(),
        ),
      })
      .strict(),
    comments: z.array(
      z.object({ id: z.number().int(), author: person, body: z.string(), createdAt: z.string() }).strict(),
    ),
    history: z.array(
      z
        .object({
          id: z.number().int(),
          action: z.enum(['acknowledged', 'assigned', 'unassigned', 'resolved', 'reopened']),
          by: person,
          assignee: person.nullable(),
          at: z.string(),
        })
        .strict(),
    ),
    deliveries: z.array(
      z
        .object({
          channel: z.enum(['email', 'webhook']),
          status: z
            .enum(['sent', 'retrying', 'failed', 'pending'])
            .describe('retrying: percobaan gagal, pekerja akan mencoba lagi; failed: tidak dicoba lagi'),
          at: z.string().nullable(),
          attempts: z.number().int().describe('percobaan yang sudah dilakukan'),
          nextAttemptAt: z
            .string()
            .nullable()
            .describe('saat percobaan berikutnya, bila antrean menyebutkannya (hanya untuk retrying)'),
          error: z.string().nullable(),
        })
        .strict(),
    ),
    problems: z.array(z.string()).describe('mengapa peringatan tidak sampai ke suatu saluran'),
    assignable: z
      .array(z.object({ id: z.number().int(), name: z.string(), role: z.string() }).strict())
      .describe('orang yang dapat ditugasi: pengguna aktif dengan akses ke workspace ini'),
  })
  .strict();

export type AlertDetail = z.infer<typeof alertDetail>;

export const alertDetailResponse = z.object({ alert: alertDetail }).strict();

export const alertIdParams = z.object({ id: z.string().min(1).max(200) }).strict();

export const assigneeBody = z
  .object({ userId: z.number().int().positive().nullable().describe('null: lepaskan penugasan') })
  .strict();

export const commentRequest = z
  .object({
    // Trimmed and counted again by the service, which every caller goes through.
    body: z.string().max(COMMENT_MAX + 1000),
  })
  .strict();
