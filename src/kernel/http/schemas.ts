// Request and answer pieces every module's routes share.
import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const workspaceSlug = z
  .string()
  .min(1)
  .max(60)
  .optional()
  .describe('Slug workspace; bawaan: satu-satunya workspace Anda');
export const workspaceQuery = z.object({ workspace: workspaceSlug });
/** Paging for list routes: `limit` items from `offset`. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/**
 * What every piece of work asked for in the app and done by a background worker answers with
 * (re-analysis, "Ambil sekarang"): who asked, when, when it started and ended, and why it failed.
 */
export const requestedWork = {
  error: z.string().nullable(),
  requestedBy: z.object({ id: z.number().int().nullable(), name: z.string() }).strict(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
};
