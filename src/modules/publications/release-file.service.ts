// The press release as a PDF with the workspace's letterhead: downloaded by staff, attached to the
// partner e-mails (the version that delivery carries).
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { releasePdf } from '../../publish/release-pdf.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { listWorkspaces } from '../workspaces/workspaces.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import { findPublication, materialVersion, materialVersions } from './publications.repo.ts';
import { loadPublication } from './publications.service.ts';

export async function releaseFile(
  store: Store,
  p: { workspaceId: number; publicationId: number; version: number },
  url: string | null,
): Promise<{ filename: string; bytes: Buffer } | null> {
  const ws = (await listWorkspaces(store)).find((w) => w.id === p.workspaceId);
  const row = await findPublication(store, p.workspaceId, p.publicationId);
  const v = row ? await materialVersion(store, row.id, p.version) : null;
  if (!ws || !row || !v) return null;
  const letterhead = await letterheadOf(store, ws);
  const bytes = await releasePdf({
    letterhead: letterhead.lines,
    logoPng: letterhead.logoPng,
    content: v.content,
    url,
    correction: v.correction ? v.note : null,
  });
  return { filename: `siaran-pers-${row.slug}.pdf`, bytes };
}

/** The current version (or the public one, once published) as a PDF, for a reader of the workspace. */
export async function downloadRelease(ctx: Ctx, id: number): Promise<{ filename: string; bytes: Buffer }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const row = await loadPublication(ctx, ws, id);
  const version = row.publishedVersion ?? (await materialVersions(ctx, row.id))[0].version;
  const file = await releaseFile(ctx, { workspaceId: ws.id, publicationId: row.id, version }, null);
  if (!file)
    throw new PantauError('not_found', `Bahan publikasi ${id} tidak ditemukan — publication not found`);
  return file;
}
