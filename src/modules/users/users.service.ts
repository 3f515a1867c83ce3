// Use cases for accounts: create users (with a one-time password), list, disable, reset a
// password, grant and revoke a role in a workspace; and the administrator made at first start.
import { PantauError } from '../../domain/errors.ts';
import { isInstallationAdmin, isRole, type Membership, type Role, type User } from '../../domain/user.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../kernel/auth/password.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { oneTimePassword } from '../../kernel/auth/secrets.ts';
import { type Ctx, tx } from '../../kernel/ctx.ts';
import { lockForAppend } from '../../kernel/db/dialect.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { findAgencyByShortName } from '../agencies/agencies.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { findWorkspaceBySlug, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { normalizeEmail } from './accounts.ts';
import { deleteSessionsOf } from './sessions.repo.ts';
import { usersPolicy } from './users.policy.ts';
import {
  deleteMembership,
  findMembership,
  findUser,
  findUserByEmail,
  firstAdministrator,
  insertUser,
  listAgencyOfficers,
  listPeopleWithAccess,
  listUserRows,
  membershipsOf,
  updateUser,
  upsertMembership,
} from './users.repo.ts';

export interface UserWithRoles extends User {
  memberships: Membership[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseRole(role: string): Role {
  if (!isRole(role)) {
    throw new PantauError(
      'validation',
      `Peran "${role}" tidak dikenal; pilih analyst, reviewer, team_lead, head, assistant, secretary, leader, agency_officer, admin atau viewer — unknown role`,
    );
  }
  return role;
}

async function workspaceForGrant(ctx: Ctx, slug: string | undefined) {
  // Like every other command: the workspace named, else the context's, else the only one there is.
  if (!slug) return resolveWorkspace(ctx, null);
  const w = await findWorkspaceBySlug(ctx, slug);
  if (!w) throw new PantauError('not_found', `Workspace "${slug}" tidak ditemukan — not found`);
  return w;
}

async function userByEmail(ctx: Ctx, email: string): Promise<User> {
  const found = await findUserByEmail(ctx, normalizeEmail(email));
  if (!found) throw new PantauError('not_found', `Pengguna ${email} tidak ditemukan — user not found`);
  return found.user;
}

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new PantauError(
      'validation',
      `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter — password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
}

export interface NewUserInput {
  email: string;
  name: string;
  role?: string;
  workspace?: string;
  agency?: string;
  /** Administrator of the whole installation. */
  administrator?: boolean;
}

export async function createUser(
  ctx: Ctx,
  input: NewUserInput,
): Promise<{ user: UserWithRoles; password: string }> {
  authorize(ctx.actor, usersPolicy.can('manage'), ctx.workspace?.id ?? null);
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  if (!EMAIL.test(email))
    throw new PantauError('validation', `Alamat surel tidak valid: "${input.email}" — invalid e-mail`);
  if (!name) throw new PantauError('validation', 'Nama wajib diisi — name is required');
  if (input.administrator && !isInstallationAdmin(ctx.actor)) {
    throw new PantauError(
      'forbidden',
      'Hanya administrator instalasi yang dapat membuat administrator — only installation administrators can',
    );
  }
  const role = input.role ? parseRole(input.role) : null;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await tx(ctx, async (t) => {
    if (await findUserByEmail(t, email))
      throw new PantauError('conflict', `Pengguna ${email} sudah ada — already exists`);
    const created = await insertUser(t, {
      email,
      name,
      passwordHash,
      isAdmin: !!input.administrator,
      at: t.now().toISOString(),
    });
    // One change, one audit row: the account and the role it starts with.
    const granted = role
      ? await grantIn(t, created, { role, workspace: input.workspace, agency: input.agency }, false)
      : null;
    await recordChange(t, {
      action: 'users.create',
      recordType: 'user',
      recordId: created.id,
      after: { email, name, isAdmin: created.isAdmin, ...(granted ?? {}) },
      workspaceId: granted?.workspaceId ?? null,
    });
    return created;
  });
  return { user: { ...user, memberships: await membershipsOf(ctx, [user.id]) }, password };
}

async function grantIn(
  ctx: Ctx,
  user: User,
  input: { role: Role; workspace?: string; agency?: string },
  audit = true,
): Promise<{ role: Role; workspaceId: number; agencyId: number | null }> {
  const workspace = await workspaceForGrant(ctx, input.workspace);
  authorize(ctx.actor, usersPolicy.can('manage'), workspace.id);
  let agencyId: number | null = null;
  if (input.agency) {
    const agency = await findAgencyByShortName(ctx, workspace.id, input.agency);
    if (!agency)
      throw new PantauError(
        'not_found',
        `OPD "${input.agency}" tidak ada di ${workspace.slug} — agency not found`,
      );
    agencyId = agency.id;
  }
  if (input.role === 'agency_officer' && agencyId === null) {
    throw new PantauError(
      'validation',
      'Petugas OPD harus terhubung ke satu OPD (--agency) — an agency officer needs an agency',
    );
  }
  const before = await findMembership(ctx, user.id, workspace.id);
  await upsertMembership(ctx, {
    userId: user.id,
    workspaceId: workspace.id,
    role: input.role,
    agencyId,
    at: ctx.now().toISOString(),
  });
  const granted = { role: input.role, workspaceId: workspace.id, agencyId };
  if (!audit) return granted;
  await recordChange(ctx, {
    action: 'users.grant',
    recordType: 'membership',
    recordId: `${user.id}:${workspace.id}`,
    before: before ? { role: before.role, agencyId: before.agencyId } : null,
    after: { user: user.email, role: input.role, agencyId },
    workspaceId: workspace.id,
  });
  return granted;
}

export async function grantRole(
  ctx: Ctx,
  input: { email: string; role: string; workspace?: string; agency?: string },
): Promise<UserWithRoles> {
  const role = parseRole(input.role);
  return tx(ctx, async (t) => {
    const user = await userByEmail(t, input.email);
    await grantIn(t, user, { role, workspace: input.workspace, agency: input.agency });
    return { ...user, memberships: await membershipsOf(t, [user.id]) };
  });
}

export async function revokeRole(
  ctx: Ctx,
  input: { email: string; workspace?: string },
): Promise<UserWithRoles> {
  return tx(ctx, async (t) => {
    const user = await userByEmail(t, input.email);
    const workspace = await workspaceForGrant(t, input.workspace);
    authorize(t.actor, usersPolicy.can('manage'), workspace.id);
    const before = await findMembership(t, user.id, workspace.id);
    if (!before)
      throw new PantauError('not_found', `${user.email} bukan anggota ${workspace.slug} — not a member`);
    await deleteMembership(t, user.id, workspace.id);
    await recordChange(t, {
      action: 'users.revoke',
      recordType: 'membership',
      recordId: `${user.id}:${workspace.id}`,
      before: { user: user.email, role: before.role, agencyId: before.agencyId },
      after: null,
      workspaceId: workspace.id,
    });
    return { ...user, memberships: await membershipsOf(t, [user.id]) };
  });
}

export async function listUsers(ctx: Ctx): Promise<UserWithRoles[]> {
  const installationWide = isInstallationAdmin(ctx.actor);
  authorize(ctx.actor, usersPolicy.can('manage'), installationWide ? null : (ctx.workspace?.id ?? null));
  const users = await listUserRows(ctx, installationWide ? undefined : ctx.workspace?.id);
  const memberships = await membershipsOf(
    ctx,
    users.map((u) => u.id),
  );
  return users.map((u) => ({
    ...u,
    memberships: memberships.filter(
      (m) => m.userId === u.id && (installationWide || m.workspaceId === ctx.workspace?.id),
    ),
  }));
}

/** A user an administrator of the context may manage: installation admins any, workspace admins their members. */
async function manageable(ctx: Ctx, email: string): Promise<User> {
  const user = await userByEmail(ctx, email);
  if (isInstallationAdmin(ctx.actor)) return user;
  const ws = ctx.workspace;
  if (!ws || !(await findMembership(ctx, user.id, ws.id)) || user.isAdmin) {
    throw new PantauError('not_found', `Pengguna ${email} tidak ditemukan — user not found`);
  }
  authorize(ctx.actor, usersPolicy.can('manage'), ws.id);
  return user;
}

/** A user with their memberships (all of them: the caller is one who may manage the user). */
export async function withRoles(ctx: Ctx, user: User): Promise<UserWithRoles> {
  return { ...user, memberships: await membershipsOf(ctx, [user.id]) };
}

export async function setUserDisabled(ctx: Ctx, email: string, disabled: boolean): Promise<User> {
  return tx(ctx, async (t) => {
    const user = await manageable(t, email);
    if (t.actor.kind === 'user' && t.actor.userId === user.id && disabled) {
      throw new PantauError(
        'validation',
        'Anda tidak dapat menonaktifkan akun sendiri — you cannot disable yourself',
      );
    }
    await updateUser(t, user.id, { disabled: disabled ? 1 : 0 });
    // A disabled account is signed out at once; its tokens stop working because the actor is refused.
    if (disabled) await deleteSessionsOf(t, user.id);
    await recordChange(t, {
      action: disabled ? 'users.disable' : 'users.enable',
      recordType: 'user',
      recordId: user.id,
      before: { disabled: user.disabled },
      after: { disabled },
      workspaceId: null,
    });
    return { ...user, disabled };
  });
}

export async function resetPassword(ctx: Ctx, email: string): Promise<{ user: User; password: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await tx(ctx, async (t) => {
    const u = await manageable(t, email);
    await updateUser(t, u.id, {
      password_hash: passwordHash,
      must_change_password: 1,
      failed_logins: 0,
      locked_until: null,
    });
    await deleteSessionsOf(t, u.id);
    await recordChange(t, {
      action: 'users.reset_password',
      recordType: 'user',
      recordId: u.id,
      before: { password: 'x' },
      after: { password: 'y', mustChangePassword: true },
      workspaceId: null,
    });
    return u;
  });
  return { user, password };
}

export async function changeOwnPassword(ctx: Ctx, input: { current: string; next: string }): Promise<void> {
  if (ctx.actor.kind !== 'user')
    throw new PantauError('forbidden', 'Hanya pengguna yang punya kata sandi — users only');
  checkPasswordStrength(input.next);
  const found = await findUserByEmail(ctx, ctx.actor.email);
  if (!found || !(await verifyPassword(found.passwordHash, input.current))) {
    throw new PantauError('validation', 'Kata sandi sekarang salah — current password is wrong');
  }
  const passwordHash = await hashPassword(input.next);
  await tx(ctx, async (t) => {
    await updateUser(t, found.user.id, { password_hash: passwordHash, must_change_password: 0 });
    await recordChange(t, {
      action: 'users.change_password',
      recordType: 'user',
      recordId: found.user.id,
      before: { password: 'x' },
      after: { password: 'y', mustChangePassword: false },
      workspaceId: null,
    });
  });
}

/**
 * First start (and any start that finds no administrator): creates the installation
 * administrator with PANTAU_ADMIN_PASSWORD or a one-time password the caller prints once.
 */
export async function ensureAdministrator(
  ctx: Ctx,
  input: { email: string; password?: string | null },
): Promise<{ email: string; password: string | null } | null> {
  if (await firstAdministrator(ctx)) return null;
  const given = input.password || null;
  if (given) checkPasswordStrength(given);
  const password = given ?? oneTimePassword();
  const passwordHash = await hashPassword(password);
  const email = normalizeEmail(input.email);
  return tx(ctx, async (t) => {
    // Several processes may start at once (workers, commands): one makes the administrator, the
    // others wait here and then find it.
    await lockForAppend(t.db, t.dialect, 'first-administrator');
    // Another process made it meanwhile, or the address belongs to a user who is no administrator
    // (never promoted silently).
    if ((await firstAdministrator(t)) || (await findUserByEmail(t, email))) return null;
    const user = await insertUser(t, {
      email,
      name: 'Administrator',
      passwordHash,
      isAdmin: true,
      mustChangePassword: !given,
      at: t.now().toISOString(),
    });
    await recordChange(t, {
      action: 'users.create',
      recordType: 'user',
      recordId: user.id,
      after: { email, name: user.name, isAdmin: true },
      workspaceId: null,
    });
    return { email, password: given ? null : password };
  });
}

/** The e-mail of a user addressed by id in the API (another installation's user is "not found" alike). */
export async function userEmail(ctx: Ctx, id: number): Promise<string> {
  const user = await findUser(ctx, id);
  if (!user) throw new PantauError('not_found', `Pengguna #${id} tidak ditemukan — user not found`);
  return user.email;
}

/** The acting user as the API shows them. */
export async function currentUser(ctx: Ctx): Promise<UserWithRoles> {
  if (ctx.actor.kind !== 'user')
    throw new PantauError('unauthorized', 'Masuk terlebih dahulu — sign in first');
  const user = await findUser(ctx, ctx.actor.userId);
  if (!user) throw new PantauError('unauthorized', 'Masuk terlebih dahulu — sign in first');
  return { ...user, memberships: await membershipsOf(ctx, [user.id]) };
}

export async function findActiveUserId(store: Executor, email: string): Promise<number | null> {
  const found = await findUserByEmail(store, email);
  return found && !found.user.disabled ? found.user.id : null;
}

export async function firstAdministratorId(store: Executor): Promise<number | null> {
  return (await firstAdministrator(store))?.id ?? null;
}

/**
 * Active users who may work in the workspace (members, and installation administrators, who act as
 * its admin), for choosing a person from inside another use case that has already authorised.
 */
export async function peopleWithAccess(
  store: Executor,
  workspaceId: number,
): Promise<{ id: number; name: string; role: string }[]> {
  return listPeopleWithAccess(store, workspaceId);
}

/** Active officers of these agencies, for telling them a direction reached them. */
export async function agencyOfficers(
  store: Executor,
  workspaceId: number,
  agencyIds: number[],
): Promise<{ id: number; agencyId: number }[]> {
  return listAgencyOfficers(store, workspaceId, agencyIds);
}
