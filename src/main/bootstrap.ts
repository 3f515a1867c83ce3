// First start, and every start after an upgrade: the installation's first
// administrator (its one-time password printed once on the terminal, or PANTAU_ADMIN_PASSWORD),
// and the shared API token of earlier releases adopted as that administrator's personal token.
import { existsSync, readFileSync } from 'node:fs';
import { PantauError } from '../domain/errors.ts';
import type { Actor } from '../domain/user.ts';
import { apiTokenFile } from '../kernel/auth/legacy-token.ts';
import { checkConfiguredSecret } from '../kernel/auth/secrets.ts';
import { systemCtx } from '../kernel/ctx.ts';
import type { Store } from '../kernel/db/connect.ts';
import { securePrivateDir } from '../kernel/db/data-dir.ts';
import { actorOf, normalizeEmail } from '../modules/users/accounts.ts';
import { actorFromToken } from '../modules/users/auth.service.ts';
import { adoptLegacyToken } from '../modules/users/tokens.service.ts';
import {
  ensureAdministrator,
  findActiveUserId,
  firstAdministratorId,
} from '../modules/users/users.service.ts';

export interface BootstrapOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Where the one-time password is shown (the terminal). */
  announce(text: string): void;
}

export async function bootstrap(store: Store, options: BootstrapOptions): Promise<void> {
  const env = options.env ?? process.env;
  const ctx = systemCtx(store);
  const email = env.PANTAU_ADMIN_EMAIL || 'admin@pantau.local';
  const created = await ensureAdministrator(ctx, { email, password: env.PANTAU_ADMIN_PASSWORD });
  if (created?.password) {
    options.announce(
      `\nAdministrator pertama dibuat — first administrator created\n` +
        `  surel / e-mail : ${created.email}\n` +
        `  kata sandi sekali pakai / one-time password : ${created.password}\n` +
        `  Simpan sekarang; kata sandi ini tidak ditampilkan lagi. Gantilah setelah masuk (PUT /api/v1/auth/password).\n\n`,
    );
  }
  // On PostgreSQL the store never touched the data directory; the old token file may still be there.
  if (existsSync(options.dataDir)) securePrivateDir(options.dataDir, (text) => options.announce(`${text}\n`));
  if (env.PANTAU_API_TOKEN) checkConfiguredSecret('PANTAU_API_TOKEN', env.PANTAU_API_TOKEN);
  const legacy = env.PANTAU_API_TOKEN || readLegacyFile(options.dataDir);
  if (legacy) await adoptLegacyToken(ctx, legacy);
}

function readLegacyFile(dataDir: string): string | null {
  const file = apiTokenFile(dataDir);
  const token = existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
  if (token) checkConfiguredSecret(file, token);
  return token;
}

/** Who a CLI command acts as: --as EMAIL, else PANTAU_TOKEN's owner, else the first administrator. */
export async function cliActor(
  store: Store,
  who: { as: string | null; token: string | null },
): Promise<Actor> {
  if (who.as) {
    const id = await findActiveUserId(store, normalizeEmail(who.as));
    const actor = id ? await actorOf(store, id, 'cli') : null;
    if (!actor)
      throw new PantauError(
        'unauthorized',
        `Pengguna aktif ${who.as} tidak ditemukan — no active user ${who.as}`,
      );
    return actor;
  }
  if (who.token) {
    const actor = await actorFromToken(store, who.token);
    if (!actor)
      throw new PantauError(
        'unauthorized',
        'PANTAU_TOKEN tidak valid, dicabut atau kedaluwarsa — invalid token',
      );
    return actor;
  }
  const adminId = await firstAdministratorId(store);
  const actor = adminId ? await actorOf(store, adminId, 'cli') : null;
  if (!actor)
    throw new PantauError(
      'unauthorized',
      'Belum ada administrator aktif; gunakan --as — no active administrator',
    );
  return actor;
}
