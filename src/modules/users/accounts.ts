// Turning a stored user into the actor of a use case, with the memberships that give it roles.
import type { Actor } from '../../domain/user.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { findUserWithMemberships } from './users.repo.ts';

export async function actorOf(
  store: Executor,
  userId: number,
  via: 'session' | 'token' | 'cli',
  tokenId?: number,
): Promise<Actor | null> {
  // One read for both: this runs on every signed-in request, and on PostgreSQL a read is a round trip.
  const found = await findUserWithMemberships(store, userId);
  if (!found || found.user.disabled) return null;
  const { user, memberships } = found;
  return {
    kind: 'user',
    userId: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    via,
    ...(tokenId ? { tokenId } : {}),
    memberships,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
