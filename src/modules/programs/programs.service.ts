// Use cases of the inventory of programs and activities (SOP B step 1): list with filters, one
// program with the coverage that mentions it, add, edit and remove. Importing a sheet is in
// program-import.service.ts.
import type { Agency } from '../../domain/agency.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Program } from '../../domain/program.ts';
import { SYSTEM_ACTOR } from '../../domain/user.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { listAgencies } from '../agencies/agencies.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { type Coverage, programCoverage } from './program-coverage.service.ts';
import { agencyFinder } from './program-rows.ts';
import { programsPolicy } from './programs.policy.ts';
import {
  deleteProgram,
  findProgram,
  insertPrograms,
  listProgramRows,
  type ProgramFields,
  type ProgramFilter,
  programYears,
  updateProgram,
} from './programs.repo.ts';
import type { ProgramInput } from './programs.schema.ts';

/** The workspace's whole agency registry, read as the system: an OPD is named, not browsed. */
export function agencyRegistry(ctx: Ctx): Promise<Agency[]> {
  return listAgencies({ ...ctx, actor: SYSTEM_ACTOR });
}

const notFound = (id: number) =>
  new PantauError('not_found', `Program ${id} tidak ditemukan — program not found`);

export async function listPrograms(
  ctx: Ctx,
  filter: Partial<ProgramFilter>,
): Promise<{ programs: Program[]; total: number; years: number[] }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('read'), ws.id);
  const page = await listProgramRows(ctx, ws.id, { limit: 100, offset: 0, ...filter });
  return { ...page, years: await programYears(ctx, ws.id) };
}

export async function getProgram(ctx: Ctx, id: number): Promise<Program & { coverage: Coverage }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('read'), ws.id);
  const program = await findProgram(ctx, ws.id, id);
  if (!program) throw notFound(id);
  return { ...program, coverage: await programCoverage(ctx, program) };
}

const opt = (v: string | null | undefined, base: string | null | undefined) =>
  v === undefined ? (base ?? null) : v === null || v.trim() === '' ? null : v.trim();

/** The fields to store from an API or CLI input over the stored program (for an edit). */
async function fieldsOf(ctx: Ctx, input: Partial<ProgramInput>, base?: Program): Promise<ProgramFields> {
  const name = (input.name ?? base?.name ?? '').trim();
  if (!name) throw new PantauError('validation', 'Nama program wajib diisi — name is required');
  let agencyId = base?.agencyId ?? null;
  let agencyName = base?.agencyName ?? null;
  if (input.agencyId !== undefined || input.agencyName !== undefined) {
    const registry = await agencyRegistry(ctx);
    if (input.agencyId) {
      const agency = registry.find((a) => a.id === input.agencyId);
      if (!agency)
        throw new PantauError(
          'validation',
          `OPD ${input.agencyId} tidak ada di workspace ini — no such agency`,
        );
      agencyId = agency.id;
      agencyName = opt(input.agencyName, null) ?? agency.shortName;
    } else {
      // A name alone is linked to the registry when it names one of its agencies.
      agencyName = opt(input.agencyName, null);
      agencyId = agencyName ? (agencyFinder(registry)(agencyName)?.id ?? null) : null;
    }
  }
  const startDate = input.startDate === undefined ? (base?.startDate ?? null) : input.startDate;
  const endDate = input.endDate === undefined ? (base?.endDate ?? null) : input.endDate;
  if (startDate && endDate && endDate < startDate) {
    throw new PantauError(
      'validation',
      'Tanggal selesai sebelum tanggal mulai — the end date is before the start date',
    );
  }
  return {
    kind: input.kind ?? base?.kind ?? 'program',
    name,
    description: (input.description ?? base?.description ?? '').trim(),
    agencyId,
    agencyName,
    budgetYear: input.budgetYear === undefined ? (base?.budgetYear ?? null) : input.budgetYear,
    location: opt(input.location, base?.location),
    startDate,
    endDate,
    status: input.status ?? base?.status ?? 'rencana',
    contactName: opt(input.contactName, base?.contactName),
    contactPhone: opt(input.contactPhone, base?.contactPhone),
    contactEmail: opt(input.contactEmail, base?.contactEmail),
    documents: (input.documents ?? base?.documents ?? []).map((d) => ({
      title: d.title,
      url: d.url ?? null,
    })),
    keywords: input.keywords ?? base?.keywords ?? [],
  };
}

const creatorOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

export async function addProgram(ctx: Ctx, input: ProgramInput): Promise<Program> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('manage'), ws.id);
  const fields = await fieldsOf(ctx, input);
  return tx(ctx, async (t) => {
    const [program] = await insertPrograms(t, ws.id, creatorOf(t), [fields], t.now().toISOString());
    await recordChange(t, {
      action: 'programs.create',
      recordType: 'program',
      recordId: program.id,
      after: { ...fields },
    });
    return program;
  });
}

export async function editProgram(ctx: Ctx, id: number, input: Partial<ProgramInput>): Promise<Program> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('manage'), ws.id);
  return tx(ctx, async (t) => {
    const before = await findProgram(t, ws.id, id);
    if (!before) throw notFound(id);
    const fields = await fieldsOf(t, input, before);
    const after = await updateProgram(t, id, fields, t.now().toISOString());
    await recordChange(t, {
      action: 'programs.update',
      recordType: 'program',
      recordId: id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}

export async function removeProgram(ctx: Ctx, id: number): Promise<void> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('manage'), ws.id);
  await tx(ctx, async (t) => {
    const before = await findProgram(t, ws.id, id);
    if (!before) throw notFound(id);
    await deleteProgram(t, id);
    await recordChange(t, {
      action: 'programs.delete',
      recordType: 'program',
      recordId: id,
      before: { ...before },
    });
  });
}
