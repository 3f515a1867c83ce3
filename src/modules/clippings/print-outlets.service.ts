// The registry of print outlets (newspapers, magazines) a workspace clips: name, region, how often
// it appears, circulation where known, and whether it is a partner medium. Adding a clipping for a
// name the registry lacks adds that outlet (daily, nothing else known) so a clipping never waits
// on an administrator.
import { outletKey, type PrintFrequency, type PrintOutlet } from '../../domain/clipping.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { clippingsPolicy } from './clippings.policy.ts';
import {
  deleteOutlet,
  findOutlet,
  findOutletByKey,
  insertOutlet,
  insertOutletIfMissing,
  listOutlets,
  type OutletFields,
  partnerExists,
  updateOutlet,
} from './clippings.repo.ts';

export interface OutletInput {
  name: string;
  region?: string | null;
  frequency?: PrintFrequency;
  circulation?: number | null;
  partnerId?: number | null;
}

const notFound = (id: number) =>
  new PantauError('not_found', `Media cetak ${id} tidak ditemukan — print outlet not found`);

export async function listPrintOutlets(ctx: Ctx): Promise<PrintOutlet[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('read'), ws.id);
  return listOutlets(ctx, ws.id);
}

async function fieldsOf(ctx: Ctx, input: OutletInput, base?: PrintOutlet): Promise<OutletFields> {
  const ws = workspaceOf(ctx);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new PantauError('validation', 'Nama media wajib diisi — name is required');
  const partnerId = input.partnerId === undefined ? (base?.partnerId ?? null) : input.partnerId;
  if (partnerId !== null && !(await partnerExists(ctx, ws.id, partnerId)))
    throw new PantauError('validation', `Mitra ${partnerId} tidak ada di workspace ini — no such partner`);
  const same = await findOutletByKey(ctx, ws.id, outletKey(name));
  if (same && same.id !== base?.id)
    throw new PantauError('conflict', `Media "${same.name}" sudah terdaftar — this outlet exists`);
  return {
    name,
    nameKey: outletKey(name),
    region: input.region === undefined ? (base?.region ?? null) : input.region?.trim() || null,
    frequency: input.frequency ?? base?.frequency ?? 'harian',
    circulation: input.circulation === undefined ? (base?.circulation ?? null) : input.circulation,
    partnerId,
  };
}

export async function addPrintOutlet(ctx: Ctx, input: OutletInput): Promise<PrintOutlet> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('outlets'), ws.id);
  return tx(ctx, async (t) => {
    const fields = await fieldsOf(t, input);
    const id = await insertOutlet(t, ws.id, fields, t.now().toISOString());
    await recordChange(t, {
      action: 'print_outlets.create',
      recordType: 'print_outlet',
      recordId: id,
      after: { ...fields },
    });
    return (await findOutlet(t, ws.id, id)) as PrintOutlet;
  });
}

export async function editPrintOutlet(ctx: Ctx, id: number, input: OutletInput): Promise<PrintOutlet> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('outlets'), ws.id);
  return tx(ctx, async (t) => {
    const before = await findOutlet(t, ws.id, id);
    if (!before) throw notFound(id);
    const fields = await fieldsOf(t, input, before);
    await updateOutlet(t, id, fields, t.now().toISOString());
    const after = (await findOutlet(t, ws.id, id)) as PrintOutlet;
    await recordChange(t, {
      action: 'print_outlets.update',
      recordType: 'print_outlet',
      recordId: id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}

export async function removePrintOutlet(ctx: Ctx, id: number): Promise<void> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, clippingsPolicy.can('outlets'), ws.id);
  await tx(ctx, async (t) => {
    const before = await findOutlet(t, ws.id, id);
    if (!before) throw notFound(id);
    if (before.clippingCount > 0)
      throw new PantauError(
        'conflict',
        `Media "${before.name}" masih memiliki ${before.clippingCount} kliping — it still has clippings`,
      );
    await deleteOutlet(t, id);
    await recordChange(t, {
      action: 'print_outlets.delete',
      recordType: 'print_outlet',
      recordId: id,
      before: { ...before },
    });
  });
}

/**
 * The outlet a clipping is filed under, by name: the registered one, or a new one added as the
 * person adding the clipping (audited like any other addition).
 */
export async function outletForClipping(ctx: Ctx, name: string): Promise<PrintOutlet> {
  const ws = workspaceOf(ctx);
  const key = outletKey(name);
  const known = await findOutletByKey(ctx, ws.id, key);
  if (known) return known;
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new PantauError('validation', 'Nama media wajib diisi — name is required');
  const fields: OutletFields = {
    name: clean,
    nameKey: key,
    region: null,
    frequency: 'harian',
    circulation: null,
    partnerId: null,
  };
  const added = await tx(ctx, async (t) => {
    const id = await insertOutletIfMissing(t, ws.id, fields, t.now().toISOString());
    if (id !== null)
      await recordChange(t, {
        action: 'print_outlets.create',
        recordType: 'print_outlet',
        recordId: id,
        after: { ...fields },
      });
    return id;
  });
  // Added meanwhile by the other upload of the same edition: that one is the outlet.
  const outlet =
    added === null ? await findOutletByKey(ctx, ws.id, key) : await findOutlet(ctx, ws.id, added);
  return outlet as PrintOutlet;
}
