// Use cases for monitored subjects: define them by a boolean query, list them, remove them, and
// see the articles that mention one with the tone toward it.
import type { EntityAlias } from '../../analyze/entities/index.ts';
import { parseSubjectQuery } from '../../analyze/query/index.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import { PantauError } from '../../domain/errors.ts';
import { SUBJECT_KINDS, type Subject, type SubjectKind } from '../../domain/subject.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { articlesForSubject } from '../analysis/analysis.repo.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { recordChange } from '../audit/audit.service.ts';
import { inWorkspaceNamed, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { subjectCoverageBetween } from './subject-coverage.repo.ts';
import { subjectsPolicy } from './subjects.policy.ts';
import {
  deleteSubject,
  findSubject,
  insertSubject,
  listSubjects as listSubjectRows,
} from './subjects.repo.ts';

export interface NewSubjectInput {
  workspace?: string | null;
  name: string;
  kind?: string;
  query: string;
  role?: string | null;
  aliases?: string[];
}

export async function addSubject(on: Store | Ctx, input: NewSubjectInput): Promise<Subject> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, input.workspace);
  authorize(ctx.actor, subjectsPolicy.can('manage'), ws.id);
  const name = input.name.trim();
  if (!name) throw new PantauError('validation', 'Nama subjek wajib diisi — name is required');
  const kind = (input.kind ?? 'topic') as SubjectKind;
  if (!SUBJECT_KINDS.includes(kind)) {
    throw new PantauError('validation', `Jenis subjek harus salah satu dari ${SUBJECT_KINDS.join(', ')}`);
  }
  parseSubjectQuery(input.query); // a query that cannot run is refused now, with its position
  const saved = await tx(ctx, async (t) => {
    const subject = await insertSubject(t, {
      workspaceId: ws.id,
      name,
      kind,
      query: input.query,
      role: input.role?.trim() || null,
      aliases: (input.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    });
    await recordChange(t, {
      action: 'subjects.create',
      recordType: 'subject',
      recordId: subject.id,
      after: { name, kind, query: subject.query, role: subject.role, aliases: subject.aliases },
      workspaceId: ws.id,
    });
    return subject;
  });
  await forgetWorkspaceAnalysis(ctx, ws.id);
  return saved;
}

export async function listSubjects(on: Store | Ctx, workspace?: string | null): Promise<Subject[]> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, subjectsPolicy.can('read'), ws.id);
  return listSubjectRows(ctx, ws.id);
}

/** The articles about each of the workspace's subjects counted in [from, to), with the tone toward it. */
export async function subjectHitsBetween(ctx: Ctx, subjectIds: number[], from: Date, to: Date) {
  const hits: { subjectId: number; articleId: number; at: number; tone: ToneLabel }[] = [];
  for (const subjectId of subjectIds) {
    const subject = await requireSubject(ctx, subjectId);
    authorize(ctx.actor, subjectsPolicy.can('read'), subject.workspaceId);
    for (const hit of await subjectCoverageBetween(ctx, subject, from, to)) hits.push({ subjectId, ...hit });
  }
  return hits;
}

async function requireSubject(ctx: Ctx, id: number): Promise<Subject> {
  const subject = await findSubject(ctx, id);
  if (!subject || !sameWorkspace(ctx, subject.workspaceId)) {
    throw new PantauError('not_found', `Subjek #${id} tidak ditemukan — subject not found`);
  }
  return subject;
}

export async function removeSubject(
  on: Store | Ctx,
  id: number,
  workspace?: string | null,
): Promise<Subject> {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  const subject = await tx(ctx, async (t) => {
    const found = await requireSubject(t, id);
    authorize(t.actor, subjectsPolicy.can('manage'), found.workspaceId);
    await deleteSubject(t, id);
    await recordChange(t, {
      action: 'subjects.delete',
      recordType: 'subject',
      recordId: id,
      before: { name: found.name, kind: found.kind, query: found.query },
      workspaceId: found.workspaceId,
    });
    return found;
  });
  await forgetWorkspaceAnalysis(ctx, subject.workspaceId);
  return subject;
}

export async function subjectArticles(on: Store | Ctx, id: number, limit = 50, workspace?: string | null) {
  const ctx = await inWorkspaceNamed(asCtx(on), workspace);
  const subject = await requireSubject(ctx, id);
  authorize(ctx.actor, subjectsPolicy.can('read'), subject.workspaceId);
  return { subject, articles: await articlesForSubject(ctx, id, limit) };
}

/** Leaders and agencies are also known entities: their names and aliases resolve mentions. */
export function subjectAliases(subjects: Subject[]): EntityAlias[] {
  return subjects
    .filter((s) => s.kind === 'leader' || s.kind === 'agency')
    .map((s) => ({
      canonical: s.name,
      type: s.kind === 'leader' ? 'PER' : 'ORG',
      aliases: s.aliases,
      role: s.role ?? undefined,
    }));
}
