// Use cases for monitored subjects: define them by a boolean query, list them, remove them, and
// see the articles that mention one with the tone toward it.
import type { EntityAlias } from '../../analyze/entities/index.ts';
import { parseSubjectQuery } from '../../analyze/query/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { SUBJECT_KINDS, type Subject, type SubjectKind } from '../../domain/subject.ts';
import { articlesForSubject } from '../analysis/analysis.repo.ts';
import type { Store } from '../../kernel/db/connect.ts';
import {
  deleteSubject,
  findSubject,
  insertSubject,
  listSubjects as listSubjectRows,
} from './subjects.repo.ts';
import { forgetWorkspaceAnalysis } from '../analysis/workspace-analysis-cache.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';

export interface NewSubjectInput {
  workspace?: string | null;
  name: string;
  kind?: string;
  query: string;
  role?: string | null;
  aliases?: string[];
}

export async function addSubject(store: Store, input: NewSubjectInput): Promise<Subject> {
  const ws = await resolveWorkspace(store, input.workspace);
  const name = input.name.trim();
  if (!name) throw new PantauError('validation', 'Nama subjek wajib diisi — name is required');
  const kind = (input.kind ?? 'topic') as SubjectKind;
  if (!SUBJECT_KINDS.includes(kind)) {
    throw new PantauError('validation', `Jenis subjek harus salah satu dari ${SUBJECT_KINDS.join(', ')}`);
  }
  parseSubjectQuery(input.query); // a query that cannot run is refused now, with its position
  const saved = await insertSubject(store, {
    workspaceId: ws.id,
    name,
    kind,
    query: input.query,
    role: input.role?.trim() || null,
    aliases: (input.aliases ?? []).map((a) => a.trim()).filter(Boolean),
  });
  forgetWorkspaceAnalysis(store, ws.id);
  return saved;
}

export async function listSubjects(store: Store, workspace?: string | null): Promise<Subject[]> {
  const ws = await resolveWorkspace(store, workspace);
  return listSubjectRows(store, ws.id);
}

async function requireSubject(store: Store, id: number): Promise<Subject> {
  const subject = await findSubject(store, id);
  if (!subject) throw new PantauError('not_found', `Subjek #${id} tidak ditemukan — subject not found`);
  return subject;
}

export async function removeSubject(store: Store, id: number): Promise<Subject> {
  const subject = await requireSubject(store, id);
  await deleteSubject(store, id);
  forgetWorkspaceAnalysis(store, subject.workspaceId);
  return subject;
}

export async function subjectArticles(store: Store, id: number, limit = 50) {
  const subject = await requireSubject(store, id);
  return { subject, articles: await articlesForSubject(store, id, limit) };
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
