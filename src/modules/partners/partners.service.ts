// Use cases of the partner media registry: list and read partners with their expiry warnings and
// coverage, add, edit and remove them, and the outlets a publication is sent to.
import { PantauError } from '../../domain/errors.ts';
import { localDayOf, localDayStart, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { expiryWarnings, normalizeHost, type Partner } from './partner.ts';
import { noCoverage, partnerCoverage, releasesRun } from './partner-coverage.repo.ts';
import { partnersPolicy } from './partners.policy.ts';
import {
  deletePartner,
  findClashes,
  findPartner,
  insertPartner,
  listPartnerRows,
  type PartnerFields,
  recordsOf,
  updatePartner,
} from './partners.repo.ts';
import type { PartnerCoverage, PartnerDetail, PartnerInput, PartnerItem } from './partners.schema.ts';

/** Coverage is measured over this many days up to today unless a period is asked for. */
export const DEFAULT_COVERAGE_DAYS = 30;

export interface CoveragePeriod {
  /** Local days, both included. */
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;

/** The workspace's local day of its "now" (what expiry warnings count from). */
export function todayOf(ctx: Ctx): string {
  return localDayOf(ctx.now().getTime(), zoneOffsetMinutes(workspaceOf(ctx).timeZone));
}

function periodOf(ctx: Ctx, asked: CoveragePeriod) {
  const offset = zoneOffsetMinutes(workspaceOf(ctx).timeZone);
  const to = dayOrNull(asked.to) ?? todayOf(ctx);
  const from =
    dayOrNull(asked.from) ??
    localDayOf(localDayStart(to, offset) - (DEFAULT_COVERAGE_DAYS - 1) * DAY_MS, offset);
  if (from > to)
    throw new PantauError('validation', 'Awal periode setelah akhirnya — period starts after it ends');
  return {
    days: { from, to },
    instants: {
      from: new Date(localDayStart(from, offset)).toISOString(),
      to: new Date(localDayStart(to, offset) + DAY_MS).toISOString(),
    },
  };
}

const notFound = (id: number) =>
  new PantauError('not_found', `Mitra media ${id} tidak ditemukan — partner not found`);

/** The workspace's partner, or not found (another workspace's partner is not found, too). */
async function partnerIn(ctx: Ctx, id: number): Promise<Partner> {
  const found = await findPartner(ctx, workspaceOf(ctx).id, id);
  if (!found) throw notFound(id);
  return found;
}

export async function listPartners(ctx: Ctx, asked: CoveragePeriod = {}): Promise<PartnerItem[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('read'), ws.id);
  const period = periodOf(ctx, asked);
  const partners = await listPartnerRows(ctx, ws.id);
  const ids = partners.map((p) => p.id);
  const [{ certificates, agreements }, coverage] = await Promise.all([
    recordsOf(ctx, ids),
    partnerCoverage(ctx, ws.id, period.instants),
  ]);
  const today = todayOf(ctx);
  return partners.map((p) => ({
    ...p,
    warnings: expiryWarnings(p, certificates.get(p.id) ?? [], agreements.get(p.id) ?? [], today),
    coverage: { ...period.days, ...(coverage.get(p.id) ?? noCoverage()) },
  }));
}

export async function getPartner(ctx: Ctx, id: number, asked: CoveragePeriod = {}): Promise<PartnerDetail> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('read'), ws.id);
  const partner = await partnerIn(ctx, id);
  const period = periodOf(ctx, asked);
  const [{ certificates, agreements }, coverage] = await Promise.all([
    recordsOf(ctx, [id]),
    partnerCoverage(ctx, ws.id, period.instants, id),
  ]);
  const own = { certificates: certificates.get(id) ?? [], agreements: agreements.get(id) ?? [] };
  // What the agreement asks against what the partner ran: releases published in its period, by day
  // on the workspace's clock.
  const offset = zoneOffsetMinutes(ws.timeZone);
  const run = await Promise.all(
    own.agreements.map((a) =>
      releasesRun(ctx, ws.id, id, {
        from: new Date(localDayStart(a.startsOn, offset)).toISOString(),
        to: new Date(localDayStart(a.endsOn, offset) + 86_400_000).toISOString(),
      }),
    ),
  );
  const counts: PartnerCoverage = { ...period.days, ...(coverage.get(id) ?? noCoverage()) };
  return {
    ...partner,
    ...own,
    agreements: own.agreements.map((a, i) => ({ ...a, releasesRun: run[i] })),
    warnings: expiryWarnings(partner, own.certificates, own.agreements, todayOf(ctx)),
    coverage: counts,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as the API and the CLI take it (YYYY-MM-DD), or null. */
export function dayOrNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const day = value.trim();
  if (
    !DAY.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  )
    throw new PantauError('validation', `Tanggal tidak sah: "${value}" (YYYY-MM-DD) — invalid date`);
  return day;
}

function clean(input: PartnerInput, base?: Partner): PartnerFields {
  const name = (input.name ?? base?.name ?? '').trim();
  if (!name) throw new PantauError('validation', 'Nama media wajib diisi — name is required');
  const opt = (v: string | null | undefined, b: string | null | undefined) =>
    v === undefined ? (b ?? null) : v === null || v.trim() === '' ? null : v.trim();
  const email = (v: string | null | undefined, b: string | null | undefined, label: string) => {
    const out = opt(v, b);
    if (out !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out))
      throw new PantauError('validation', `${label} tidak sah: "${out}" — invalid e-mail address`);
    return out;
  };
  const hosts =
    input.hosts === undefined ? (base?.hosts ?? []) : [...new Set(input.hosts.map(normalizeHost))].sort();
  const v = input.verification;
  const verification = v
    ? { status: v.status, verifiedOn: dayOrNull(v.verifiedOn), validUntil: dayOrNull(v.validUntil) }
    : (base?.verification ?? { status: 'none' as const, verifiedOn: null, validUntil: null });
  if (verification.verifiedOn && verification.validUntil && verification.validUntil < verification.verifiedOn)
    throw new PantauError(
      'validation',
      'Masa berlaku verifikasi berakhir sebelum tanggal verifikasi — invalid period',
    );
  return {
    name,
    legalEntity: opt(input.legalEntity, base?.legalEntity),
    responsiblePerson: opt(input.responsiblePerson, base?.responsiblePerson),
    chiefEditor: opt(input.chiefEditor, base?.chiefEditor),
    address: opt(input.address, base?.address),
    phone: opt(input.phone, base?.phone),
    email: email(input.email, base?.email, 'Surel'),
    newsroomEmail: email(input.newsroomEmail, base?.newsroomEmail, 'Surel redaksi'),
    hosts,
    mediaType: input.mediaType ?? base?.mediaType ?? 'online',
    verification,
    active: input.active ?? base?.active ?? true,
    notes: opt(input.notes, base?.notes),
  };
}

async function refuseClashes(ctx: Ctx, workspaceId: number, fields: PartnerFields, self?: number) {
  const { byName, byHost } = await findClashes(ctx, workspaceId, fields.name, fields.hosts);
  if (byName.some((p) => p.id !== self))
    throw new PantauError('conflict', `Mitra media "${fields.name}" sudah ada — partner already exists`);
  const taken = byHost.find((h) => h.id !== self);
  if (taken)
    throw new PantauError(
      'conflict',
      `Host ${taken.host} sudah milik mitra "${taken.name}" — host belongs to another partner`,
    );
}

export async function addPartner(ctx: Ctx, input: PartnerInput): Promise<Partner> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('manage'), ws.id);
  const fields = clean(input);
  return tx(ctx, async (t) => {
    await refuseClashes(t, ws.id, fields);
    const partner = await insertPartner(t, ws.id, fields, t.now().toISOString());
    await recordChange(t, {
      action: 'partners.create',
      recordType: 'partner',
      recordId: partner.id,
      after: { ...fields },
    });
    return partner;
  });
}

export async function editPartner(ctx: Ctx, id: number, input: PartnerInput): Promise<Partner> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('manage'), ws.id);
  return tx(ctx, async (t) => {
    const before = await partnerIn(t, id);
    const fields = clean(input, before);
    await refuseClashes(t, ws.id, fields, id);
    const after = await updatePartner(t, ws.id, id, fields, t.now().toISOString());
    await recordChange(t, {
      action: 'partners.update',
      recordType: 'partner',
      recordId: id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}

/** Removes a partner with its certificates and agreements; deactivating (edit) keeps the history. */
export async function removePartner(ctx: Ctx, id: number): Promise<void> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('manage'), ws.id);
  await tx(ctx, async (t) => {
    const before = await partnerIn(t, id);
    await deletePartner(t, ws.id, id);
    await recordChange(t, {
      action: 'partners.delete',
      recordType: 'partner',
      recordId: id,
      before: { ...before },
    });
  });
}

export interface PartnerOutlet {
  id: number;
  name: string;
  newsroomEmail: string | null;
  hosts: string[];
  active: boolean;
  agreements: { number: string; startsOn: string; endsOn: string; requiredReleases: number }[];
}

/** The workspace's partners (active or not) as publication sends to them and pickup credits them. */
export async function partnerOutlets(ctx: Ctx): Promise<PartnerOutlet[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('read'), ws.id);
  const partners = await listPartnerRows(ctx, ws.id);
  const { agreements } = await recordsOf(
    ctx,
    partners.map((p) => p.id),
  );
  return partners.map((p) => ({
    id: p.id,
    name: p.name,
    newsroomEmail: p.newsroomEmail,
    hosts: p.hosts,
    active: p.active,
    agreements: (agreements.get(p.id) ?? []).map((a) => ({
      number: a.number,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      requiredReleases: a.requiredReleases,
    })),
  }));
}
