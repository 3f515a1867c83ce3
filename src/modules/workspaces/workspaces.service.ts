// Use cases for workspaces: create, rename, remove, choose the default, and find the one a command is about.
import { PantauError } from '../../domain/errors.ts';
import { type Actor, actorLabel } from '../../domain/user.ts';
import { isTimeZoneName, type Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, withWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { audited } from '../audit/audit.service.ts';
import { workspacesPolicy } from './workspaces.policy.ts';
import {
  countWorkspaceContents,
  deleteWorkspace,
  findDefaultWorkspace,
  findWorkspaceBySlug,
  insertWorkspace,
  listWorkspaces,
  markDefaultWorkspace,
  updateWorkspace,
  type WorkspaceContents,
} from './workspaces.repo.ts';

export interface NewWorkspaceInput {
  name: string;
  region: string;
  timeZone?: string;
  slug?: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export async function createWorkspace(on: Store | Ctx, input: NewWorkspaceInput): Promise<Workspace> {
  const ctx = asCtx(on);
  authorize(ctx.actor, workspacesPolicy.can('manage'), null);
  const name = input.name.trim();
  const region = input.region.trim();
  if (!name) throw new PantauError('validation', 'Nama workspace wajib diisi — name is required');
  if (!region) throw new PantauError('validation', 'Wilayah wajib diisi — region is required');
  const timeZone = (input.timeZone ?? 'WIB').toUpperCase();
  if (!isTimeZoneName(timeZone)) {
    throw new PantauError('validation', `Zona waktu harus WIB, WITA atau WIT — got "${input.timeZone}"`);
  }
  const slug = input.slug ? slugify(input.slug) : slugify(name);
  if (!slug) throw new PantauError('validation', 'Slug workspace tidak valid — invalid slug');
  return audited(
    ctx,
    (t) => insertWorkspace(t, { slug, name, region, timeZone }),
    (w) => ({
      action: 'workspaces.create',
      recordType: 'workspace',
      recordId: w.id,
      after: { slug, name, region, timeZone },
      workspaceId: w.id,
    }),
  );
}

export type { WorkspaceContents };
export { findWorkspaceBySlug, listWorkspaces };

const HOW_TO_CREATE =
  'Belum ada workspace; buat dulu: pantau workspace create --name "Pemerintah Kota …" --region "Kota …" — no workspace yet; create one first';

function chooseOne(all: Workspace[]): PantauError {
  return new PantauError(
    'validation',
    `Ada ${all.length} workspace (${all.map((w) => w.slug).join(', ')}); pilih dengan --workspace SLUG, ` +
      'atau tetapkan bawaan: pantau workspace default SLUG — choose one, or set a default',
  );
}

/**
 * The workspace of a command that names none: the only one there is, else the installation's
 * default. Never creates anything.
 */
async function impliedWorkspace(store: Store): Promise<Workspace> {
  const all = await listWorkspaces(store);
  if (all.length === 1) return all[0];
  if (all.length === 0) throw new PantauError('not_found', HOW_TO_CREATE);
  const chosen = await findDefaultWorkspace(store);
  if (chosen) return chosen;
  throw chooseOne(all);
}

/**
 * The workspace a request or command acts in, for this actor: the one named (which they must
 * belong to: another workspace answers "not found", as if it did not exist), else their only one,
 * else the installation's default when they may open it. Never creates anything.
 */
export async function workspaceForActor(
  store: Store,
  actor: Actor,
  slug?: string | null,
): Promise<Workspace> {
  // Spelled out (not isInstallationAdmin) so the branches below know a non-administrator is a user.
  const everywhere = actor.kind === 'system' || actor.isAdmin;
  if (slug) {
    const found = await findWorkspaceBySlug(store, slug);
    const member = actor.kind === 'user' && actor.memberships.some((m) => m.workspaceSlug === slug);
    if (!found || !(everywhere || member)) {
      throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
    }
    return found;
  }
  if (actor.kind === 'user' && actor.memberships.length === 1) {
    const only = await findWorkspaceBySlug(store, actor.memberships[0].workspaceSlug);
    if (only) return only;
  }
  if (!everywhere) {
    if (actor.memberships.length === 0) {
      throw new PantauError(
        'forbidden',
        'Anda belum menjadi anggota workspace mana pun — you belong to no workspace',
      );
    }
    const chosen = await findDefaultWorkspace(store);
    if (chosen && actor.memberships.some((m) => m.workspaceId === chosen.id)) return chosen;
    throw new PantauError(
      'validation',
      `Pilih workspace (${actor.memberships.map((m) => m.workspaceSlug).join(', ')}) — choose a workspace`,
    );
  }
  return impliedWorkspace(store);
}

/** The workspace a command acts on: the one named, else the only one, else the default. */
export async function resolveWorkspace(store: Store | Ctx, slug?: string | null): Promise<Workspace> {
  // A use case given a context acts in the context's workspace, resolved (and authorised) for its actor.
  if ('actor' in store && store.workspace) return store.workspace;
  if (slug) {
    const found = await findWorkspaceBySlug(store, slug);
    if (!found) throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
    return found;
  }
  return impliedWorkspace(store);
}

/**
 * The context of a use case about one record named by its id: in the workspace named, whose records
 * alone it then finds (another workspace's is "not found", as over the API); without a name, as it
 * came, so the record's own workspace decides and the permission is checked there.
 */
export async function inWorkspaceNamed(ctx: Ctx, slug?: string | null): Promise<Ctx> {
  if (!slug || ctx.workspace) return ctx;
  return withWorkspace(ctx, await resolveWorkspace(ctx, slug));
}

async function workspaceToManage(ctx: Ctx, slug: string): Promise<Workspace> {
  authorize(ctx.actor, workspacesPolicy.can('manage'), null);
  const found = await findWorkspaceBySlug(ctx, slug);
  if (!found) throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
  return found;
}

/** The workspace commands use when they name none and there are several. */
export async function setDefaultWorkspace(ctx: Ctx, slug: string): Promise<Workspace> {
  const chosen = await workspaceToManage(ctx, slug);
  const before = await findDefaultWorkspace(ctx);
  return audited(
    ctx,
    async (t) => {
      await markDefaultWorkspace(t, chosen.id, actorLabel(t.actor));
      return chosen;
    },
    (w) => ({
      action: 'workspaces.default',
      recordType: 'workspace',
      recordId: w.id,
      before: { default: before?.slug ?? null },
      after: { default: w.slug },
      workspaceId: w.id,
    }),
  );
}

/** The installation's default workspace: the one set, else the only one there is. */
export async function defaultWorkspace(ctx: Ctx): Promise<Workspace | null> {
  const all = await listWorkspaces(ctx);
  if (all.length === 1) return all[0];
  return findDefaultWorkspace(ctx);
}

export async function renameWorkspace(
  ctx: Ctx,
  slug: string,
  change: { name?: string; slug?: string },
): Promise<Workspace> {
  const current = await workspaceToManage(ctx, slug);
  const name = change.name === undefined ? current.name : change.name.trim();
  if (!name) throw new PantauError('validation', 'Nama workspace wajib diisi — name is required');
  const newSlug = change.slug === undefined ? current.slug : slugify(change.slug);
  if (!newSlug) throw new PantauError('validation', 'Slug workspace tidak valid — invalid slug');
  if (newSlug !== current.slug && (await findWorkspaceBySlug(ctx, newSlug))) {
    throw new PantauError('conflict', `Workspace "${newSlug}" sudah ada — already exists`);
  }
  return audited(
    ctx,
    (t) => updateWorkspace(t, current.id, { name, slug: newSlug }),
    (w) => ({
      action: 'workspaces.rename',
      recordType: 'workspace',
      recordId: w.id,
      before: { slug: current.slug, name: current.name },
      after: { slug: w.slug, name: w.name },
      workspaceId: w.id,
    }),
  );
}

export interface WorkspaceRemoval {
  workspace: Workspace;
  contents: WorkspaceContents;
}

/** What removing the workspace would delete, for the administrator to confirm. */
export async function workspaceRemoval(ctx: Ctx, slug: string): Promise<WorkspaceRemoval> {
  const workspace = await workspaceToManage(ctx, slug);
  return { workspace, contents: await countWorkspaceContents(ctx, workspace.id) };
}

/** Deletes the workspace and everything monitored in it; the audit trail keeps what it was. */
export async function removeWorkspace(ctx: Ctx, slug: string): Promise<WorkspaceRemoval> {
  const removal = await workspaceRemoval(ctx, slug);
  const { workspace, contents } = removal;
  return audited(
    ctx,
    async (t) => {
      await deleteWorkspace(t, workspace.id);
      return removal;
    },
    () => ({
      action: 'workspaces.remove',
      recordType: 'workspace',
      recordId: workspace.id,
      before: {
        slug: workspace.slug,
        name: workspace.name,
        region: workspace.region,
        timeZone: workspace.timeZone,
        ...contents,
      },
      after: null,
      workspaceId: workspace.id,
    }),
  );
}

/** The workspaces the actor may open: their memberships, or all for an installation administrator. */
export async function workspacesOf(ctx: Ctx): Promise<Workspace[]> {
  const all = await listWorkspaces(ctx);
  if (ctx.actor.kind === 'system' || ctx.actor.isAdmin) return all;
  const mine = new Set(ctx.actor.memberships.map((m) => m.workspaceId));
  return all.filter((w) => mine.has(w.id));
}

/** The context placed in the workspace named (or the actor's only one), for commands that need one. */
export async function withWorkspaceOf(ctx: Ctx, slug?: string | null): Promise<Ctx> {
  return { ...ctx, workspace: await workspaceForActor(ctx, ctx.actor, slug) };
}

/** A workspace's setting (one JSON value per key, with who changed it and when), for the modules that keep one. */
export {
  readSetting as readWorkspaceSetting,
  writeSetting as writeWorkspaceSetting,
} from './settings.repo.ts';
