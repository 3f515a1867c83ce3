// Use cases for workspaces: create, list, and find the one a command is about.
import { PantauError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/user.ts';
import { isTimeZoneName, type Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { audited } from '../audit/audit.service.ts';
import { workspacesPolicy } from './workspaces.policy.ts';
import { findWorkspaceBySlug, insertWorkspace, listWorkspaces } from './workspaces.repo.ts';

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

export { findWorkspaceBySlug, listWorkspaces };

/** A fresh install gets a default workspace at first start, so the first `sources add` just works. */
export async function ensureDefaultWorkspace(store: Store): Promise<Workspace> {
  const all = await listWorkspaces(store);
  if (all.length > 0) return all[0];
  return (
    (await findWorkspaceBySlug(store, 'utama')) ??
    insertWorkspace(store, {
      slug: 'utama',
      name: 'Pemantauan Utama',
      region: 'Indonesia',
      timeZone: 'WIB',
    }).catch(
      // Another process created it at the same moment.
      async () => (await findWorkspaceBySlug(store, 'utama')) as Workspace,
    )
  );
}

/**
 * The workspace a request or command acts in, for this actor: the one named (which they must
 * belong to: another workspace answers "not found", as if it did not exist), else their only one.
 * Never creates anything.
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
    throw new PantauError(
      'validation',
      `Pilih workspace (${actor.memberships.map((m) => m.workspaceSlug).join(', ')}) — choose a workspace`,
    );
  }
  const all = await listWorkspaces(store);
  if (all.length === 1) return all[0];
  if (all.length === 0) throw new PantauError('not_found', 'Belum ada workspace — no workspace yet');
  throw new PantauError(
    'validation',
    `Ada ${all.length} workspace; pilih dengan --workspace (${all.map((w) => w.slug).join(', ')}) — choose one`,
  );
}

/**
 * The workspace a command acts on: the one named, else the only one there is; a fresh install
 * gets a default workspace so the first `sources add` just works.
 */
export async function resolveWorkspace(store: Store | Ctx, slug?: string | null): Promise<Workspace> {
  // A use case given a context acts in the context's workspace, resolved (and authorised) for its actor.
  if ('actor' in store && store.workspace) return store.workspace;
  if (slug) {
    const found = await findWorkspaceBySlug(store, slug);
    if (!found) throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
    return found;
  }
  const all = await listWorkspaces(store);
  if (all.length === 1) return all[0];
  if (all.length === 0) return ensureDefaultWorkspace(store);
  throw new PantauError(
    'validation',
    `Ada ${all.length} workspace; pilih dengan --workspace (${all.map((w) => w.slug).join(', ')}) — choose one`,
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
