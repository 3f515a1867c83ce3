// Test factories: the records a test needs, made through the same use cases the product uses
// (so a factory never writes a row the application could not have written).
import { randomBytes } from 'node:crypto';
import type { Role, User } from '../../src/domain/user.ts';
import type { Workspace } from '../../src/domain/workspace.ts';
import { type Ctx, createCtx, systemCtx } from '../../src/kernel/ctx.ts';
import type { Store } from '../../src/kernel/db/connect.ts';
import { addAgency } from '../../src/modules/agencies/agencies.service.ts';
import { actorOf } from '../../src/modules/users/accounts.ts';
import { createToken } from '../../src/modules/users/tokens.service.ts';
import { createUser } from '../../src/modules/users/users.service.ts';
import { createWorkspace } from '../../src/modules/workspaces/workspaces.service.ts';
import { storeArticles } from '../support/articles.ts';

const unique = () => randomBytes(4).toString('hex');

export async function buildWorkspace(
  store: Store,
  overrides: Partial<{ slug: string; name: string; region: string; timeZone: 'WIB' | 'WITA' | 'WIT' }> = {},
): Promise<Workspace> {
  const slug = overrides.slug ?? `kota-${unique()}`;
  return createWorkspace(systemCtx(store), {
    slug,
    name: overrides.name ?? `Pemerintah ${slug}`,
    region: overrides.region ?? 'Kota Sukamaju',
    timeZone: overrides.timeZone ?? 'WIB',
  });
}

export interface BuiltUser {
  user: User;
  /** The one-time password the user was created with. */
  password: string;
  /** A personal API token of the user. */
  token: string;
  /** The user's context, in `workspace` when the user was given one. */
  ctx: Ctx;
}

export async function buildUser(
  store: Store,
  options: {
    role?: Role;
    workspace?: Workspace;
    agency?: string;
    admin?: boolean;
    email?: string;
    name?: string;
  } = {},
): Promise<BuiltUser> {
  const email = options.email ?? `pengguna-${unique()}@pemkot.example`;
  const { user, password } = await createUser(systemCtx(store), {
    email,
    name: options.name ?? `Pengguna ${email.split('@')[0]}`,
    role: options.role,
    workspace: options.workspace?.slug,
    agency: options.agency,
    administrator: options.admin,
  });
  const actor = await actorOf(store, user.id, 'cli');
  if (!actor) throw new Error('user not created');
  const ctx = createCtx(store, { actor, workspace: options.workspace ?? null });
  const { token } = await createToken(ctx, { name: 'uji' });
  return { user, password, token, ctx };
}

export async function buildAgency(store: Store, workspace: Workspace, shortName = 'Dinas PUPR') {
  return addAgency(createCtx(store, { actor: systemCtx(store).actor, workspace }), {
    name: `${shortName} Kota`,
    shortName,
  });
}

export async function buildArticle(
  store: Store,
  workspace: Workspace,
  article: Partial<{ url: string; title: string; text: string }> = {},
): Promise<number> {
  const id = unique();
  const [stored] = await storeArticles(store, workspace.id, [
    {
      url: article.url ?? `https://warta.example/${id}`,
      title: article.title ?? `Berita ${id}`,
      text: article.text ?? 'Wali Kota meninjau pasar bersama Dinas PUPR pada Senin pagi.',
    },
  ]);
  return stored;
}
