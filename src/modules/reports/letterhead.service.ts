// The letterhead (kop surat) every report prints: the government's lines and, when the office sets
// one, its logo as PNG. Kept as a workspace setting; the default is built from the region's name.
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { recordChange } from '../audit/audit.service.ts';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../workspaces/workspaces.service.ts';
import { reportsPolicy } from './reports.policy.ts';

const KEY = 'report_letterhead';
const MAX_LOGO_BYTES = 512 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Letterhead {
  lines: string[];
  /** Base64 of a PNG, or null. */
  logoPng: string | null;
}

export function defaultLetterhead(ws: Workspace): Letterhead {
  const region = ws.region.trim().toUpperCase();
  const name = ws.name.trim().toUpperCase();
  const lines = [`PEMERINTAH ${region}`];
  if (name && !name.startsWith('PEMERINTAH') && name !== region) lines.push(name);
  return { lines, logoPng: null };
}

export async function letterheadOf(store: Store, ws: Workspace): Promise<Letterhead> {
  return (await readWorkspaceSetting<Letterhead>(store, ws.id, KEY))?.value ?? defaultLetterhead(ws);
}

export async function getLetterhead(ctx: Ctx): Promise<Letterhead> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, reportsPolicy.can('read'), ws.id);
  return letterheadOf(ctx, ws);
}

export async function saveLetterhead(ctx: Ctx, input: Letterhead): Promise<Letterhead> {
  const ws = ctx.workspace;
  if (!ws) throw new PantauError('validation', 'Pilih workspace — choose a workspace');
  authorize(ctx.actor, reportsPolicy.can('letterhead'), ws.id);
  const lines = input.lines.map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > 6)
    throw new PantauError(
      'validation',
      'Kop surat berisi 1 sampai 6 baris — the letterhead has 1 to 6 lines',
    );
  let logo: string | null = null;
  if (input.logoPng) {
    const bytes = Buffer.from(input.logoPng, 'base64');
    if (bytes.length > MAX_LOGO_BYTES)
      throw new PantauError('too_large', 'Logo paling besar 512 KB — logo too large');
    if (!bytes.subarray(0, 8).equals(PNG))
      throw new PantauError('validation', 'Logo harus berkas PNG — the logo must be a PNG');
    logo = bytes.toString('base64');
  }
  const value: Letterhead = { lines, logoPng: logo };
  await tx(ctx, async (t) => {
    const before = await readWorkspaceSetting<Letterhead>(t, ws.id, KEY);
    await writeWorkspaceSetting(t, { workspaceId: ws.id, key: KEY, value, by: editorName(t) });
    await recordChange(t, {
      action: 'reports.letterhead',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: before ? { lines: before.value.lines, logo: Boolean(before.value.logoPng) } : null,
      after: { lines, logo: Boolean(logo) },
    });
  });
  return value;
}
