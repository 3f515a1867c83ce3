// The workspaces API contract (shared by the HTTP routes, their documentation and the web app).
import { z } from 'zod';

const timeZone = z.enum(['WIB', 'WITA', 'WIT']);
const slug = z.string().min(1).max(60);

export const workspaceSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  region: z.string(),
  timeZone,
  createdAt: z.string(),
});

export const workspaceListResponse = z.object({
  workspaces: z.array(workspaceSchema),
  default: z
    .string()
    .nullable()
    .describe(
      'slug workspace bawaan (dipakai bila permintaan tidak menyebut workspace), bila Anda anggotanya',
    ),
});

export const newWorkspaceBody = z.object({
  name: z.string().min(1).max(200),
  region: z.string().min(1).max(200),
  timeZone: timeZone.optional(),
  slug: slug.optional(),
});

export const workspaceParams = z.object({ slug });

export const workspaceRenameBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    slug: slug.optional().describe('slug baru; permintaan berikutnya memakai ?workspace= dengan slug ini'),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.slug !== undefined, {
    message: 'Sebutkan name dan/atau slug yang baru — give a new name and/or slug',
  });

export const defaultWorkspaceBody = z.object({ slug }).strict();

export const workspaceResponse = z.object({ workspace: workspaceSchema });

export const workspaceRemovalResponse = z.object({
  workspace: workspaceSchema,
  removed: z
    .object({
      sources: z.number(),
      articles: z.number(),
      subjects: z.number(),
      issues: z.number(),
      alerts: z.number(),
      members: z.number(),
      agencies: z.number(),
    })
    .describe('apa yang terhapus bersama workspace; jejak audit tetap'),
});
