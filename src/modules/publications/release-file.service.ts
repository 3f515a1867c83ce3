// The press release as a PDF with the workspace's letterhead: downloaded by staff, attached to the
// partner e-mails (the version that delivery carries).
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { releasePdf } from '../../publish/release-pdf.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import {
  type MaterialVersion,
  materialVersion,
  materialVersions,
  type PublicationRow,
} from './publications.repo.ts';
import { loadPublication } from './publications.service.ts';

/** The PDF of one version of a release, with the workspace's letterhead. */
export async function releaseFile(
  store: Store,
  ws: Workspace,
  row: PublicationRow,
  v: MaterialVersion,
  url: string | null,
): Promise<{ filename: string; bytes: Buffer }> {
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
  const v =
    row.publishedVersion === null
      ? (await materialVersions(ctx, row.id))[0]
      : await materialVersion(ctx, row.id, row.publishedVersion);
  if (!v) throw new PantauError('not_found', `Bahan publikasi ${id} tidak ditemukan — publication not found`);
  return releaseFile(ctx, ws, row, v, null);
}
