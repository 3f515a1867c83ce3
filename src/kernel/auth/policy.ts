// Who may do what, declared by each module in its <name>.policy.ts and checked with `authorize`.
// A permission is "module.action"; a policy lists, per action, the workspace roles allowed it.
import { PantauError } from '../../domain/errors.ts';
import { type Actor, type Role, roleIn } from '../../domain/user.ts';

export type Permission = `${string}.${string}`;

export interface Policy<A extends string = string> {
  module: string;
  rules: Readonly<Record<A, readonly Role[]>>;
  /** The permission name of one of this policy's actions, e.g. sources.manage. */
  can(action: A): Permission;
}

const registry = new Map<string, readonly Role[]>();

/** Declares a module's policy; every permission is known once its module is loaded. */
export function definePolicy<A extends string>(
  module: string,
  rules: Readonly<Record<A, readonly Role[]>>,
): Policy<A> {
  for (const [action, roles] of Object.entries(rules) as [A, readonly Role[]][]) {
    registry.set(`${module}.${action}`, roles);
  }
  return { module, rules, can: (action) => `${module}.${action}` as Permission };
}

/** Roles allowed a permission; throws for a permission no policy declares (a programming error). */
export function rolesFor(permission: Permission): readonly Role[] {
  const roles = registry.get(permission);
  if (!roles) throw new Error(`Permission ${permission} is declared by no policy`);
  return roles;
}

export function isAllowed(actor: Actor, permission: Permission, workspaceId: number | null): boolean {
  if (actor.kind === 'system') return true;
  if (workspaceId === null) return actor.isAdmin && rolesFor(permission).includes('admin');
  const role = roleIn(actor, workspaceId);
  return role !== null && rolesFor(permission).includes(role);
}

/** Throws `forbidden` unless the actor's role in the workspace allows the permission. */
export function authorize(actor: Actor, permission: Permission, workspaceId: number | null): void {
  if (!isAllowed(actor, permission, workspaceId)) {
    throw new PantauError(
      'forbidden',
      `Peran Anda tidak mengizinkan ${permission} — your role does not allow ${permission}`,
    );
  }
}

// Role groups the module policies share, so a new role is added in one place.
export const ALL_STAFF: readonly Role[] = [
  'analyst',
  'reviewer',
  'team_lead',
  'head',
  'assistant',
  'secretary',
  'leader',
  'admin',
  'viewer',
];
export const OPERATORS: readonly Role[] = ['analyst', 'reviewer', 'team_lead', 'head', 'admin'];
export const LEADS: readonly Role[] = ['team_lead', 'head', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];
