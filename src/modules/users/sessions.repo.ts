// Server-side sessions (only the digest of the cookie's secret is kept) and personal API tokens.
import type { Selectable } from 'kysely';
import type { ApiTokenTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface SessionRow {
  id: number;
  userId: number;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  createdAt: string;
}

export async function insertSession(
  store: Executor,
  s: {
    tokenHash: string;
    csrfToken: string;
    userId: number;
    at: string;
    expiresAt: string;
    address: string | null;
    userAgent: string | null;
  },
): Promise<number> {
  const r = await store.db
    .insertInto('user_session')
    .values({
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      user_id: s.userId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      address: s.address,
      user_agent: s.userAgent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findSession(store: Executor, tokenHash: string): Promise<SessionRow | null> {
  const r = await store.db
    .selectFrom('user_session')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at', 'created_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
        createdAt: r.created_at,
      }
    : null;
}

export async function touchSession(
  store: Executor,
  id: number,
  at: string,
  expiresAt: string,
): Promise<void> {
  await store.db
    .updateTable('user_session')
    .set({ last_seen_at: at, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(store: Executor, id: number): Promise<void> {
  await store.db.deleteFrom('user_session').where('id', '=', id).execute();
}

export async function deleteSessionsOf(store: Executor, userId: number): Promise<number> {
  const r = await store.db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export interface TokenRecord {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const toToken = (r: Selectable<ApiTokenTable>): TokenRecord => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export async function insertToken(
  store: Executor,
  t: {
    userId: number;
    name: string;
    tokenHash: string;
    prefix: string;
    at: string;
    expiresAt: string | null;
  },
): Promise<TokenRecord> {
  const r = await store.db
    .insertInto('api_token')
    .values({
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      prefix: t.prefix,
      created_at: t.at,
      expires_at: t.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toToken(r);
}

export async function findTokenByHash(store: Executor, tokenHash: string): Promise<TokenRecord | null> {
  const r = await store.db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r ? toToken(r) : null;
}

export async function findToken(store: Executor, id: number): Promise<TokenRecord | null> {
  const r = await store.db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toToken(r) : null;
}

export async function listTokensOf(store: Executor, userId: number): Promise<TokenRecord[]> {
  const rows = await store.db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map(toToken);
}

export async function markTokenUsed(store: Executor, id: number, at: string): Promise<void> {
  await store.db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeTokenRow(store: Executor, id: number, at: string): Promise<void> {
  await store.db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).execute();
}
