// The inventory of programs and activities: the only SQL of the module.
import type { Selectable } from 'kysely';
import {
  keywordsFromName,
  type Program,
  type ProgramDocument,
  type ProgramKind,
  type ProgramStatus,
} from '../../domain/program.ts';
import type { ProgramTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

function toProgram(r: Selectable<ProgramTable>): Program {
  const keywords = JSON.parse(r.keywords) as string[];
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    kind: r.kind,
    name: r.name,
    description: r.description,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    budgetYear: r.budget_year,
    location: r.location,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    documents: JSON.parse(r.documents) as ProgramDocument[],
    keywords,
    searchKeywords: keywords.length > 0 ? keywords : keywordsFromName(r.name),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What a program is, as stored; the rest (ids, times) the store keeps. */
export interface ProgramFields {
  kind: ProgramKind;
  name: string;
  description: string;
  agencyId: number | null;
  agencyName: string | null;
  budgetYear: number | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  status: ProgramStatus;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  documents: ProgramDocument[];
  keywords: string[];
}

const columns = (p: ProgramFields) => ({
  kind: p.kind,
  name: p.name,
  description: p.description,
  agency_id: p.agencyId,
  agency_name: p.agencyName,
  budget_year: p.budgetYear,
  location: p.location,
  start_date: p.startDate,
  end_date: p.endDate,
  status: p.status,
  contact_name: p.contactName,
  contact_phone: p.contactPhone,
  contact_email: p.contactEmail,
  documents: JSON.stringify(p.documents),
  keywords: JSON.stringify(p.keywords),
});

export async function insertPrograms(
  store: Executor,
  workspaceId: number,
  createdBy: number | null,
  programs: ProgramFields[],
  at: string,
): Promise<Program[]> {
  if (programs.length === 0) return [];
  const out: Program[] = [];
  // In chunks: one statement per row is slow at thousands, one for all exceeds SQLite's variables.
  for (let i = 0; i < programs.length; i += 200) {
    const rows = await store.db
      .insertInto('program')
      .values(
        programs.slice(i, i + 200).map((p) => ({
          ...columns(p),
          workspace_id: workspaceId,
          created_by: createdBy,
          created_at: at,
          updated_at: at,
        })),
      )
      .returningAll()
      .execute();
    out.push(...rows.map(toProgram));
  }
  return out;
}

export async function updateProgram(
  store: Executor,
  id: number,
  p: ProgramFields,
  at: string,
): Promise<Program> {
  const r = await store.db
    .updateTable('program')
    .set({ ...columns(p), updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProgram(r);
}

export async function deleteProgram(store: Executor, id: number): Promise<void> {
  await store.db.deleteFrom('program').where('id', '=', id).execute();
}

export async function findProgram(store: Executor, workspaceId: number, id: number): Promise<Program | null> {
  const r = await store.db
    .selectFrom('program')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toProgram(r) : null;
}

export interface ProgramFilter {
  year?: number;
  agency?: number;
  status?: ProgramStatus;
  /** Words in the name, agency, location or description (case-insensitive). */
  search?: string;
  limit: number;
  offset: number;
}

/** A typed % or _ would be a wildcard (and the escape character differs between the stores): dropped. */
const likeOf = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, '')}%`;

export async function listProgramRows(
  store: Executor,
  workspaceId: number,
  f: ProgramFilter,
): Promise<{ programs: Program[]; total: number }> {
  let q = store.db.selectFrom('program').where('workspace_id', '=', workspaceId);
  if (f.year !== undefined) q = q.where('budget_year', '=', f.year);
  if (f.agency !== undefined) q = q.where('agency_id', '=', f.agency);
  if (f.status) q = q.where('status', '=', f.status);
  for (const word of (f.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = likeOf(word);
    if (like === '%%') continue;
    q = q.where((eb) =>
      eb.or(
        (['name', 'agency_name', 'location', 'description'] as const).map((c) =>
          eb(eb.fn('lower', [eb.fn.coalesce(c, eb.val(''))]), 'like', like),
        ),
      ),
    );
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q
    .selectAll()
    // A program without a year after those with one, the same on both stores (their NULL orders differ).
    .orderBy((eb) => eb.fn.coalesce('budget_year', eb.val(0)), 'desc')
    .orderBy('name')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { programs: rows.map(toProgram), total: Number(total?.n ?? 0) };
}

/** The budget years the workspace's inventory holds, newest first (for the filter). */
export async function programYears(store: Executor, workspaceId: number): Promise<number[]> {
  const rows = await store.db
    .selectFrom('program')
    .select('budget_year')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('budget_year', 'is not', null)
    .orderBy('budget_year', 'desc')
    .execute();
  return rows.map((r) => Number(r.budget_year));
}
