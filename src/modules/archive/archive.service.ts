// The archive of what SOP B produced (its records: "bendel penyimpanan arsip naskah dinas masuk dan
// keluar" and the published information): the agenda book's letters and the press releases in one
// searchable list, newest first, each with its public-information class, so an office answering an
// information request (PPID) finds what it holds and whether it may be given out.
import type { PublicClass } from '../../domain/public-information.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import { listLetters } from '../letters/letters.service.ts';
import { archivedPublications } from '../publications/publications.service.ts';
import { archivePolicy } from './archive.policy.ts';

export type ArchiveKind = 'letter' | 'publication';

export interface ArchiveItem {
  kind: ArchiveKind;
  id: number;
  /** The agenda number of a letter, the newsroom address of a release. */
  reference: string;
  title: string;
  /** What it is in words: "Surat masuk dari …", "Siaran pers (terbit)". */
  detail: string;
  publicClass: string;
  at: string;
  /** Where the web app shows it. */
  link: string;
}

const STATUS_WORDS = { draft: 'draf', published: 'terbit', withdrawn: 'ditarik' } as const;

export async function searchArchive(
  ctx: Ctx,
  q: { q?: string; publicClass?: PublicClass; kind?: ArchiveKind; limit?: number },
): Promise<{ items: ArchiveItem[]; total: number }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, archivePolicy.can('read'), ws.id);
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 500);
  const letters =
    q.kind === 'publication'
      ? { letters: [], total: 0 }
      : await listLetters(ctx, { q: q.q, publicClass: q.publicClass, limit, offset: 0 });
  const releases =
    q.kind === 'letter' ? [] : await archivedPublications(ctx, { q: q.q, publicClass: q.publicClass });
  const items: ArchiveItem[] = [
    ...letters.letters.map(
      (l): ArchiveItem => ({
        kind: 'letter',
        id: l.id,
        reference: l.agendaNumber,
        title: l.subject,
        detail: `${l.direction === 'masuk' ? 'Surat masuk dari' : 'Surat keluar kepada'} ${l.counterpart}, No. ${l.letterNumber}`,
        publicClass: l.publicClass,
        at: l.receivedSentDate,
        link: `/agenda/${l.id}`,
      }),
    ),
    ...releases.map(
      (p): ArchiveItem => ({
        kind: 'publication',
        id: p.id,
        reference: p.slug,
        title: p.title,
        detail: `Siaran pers (${STATUS_WORDS[p.status]})`,
        publicClass: p.publicClass,
        at: p.at,
        link: `/siaran-pers/${p.id}`,
      }),
    ),
  ].sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind) || b.id - a.id);
  return { items: items.slice(0, limit), total: letters.total + releases.length };
}
