// Signing in and out, and finding the actor behind a session cookie or an API token.
// Sessions live server-side (only a digest of the cookie's secret is stored), slide with use and
// end after a working day idle or a week in all; repeated wrong passwords lock the account.
import { PantauError } from '../../domain/errors.ts';
import type { Actor, User } from '../../domain/user.ts';
import { decoyHash, verifyPassword } from '../../kernel/auth/password.ts';
import { digest, newSecret, sameSecret } from '../../kernel/auth/secrets.ts';
import { type Ctx, createCtx, tx } from '../../kernel/ctx.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { actorOf, normalizeEmail } from './accounts.ts';
import {
  deleteSession,
  deleteSessionsOf,
  findSession,
  findTokenByHash,
  insertSession,
  markTokenUsed,
  touchSession,
} from './sessions.repo.ts';
import { countFailedLogin, findUserByEmail, updateUser } from './users.repo.ts';

export const SESSION_IDLE_MS = 8 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface SignedIn {
  user: User;
  /** The cookie's secret: shown to the browser once, stored only as a digest. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

const WRONG = 'Surel atau kata sandi salah — wrong e-mail or password';

function lockedMessage(until: string): string {
  const time = new Date(until).toLocaleTimeString('id-ID', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `Terlalu banyak percobaan masuk yang salah; akun dikunci sampai pukul ${time} WIB — too many failed sign-ins; the account is locked until ${until}`;
}

export async function signIn(
  store: Executor,
  input: {
    email: string;
    password: string;
    address: string | null;
    userAgent: string | null;
    requestId?: string | null;
    now?: Date;
  },
): Promise<SignedIn> {
  const now = input.now ?? new Date();
  const found = await findUserByEmail(store, normalizeEmail(input.email));
  if (!found) {
    await verifyPassword(await decoyHash(), input.password); // same time as a real check
    throw new PantauError('unauthorized', WRONG);
  }
  const { user } = found;
  const ctx = createCtx(store, {
    actor: {
      kind: 'user',
      userId: user.id,
      name: user.name,
      email: user.email,
      isAdmin: user.isAdmin,
      via: 'session',
      memberships: [],
    },
    address: input.address,
    requestId: input.requestId ?? null,
    now: () => now,
  });
  if (found.lockedUntil && found.lockedUntil > now.toISOString()) {
    throw new PantauError('locked', lockedMessage(found.lockedUntil));
  }
  const ok = await verifyPassword(found.passwordHash, input.password);
  if (!ok || user.disabled) {
    if (!ok) {
      const failures = await countFailedLogin(store, user.id);
      if (failures >= MAX_FAILED_LOGINS) {
        const until = new Date(now.getTime() + LOCKOUT_MS).toISOString();
        await tx(ctx, async (t) => {
          await updateUser(t, user.id, { locked_until: until, failed_logins: 0 });
          await recordChange(t, {
            action: 'users.lock',
            recordType: 'user',
            recordId: user.id,
            before: { lockedUntil: null },
            after: { lockedUntil: until },
            workspaceId: null,
          });
        });
        throw new PantauError('locked', lockedMessage(until));
      }
    }
    throw new PantauError('unauthorized', WRONG);
  }
  const sessionToken = newSecret('ps_');
  const csrfToken = newSecret('', 24);
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
  await tx(ctx, async (t) => {
    await updateUser(t, user.id, { failed_logins: 0, locked_until: null });
    const id = await insertSession(t, {
      tokenHash: digest(sessionToken),
      csrfToken,
      userId: user.id,
      at: now.toISOString(),
      expiresAt,
      address: input.address,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordChange(t, {
      action: 'auth.sign_in',
      recordType: 'session',
      recordId: id,
      after: { user: user.email },
      workspaceId: null,
    });
  });
  return { user, sessionToken, csrfToken, expiresAt };
}

export interface SessionActor {
  actor: Actor;
  sessionId: number;
  csrfToken: string;
}

/** The actor behind a session cookie, or null when it is unknown, expired or its user disabled. */
export async function actorFromSession(
  store: Executor,
  sessionToken: string,
  now = new Date(),
): Promise<SessionActor | null> {
  const session = await findSession(store, digest(sessionToken));
  if (!session) return null;
  const at = now.toISOString();
  if (session.expiresAt <= at) {
    await deleteSession(store, session.id);
    return null;
  }
  const actor = await actorOf(store, session.userId, 'session');
  if (!actor) return null;
  // Slide the idle expiry at most once a minute, never past the absolute limit from sign-in.
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
    const limit = new Date(session.createdAt).getTime() + SESSION_MAX_MS;
    const slid = Math.min(now.getTime() + SESSION_IDLE_MS, limit);
    await touchSession(store, session.id, at, new Date(slid).toISOString());
  }
  return { actor, sessionId: session.id, csrfToken: session.csrfToken };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  return !!given && sameSecret(expected, given);
}

/** The actor behind a personal API token, or null when it is unknown, revoked, expired or its user disabled. */
export async function actorFromToken(
  store: Executor,
  token: string,
  now = new Date(),
): Promise<Actor | null> {
  const record = await findTokenByHash(store, digest(token));
  if (!record || record.revokedAt) return null;
  const at = now.toISOString();
  if (record.expiresAt && record.expiresAt <= at) return null;
  const actor = await actorOf(store, record.userId, 'token', record.id);
  if (!actor) return null;
  if (!record.lastUsedAt || now.getTime() - new Date(record.lastUsedAt).getTime() > 60_000) {
    await markTokenUsed(store, record.id, at);
  }
  return actor;
}

export async function signOut(ctx: Ctx, sessionId: number): Promise<void> {
  await tx(ctx, async (t) => {
    await deleteSession(t, sessionId);
    await recordChange(t, {
      action: 'auth.sign_out',
      recordType: 'session',
      recordId: sessionId,
      before: { active: true },
      after: { active: false },
      workspaceId: null,
    });
  });
}

/** Ends every session of the acting user (the browser on another desk too). */
export async function signOutEverywhere(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'user') throw new PantauError('forbidden', 'Hanya untuk pengguna — users only');
  const userId = ctx.actor.userId;
  return tx(ctx, async (t) => {
    const n = await deleteSessionsOf(t, userId);
    await recordChange(t, {
      action: 'auth.sign_out_everywhere',
      recordType: 'user',
      recordId: userId,
      after: { sessionsEnded: n },
      workspaceId: null,
    });
    return n;
  });
}
