// Turning a stored user into the actor of a use case, with the memberships that give it roles.
import type { Actor } from '../../domain/user.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { findUser, membershipsOf } from './users.repo.ts';

export async function actorOf(
  store: Executor,
  userId: number,
  via: 'session' | 'token' | 'cli',
  tokenId?: number,
): Promise<Actor | null> {
  const user = await findUser(store, userId);
  if (!user || user.disabled) return null;
  return {
    kind: 'user',
    userId: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    via,
    ...(tokenId ? { tokenId } : {}),
    memberships: await membershipsOf(store, [user.id]),
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
