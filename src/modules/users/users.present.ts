// What the API shows of accounts: never a password hash, a token's digest or another user's secret.
import type { TokenRecord } from './sessions.repo.ts';
import type { UserWithRoles } from './users.service.ts';

export function presentUser(u: UserWithRoles) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    isAdmin: u.isAdmin,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    language: u.language,
    createdAt: u.createdAt,
    memberships: u.memberships.map((m) => ({
      workspaceId: m.workspaceId,
      workspaceSlug: m.workspaceSlug,
      role: m.role,
      agencyId: m.agencyId,
    })),
  };
}

export function presentToken(t: TokenRecord) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
  };
}
