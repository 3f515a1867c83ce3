// /api/v1/auth (sign in and out, the signed-in user, own password), /api/v1/users (administrators
// manage accounts and roles) and /api/v1/tokens (each user's personal API tokens).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import { route } from '../../kernel/http/route.ts';
import { idParams, workspaceQuery } from '../../kernel/http/schemas.ts';
import { signIn, signOut, signOutEverywhere } from './auth.service.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';
import { usersPolicy } from './users.policy.ts';
import { presentToken, presentUser } from './users.present.ts';
import {
  grantBody,
  meResponse,
  newTokenBody,
  newUserBody,
  passwordBody,
  signInBody,
  tokenSchema,
  userPatchBody,
  userSchema,
} from './users.schema.ts';
import {
  changeOwnPassword,
  createUser,
  currentUser,
  grantRole,
  listUsers,
  resetPassword,
  revokeRole,
  setUserDisabled,
  userEmail,
  withRoles,
} from './users.service.ts';

export const SESSION_COOKIE = 'pantau_session';

/** Sign-in attempts per address in a window, on top of the per-account lock-out. */
class SignInLimiter {
  readonly #hits = new Map<string, number[]>();
  constructor(
    readonly max = 20,
    readonly windowMs = 15 * 60_000,
  ) {}
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.#hits.get(address) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    this.#hits.set(address, recent);
    if (this.#hits.size > 10_000) this.#hits.delete(this.#hits.keys().next().value as string);
    return recent.length <= this.max;
  }
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function userRoutes(app: FastifyInstance) {
  const limiter = new SignInLimiter();
  const auth = ['auth'];
  route(app, {
    method: 'POST',
    // Outside /api/v1, where every route needs a session or a token: signing in is how one gets them.
    url: '/auth/session',
    access: 'public',
    tags: auth,
    summary: 'Masuk (membuat sesi; cookie httpOnly)',
    body: signInBody,
    status: 201,
    response: meResponse,
    handler: async (ctx, { body }, req, reply) => {
      if (!limiter.allow(req.ip)) {
        throw new PantauError(
          'locked',
          'Terlalu banyak percobaan masuk dari alamat ini; coba lagi nanti — too many sign-in attempts from this address',
        );
      }
      const signed = await signIn(ctx, {
        email: body.email,
        password: body.password,
        address: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: String(req.id),
      });
      setSessionCookie(req, reply, signed.sessionToken, signed.expiresAt);
      const me = await currentUser({
        ...ctx,
        actor: {
          kind: 'user',
          userId: signed.user.id,
          name: signed.user.name,
          email: signed.user.email,
          isAdmin: signed.user.isAdmin,
          via: 'session',
          memberships: [],
        },
      });
      return { user: presentUser(me), csrfToken: signed.csrfToken };
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/auth/me',
    access: 'self',
    tags: auth,
    summary: 'Pengguna yang sedang masuk, perannya, dan token CSRF sesi',
    response: meResponse,
    handler: async (ctx, _input, req) => ({
      user: presentUser(await currentUser(ctx)),
      csrfToken: req.sessionCsrf,
    }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/auth/session',
    access: 'self',
    tags: auth,
    summary: 'Keluar (sesi ini)',
    status: 204,
    handler: async (ctx, _input, req, reply) => {
      if (req.sessionId !== null) await signOut(ctx, req.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/auth/sign-out-everywhere',
    access: 'self',
    tags: auth,
    summary: 'Keluar dari semua perangkat',
    body: z.object({}),
    response: z.object({ ended: z.number() }),
    handler: async (ctx, _input, _req, reply) => {
      const ended = await signOutEverywhere(ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    },
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/auth/password',
    access: 'self',
    tags: auth,
    summary: 'Ganti kata sandi sendiri',
    body: passwordBody,
    status: 204,
    handler: async (ctx, { body }) => changeOwnPassword(ctx, body),
  });

  const users = ['users'];
  const manage = usersPolicy.can('manage');
  route(app, {
    method: 'GET',
    url: '/api/v1/users',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Daftar pengguna dan perannya',
    query: workspaceQuery,
    response: z.object({ users: z.array(userSchema) }),
    handler: async (ctx) => ({ users: (await listUsers(ctx)).map(presentUser) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/users',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Buat pengguna (kata sandi sekali pakai ditampilkan sekali)',
    body: newUserBody,
    status: 201,
    response: z.object({ user: userSchema, password: z.string() }),
    handler: async (ctx, { body }) => {
      const { user, password } = await createUser(ctx, body);
      return { user: presentUser(user), password };
    },
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/users/:id',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Nonaktifkan / aktifkan pengguna',
    params: idParams,
    query: workspaceQuery,
    body: userPatchBody,
    response: z.object({ user: userSchema }),
    handler: async (ctx, { params, body }) => {
      const user = await setUserDisabled(ctx, await userEmail(ctx, params.id), body.disabled);
      return { user: presentUser(await withRoles(ctx, user)) };
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/users/:id/reset-password',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Atur ulang kata sandi (kata sandi sekali pakai baru)',
    params: idParams,
    query: workspaceQuery,
    body: z.object({}),
    response: z.object({ password: z.string() }),
    handler: async (ctx, { params }) => ({
      password: (await resetPassword(ctx, await userEmail(ctx, params.id))).password,
    }),
  });
  route(app, {
    method: 'PUT',
    url: '/api/v1/users/:id/role',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Beri peran di workspace',
    params: idParams,
    body: grantBody,
    response: z.object({ user: userSchema }),
    handler: async (ctx, { params, body }) => ({
      user: presentUser(await grantRole(ctx, { email: await userEmail(ctx, params.id), ...body })),
    }),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/users/:id/role',
    access: manage,
    scope: 'installation',
    tags: users,
    summary: 'Cabut peran di workspace',
    params: idParams,
    query: workspaceQuery,
    response: z.object({ user: userSchema }),
    handler: async (ctx, { params, query }) => ({
      user: presentUser(
        await revokeRole(ctx, { email: await userEmail(ctx, params.id), workspace: query.workspace }),
      ),
    }),
  });

  const tokens = ['tokens'];
  route(app, {
    method: 'GET',
    url: '/api/v1/tokens',
    access: 'self',
    tags: tokens,
    summary: 'Token API pribadi saya',
    response: z.object({ tokens: z.array(tokenSchema) }),
    handler: async (ctx) => ({ tokens: (await listTokens(ctx)).map(presentToken) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/tokens',
    access: 'self',
    tags: tokens,
    summary: 'Buat token API pribadi (ditampilkan sekali)',
    body: newTokenBody,
    status: 201,
    response: z.object({ token: z.string(), record: tokenSchema }),
    handler: async (ctx, { body }) => {
      const made = await createToken(ctx, body);
      return { token: made.token, record: presentToken(made.record) };
    },
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    access: 'self',
    tags: tokens,
    summary: 'Cabut token API',
    params: idParams,
    status: 204,
    handler: async (ctx, { params }) => revokeToken(ctx, params.id),
  });
}
