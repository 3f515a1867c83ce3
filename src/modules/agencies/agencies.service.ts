// Use cases for the agency (OPD) registry: add, edit, deactivate, list, find by short name.
import type { Agency } from '../../domain/agency.ts';
import { PantauError } from '../../domain/errors.ts';
import { agencyIn, roleIn } from '../../domain/user.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { agenciesPolicy } from './agencies.policy.ts';
import {
  type AgencyFields,
  findAgency,
  findAgencyByShort,
  insertAgency,
  listAgencyRows,
  updateAgency,
} from './agencies.repo.ts';

export function findAgencyByShortName(
  store: Executor,
  workspaceId: number,
  shortName: string,
): Promise<Agency | null> {
  return findAgencyByShort(store, workspaceId, shortName);
}

export async function listAgencies(ctx: Ctx): Promise<Agency[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, agenciesPolicy.can('read'), ws.id);
  // An agency officer sees only their own agency.
  const own = roleIn(ctx.actor, ws.id) === 'agency_officer' ? (agencyIn(ctx.actor, ws.id) ?? -1) : null;
  return listAgencyRows(ctx, ws.id, own);
}

export async function getAgency(ctx: Ctx, id: number): Promise<Agency> {
  const found = (await listAgencies(ctx)).find((a) => a.id === id);
  if (!found) throw new PantauError('not_found', `OPD ${id} tidak ditemukan — agency not found`);
  return found;
}

export interface AgencyInput {
  name?: string;
  shortName?: string;
  head?: string | null;
  email?: string | null;
  phone?: string | null;
  active?: boolean;
}

function clean(input: AgencyInput, base?: Agency): AgencyFields {
  const name = (input.name ?? base?.name ?? '').trim();
  const shortName = (input.shortName ?? base?.shortName ?? '').trim();
  if (!name) throw new PantauError('validation', 'Nama OPD wajib diisi — name is required');
  if (!shortName)
    throw new PantauError('validation', 'Nama singkat OPD wajib diisi — short name is required');
  const opt = (v: string | null | undefined, b: string | null | undefined) =>
    v === undefined ? (b ?? null) : v === null || v.trim() === '' ? null : v.trim();
  return {
    name,
    shortName,
    head: opt(input.head, base?.head),
    email: opt(input.email, base?.email),
    phone: opt(input.phone, base?.phone),
    active: input.active ?? base?.active ?? true,
  };
}

export async function addAgency(ctx: Ctx, input: AgencyInput): Promise<Agency> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, agenciesPolicy.can('manage'), ws.id);
  const fields = clean(input);
  return tx(ctx, async (t) => {
    if (await findAgencyByShort(t, ws.id, fields.shortName)) {
      throw new PantauError('conflict', `OPD "${fields.shortName}" sudah ada — already exists`);
    }
    const agency = await insertAgency(t, ws.id, fields, t.now().toISOString());
    await recordChange(t, {
      action: 'agencies.create',
      recordType: 'agency',
      recordId: agency.id,
      after: { ...fields },
    });
    return agency;
  });
}

export async function editAgency(ctx: Ctx, id: number, input: AgencyInput): Promise<Agency> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, agenciesPolicy.can('manage'), ws.id);
  return tx(ctx, async (t) => {
    const before = await findAgency(t, ws.id, id);
    if (!before) throw new PantauError('not_found', `OPD ${id} tidak ditemukan — agency not found`);
    const fields = clean(input, before);
    const clash = await findAgencyByShort(t, ws.id, fields.shortName);
    if (clash && clash.id !== id)
      throw new PantauError('conflict', `OPD "${fields.shortName}" sudah ada — already exists`);
    const after = await updateAgency(t, id, fields);
    await recordChange(t, {
      action: 'agencies.update',
      recordType: 'agency',
      recordId: id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}
