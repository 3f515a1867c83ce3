// Use cases for a workspace's SOPs: the list, one SOP (any version), a new version from an edit or
// an import. Every workspace starts with the SOP A and SOP B templates as version 1 of its own
// copies, written the first time its SOPs are read, so an office's edits never touch another's.
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { type SopDefinition, totalTimeText, validateDefinition } from '../../sop/definition.ts';
import { SOP_TEMPLATES } from '../../sop/templates/index.ts';
import { recordChange } from '../audit/audit.service.ts';
import { sopsPolicy } from './sops.policy.ts';
import {
  findVersion,
  findVersionById,
  insertVersion,
  latestVersions,
  listVersions,
  type SopVersion,
} from './sops.repo.ts';
import { sopDefinitionSchema } from './sops.schema.ts';

export type { SopVersion } from './sops.repo.ts';

const userId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/**
 * Writes the templates the workspace has no copy of yet, as version 1 by "Pantau". Not audited: it
 * records nobody's decision, and what the office sees does not change (the list showed the
 * template before); from then on every version is someone's edit and is audited.
 */
async function ensureTemplates(ctx: Ctx, ws: Workspace): Promise<SopVersion[]> {
  const latest = await latestVersions(ctx, ws.id);
  const missing = SOP_TEMPLATES.filter((t) => !latest.some((v) => v.key === t.key));
  if (missing.length === 0) return latest;
  for (const template of missing) {
    // A concurrent first read writes the same version 1; the unique key keeps one.
    await insertVersion(ctx, {
      workspaceId: ws.id,
      key: template.key,
      version: 1,
      definition: template,
      note: 'Templat bawaan Pantau',
      createdBy: null,
      createdByName: 'Pantau',
      at: ctx.now().toISOString(),
    });
  }
  return latestVersions(ctx, ws.id);
}

export interface SopSummary {
  key: string;
  number: string;
  title: string;
  version: number;
  steps: number;
  totalTime: string;
  updatedAt: string;
  updatedBy: string;
}

export async function listSops(ctx: Ctx): Promise<SopSummary[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopsPolicy.can('read'), ws.id);
  return (await ensureTemplates(ctx, ws)).map((v) => ({
    key: v.key,
    number: v.definition.identity.number,
    title: v.definition.identity.title,
    version: v.version,
    steps: v.definition.steps.length,
    totalTime: totalTimeText(v.definition),
    updatedAt: v.createdAt,
    updatedBy: v.createdByName,
  }));
}

/** One SOP: its newest version, or the version asked for. */
export async function getSop(ctx: Ctx, key: string, version?: number): Promise<SopVersion> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopsPolicy.can('read'), ws.id);
  await ensureTemplates(ctx, ws);
  const found = await findVersion(ctx, ws.id, key, version);
  if (!found)
    throw new PantauError(
      'not_found',
      version === undefined
        ? `SOP "${key}" tidak ditemukan — SOP not found`
        : `SOP "${key}" versi ${version} tidak ditemukan — version not found`,
    );
  return found;
}

/** The exact version a case runs on (by its row id), for the services that run cases. */
export async function sopVersionOfCase(ctx: Ctx, definitionId: number): Promise<SopVersion> {
  const ws = workspaceOf(ctx);
  const found = await findVersionById(ctx, ws.id, definitionId);
  if (!found)
    throw new PantauError('not_found', 'Versi SOP kasus ini tidak ditemukan — SOP version not found');
  return found;
}

export async function sopHistory(ctx: Ctx, key: string) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopsPolicy.can('read'), ws.id);
  await ensureTemplates(ctx, ws);
  const versions = await listVersions(ctx, ws.id, key);
  if (versions.length === 0)
    throw new PantauError('not_found', `SOP "${key}" tidak ditemukan — SOP not found`);
  return versions;
}

/** Parses JSON from an import or an edit into a checked definition, with every fault named. */
export function parseDefinition(input: unknown): SopDefinition {
  const parsed = sopDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PantauError(
      'validation',
      `Definisi SOP tidak valid di ${first.path.join('.') || '(akar)'}: ${first.message} — invalid SOP definition`,
    );
  }
  return validateDefinition(parsed.data as SopDefinition);
}

/**
 * Saves a definition as the SOP's next version (version 1 for a new key). With `baseVersion`, an
 * edit made from an older version is refused instead of silently overwriting a colleague's.
 */
export async function saveSop(
  ctx: Ctx,
  input: { definition: unknown; note?: string; baseVersion?: number },
): Promise<SopVersion> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, sopsPolicy.can('edit'), ws.id);
  const definition = parseDefinition(input.definition);
  await ensureTemplates(ctx, ws);
  return tx(ctx, async (t) => {
    const latest = await findVersion(t, ws.id, definition.key);
    if (input.baseVersion !== undefined && latest && latest.version !== input.baseVersion)
      throw new PantauError(
        'conflict',
        `SOP sudah diubah menjadi versi ${latest.version} sejak Anda membukanya — reload and edit the newest version`,
      );
    const version = (latest?.version ?? 0) + 1;
    const written = await insertVersion(t, {
      workspaceId: ws.id,
      key: definition.key,
      version,
      definition,
      note: (input.note ?? '').trim().slice(0, 500),
      createdBy: userId(t),
      createdByName: editorName(t),
      at: t.now().toISOString(),
    });
    if (!written)
      throw new PantauError(
        'conflict',
        'SOP sedang diubah orang lain — someone saved this SOP at the same time',
      );
    await recordChange(t, {
      action: latest ? 'sops.version' : 'sops.create',
      recordType: 'sop_definition',
      recordId: written.id,
      before: latest ? { version: latest.version, title: latest.definition.identity.title } : null,
      after: { key: definition.key, version, title: definition.identity.title, note: written.note },
    });
    return written;
  });
}
