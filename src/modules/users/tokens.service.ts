// Personal API tokens: each user makes their own (named, optional expiry, shown once, stored as a
// digest) and revokes them; an administrator may make one for another user (e.g. a script's
// account). The old shared PANTAU_API_TOKEN becomes the first administrator's token.
import { PantauError } from '../../domain/errors.ts';
import { isInstallationAdmin } from '../../domain/user.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { digest, newSecret } from '../../kernel/auth/secrets.ts';
import { type Ctx, tx } from '../../kernel/ctx.ts';
import { lockForAppend } from '../../kernel/db/dialect.ts';
import { recordChange } from '../audit/audit.service.ts';
import { normalizeEmail } from './accounts.ts';
import {
  findToken,
  findTokenByHash,
  insertToken,
  listTokensOf,
  revokeTokenRow,
  type TokenRecord,
} from './sessions.repo.ts';
import { usersPolicy } from './users.policy.ts';
import { findUserByEmail, firstAdministrator } from './users.repo.ts';

export type { TokenRecord };

function ownerId(ctx: Ctx): number {
  if (ctx.actor.kind !== 'user') throw new PantauError('forbidden', 'Hanya untuk pengguna — users only');
  return ctx.actor.userId;
}

export async function createToken(
  ctx: Ctx,
  input: { name: string; expiresAt?: string | null; forEmail?: string | null },
): Promise<{ token: string; record: TokenRecord }> {
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new PantauError('validation', 'Nama token wajib diisi (≤ 100 karakter) — name required');
  let userId: number;
  if (input.forEmail) {
    authorize(ctx.actor, usersPolicy.can('manage'), null);
    const found = await findUserByEmail(ctx, normalizeEmail(input.forEmail));
    if (!found)
      throw new PantauError('not_found', `Pengguna ${input.forEmail} tidak ditemukan — user not found`);
    userId = found.user.id;
  } else {
    userId = ownerId(ctx);
  }
  let expiresAt: string | null = null;
  if (input.expiresAt) {
    const t = new Date(input.expiresAt);
    if (Number.isNaN(t.getTime()) || t <= ctx.now()) {
      throw new PantauError(
        'validation',
        'Tanggal kedaluwarsa harus di masa depan — expiry must be in the future',
      );
    }
    expiresAt = t.toISOString();
  }
  const token = newSecret('pat_');
  const record = await tx(ctx, async (t) => {
    const r = await insertToken(t, {
      userId,
      name,
      tokenHash: digest(token),
      prefix: token.slice(0, 10),
      at: t.now().toISOString(),
      expiresAt,
    });
    await recordChange(t, {
      action: 'tokens.create',
      recordType: 'api_token',
      recordId: r.id,
      after: { name, userId, expiresAt },
      workspaceId: null,
    });
    return r;
  });
  return { token, record };
}

export async function listTokens(ctx: Ctx): Promise<TokenRecord[]> {
  return listTokensOf(ctx, ownerId(ctx));
}

export async function revokeToken(ctx: Ctx, id: number): Promise<TokenRecord> {
  return tx(ctx, async (t) => {
    const record = await findToken(t, id);
    // Someone else's token is "not found" unless an installation administrator asks.
    if (!record || (record.userId !== ownerId(t) && !isInstallationAdmin(t.actor))) {
      throw new PantauError('not_found', `Token ${id} tidak ditemukan — token not found`);
    }
    if (record.revokedAt) return record;
    const at = t.now().toISOString();
    await revokeTokenRow(t, id, at);
    await recordChange(t, {
      action: 'tokens.revoke',
      recordType: 'api_token',
      recordId: id,
      before: { revokedAt: null },
      after: { revokedAt: at },
      workspaceId: null,
    });
    return { ...record, revokedAt: at };
  });
}

/**
 * The shared token of earlier releases keeps working as the first administrator's personal token
 * until revoked: imported once (as a digest); once revoked it stays revoked.
 */
export async function adoptLegacyToken(ctx: Ctx, token: string): Promise<boolean> {
  if (!token) return false;
  if (await findTokenByHash(ctx, digest(token))) return false;
  const admin = await firstAdministrator(ctx);
  if (!admin) return false;
  return tx(ctx, async (t) => {
    // Processes starting together adopt it once: the others wait, then find it.
    await lockForAppend(t.db, t.dialect, 'legacy-token');
    if (await findTokenByHash(t, digest(token))) return false;
    const r = await insertToken(t, {
      userId: admin.id,
      name: 'Token API lama (PANTAU_API_TOKEN)',
      tokenHash: digest(token),
      prefix: token.slice(0, 6),
      at: t.now().toISOString(),
      expiresAt: null,
    });
    await recordChange(t, {
      action: 'tokens.create',
      recordType: 'api_token',
      recordId: r.id,
      after: { name: r.name, userId: admin.id },
      workspaceId: null,
    });
    return true;
  });
}
