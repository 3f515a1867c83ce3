// The notices API contract, shared with the web app.
import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const noticeSchema = z.object({
  id: z.number(),
  kind: z.string().describe('waiting, returned, handed_over, reminder, overdue, escalation, direction'),
  title: z.string(),
  body: z.string(),
  link: z.string().describe('alamat halaman di aplikasi web, mis. /kasus/12'),
  caseId: z.number().nullable(),
  directionId: z.number().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  mail: z.object({
    state: z.string().describe('pending, sending, sent, skipped, failed'),
    error: z.string().nullable(),
  }),
});

export const noticeListSchema = z.object({
  notices: z.array(noticeSchema),
  unread: z.number().describe('jumlah pemberitahuan belum dibaca'),
});

export const quietHoursInputSchema = z
  .object({
    enabled: z.boolean(),
    start: hhmm.describe('awal jam tenang, waktu setempat workspace'),
    end: hhmm.describe('akhir jam tenang'),
  })
  .strict();

export const quietHoursSchema = quietHoursInputSchema.extend({
  zone: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
