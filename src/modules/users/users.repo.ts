// Users and their workspace memberships.
import type { Selectable } from 'kysely';
import type { Membership, Role, User } from '../../domain/user.ts';
import type { UserTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export const toUser = (r: Selectable<UserTable>): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  isAdmin: r.is_admin === 1,
  disabled: r.disabled === 1,
  mustChangePassword: r.must_change_password === 1,
  language: r.language === 'en' ? 'en' : 'id',
  createdAt: r.created_at,
});

export interface UserSecrets {
  user: User;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
}

export async function insertUser(
  store: Executor,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    isAdmin: boolean;
    /** A one-time password must be changed; one the administrator chose (PANTAU_ADMIN_PASSWORD) need not. */
    mustChangePassword?: boolean;
    at: string;
  },
): Promise<User> {
  const row = await store.db
    .insertInto('app_user')
    .values({
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      is_admin: input.isAdmin ? 1 : 0,
      must_change_password: input.mustChangePassword === false ? 0 : 1,
      created_at: input.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserByEmail(store: Executor, email: string): Promise<UserSecrets | null> {
  const r = await store.db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
  return r
    ? {
        user: toUser(r),
        passwordHash: r.password_hash,
        failedLogins: r.failed_logins,
        lockedUntil: r.locked_until,
      }
    : null;
}

export async function findUser(store: Executor, id: number): Promise<User | null> {
  const r = await store.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : null;
}

/** A user and their memberships in one read: every signed-in request needs both. */
export async function findUserWithMemberships(
  store: Executor,
  id: number,
): Promise<{ user: User; memberships: Membership[] } | null> {
  const rows = await store.db
    .selectFrom('app_user')
    .leftJoin('membership', 'membership.user_id', 'app_user.id')
    .leftJoin('workspace', 'workspace.id', 'membership.workspace_id')
    .selectAll('app_user')
    .select([
      'membership.workspace_id as member_workspace_id',
      'membership.role as member_role',
      'membership.agency_id as member_agency_id',
      'workspace.slug as member_workspace_slug',
    ])
    .where('app_user.id', '=', id)
    .orderBy('membership.workspace_id')
    .execute();
  if (rows.length === 0) return null;
  const memberships: Membership[] = [];
  for (const r of rows) {
    if (r.member_workspace_id === null || r.member_workspace_slug === null) continue;
    memberships.push({
      userId: id,
      workspaceId: r.member_workspace_id,
      workspaceSlug: r.member_workspace_slug,
      role: r.member_role as Role,
      agencyId: r.member_agency_id,
    });
  }
  return { user: toUser(rows[0]), memberships };
}

export async function firstAdministrator(store: Executor): Promise<User | null> {
  const r = await store.db
    .selectFrom('app_user')
    .selectAll()
    .where('is_admin', '=', 1)
    .where('disabled', '=', 0)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r ? toUser(r) : null;
}

export async function listUserRows(store: Executor, workspaceId?: number): Promise<User[]> {
  let q = store.db.selectFrom('app_user').selectAll('app_user');
  if (workspaceId !== undefined) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('membership')
          .select('membership.user_id')
          .whereRef('membership.user_id', '=', 'app_user.id')
          .where('membership.workspace_id', '=', workspaceId),
      ),
    );
  }
  return (await q.orderBy('app_user.id').execute()).map(toUser);
}

export async function updateUser(
  store: Executor,
  id: number,
  patch: Partial<{
    name: string;
    password_hash: string;
    disabled: number;
    must_change_password: number;
    failed_logins: number;
    locked_until: string | null;
    language: string;
  }>,
): Promise<void> {
  await store.db.updateTable('app_user').set(patch).where('id', '=', id).execute();
}

/** Counts a failed sign-in atomically and returns the new count. */
export async function countFailedLogin(store: Executor, id: number): Promise<number> {
  const r = await store.db
    .updateTable('app_user')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return r.failed_logins;
}

export async function membershipsOf(store: Executor, userIds: number[]): Promise<Membership[]> {
  if (userIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('membership')
    .innerJoin('workspace', 'workspace.id', 'membership.workspace_id')
    .select([
      'membership.user_id',
      'membership.workspace_id',
      'membership.role',
      'membership.agency_id',
      'workspace.slug',
    ])
    .where('membership.user_id', 'in', userIds)
    .orderBy('membership.workspace_id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    workspaceId: r.workspace_id,
    workspaceSlug: r.slug,
    role: r.role as Role,
    agencyId: r.agency_id,
  }));
}

export async function findMembership(
  store: Executor,
  userId: number,
  workspaceId: number,
): Promise<{ role: Role; agencyId: number | null } | null> {
  const r = await store.db
    .selectFrom('membership')
    .select(['role', 'agency_id'])
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return r ? { role: r.role as Role, agencyId: r.agency_id } : null;
}

export async function upsertMembership(
  store: Executor,
  m: { userId: number; workspaceId: number; role: Role; agencyId: number | null; at: string },
): Promise<void> {
  await store.db
    .insertInto('membership')
    .values({
      user_id: m.userId,
      workspace_id: m.workspaceId,
      role: m.role,
      agency_id: m.agencyId,
      created_at: m.at,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'workspace_id']).doUpdateSet({ role: m.role, agency_id: m.agencyId }),
    )
    .execute();
}

export async function deleteMembership(
  store: Executor,
  userId: number,
  workspaceId: number,
): Promise<number> {
  const r = await store.db
    .deleteFrom('membership')
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Active users who may work in a workspace: its members, and the installation's administrators. */
export async function listPeopleWithAccess(
  store: Executor,
  workspaceId: number,
): Promise<{ id: number; name: string; role: string }[]> {
  const rows = await store.db
    .selectFrom('app_user')
    .leftJoin('membership', (j) =>
      j.onRef('membership.user_id', '=', 'app_user.id').on('membership.workspace_id', '=', workspaceId),
    )
    .select(['app_user.id', 'app_user.name', 'app_user.is_admin', 'membership.role'])
    .where('app_user.disabled', '=', 0)
    .where((eb) => eb.or([eb('membership.user_id', 'is not', null), eb('app_user.is_admin', '=', 1)]))
    .orderBy('app_user.name')
    .orderBy('app_user.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role ?? 'admin' }));
}

/** Active officers of these agencies in a workspace (the people a direction to them reaches). */
export async function listAgencyOfficers(
  store: Executor,
  workspaceId: number,
  agencyIds: number[],
): Promise<{ id: number; agencyId: number }[]> {
  if (agencyIds.length === 0) return [];
  const rows = await store.db
    .selectFrom('membership')
    .innerJoin('app_user', 'app_user.id', 'membership.user_id')
    .select(['app_user.id', 'membership.agency_id'])
    .where('membership.workspace_id', '=', workspaceId)
    .where('membership.role', '=', 'agency_officer')
    .where('membership.agency_id', 'in', agencyIds)
    .where('app_user.disabled', '=', 0)
    .orderBy('app_user.id')
    .execute();
  return rows.map((r) => ({ id: r.id, agencyId: r.agency_id as number }));
}
