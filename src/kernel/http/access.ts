// Authentication hangs on the matched route, never on the URL's spelling: Fastify routes first
// (decoding percent-escapes, dot segments and absolute-form targets the way its router does) and
// this hook then reads the access the *matched* route declared. A route that declares none cannot
// even be registered under /api/v1, so a new route is closed until its policy says otherwise.
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/user.ts';
import type { Permission } from '../auth/policy.ts';
import { sendProblem } from './problem.ts';

/** `public`: anyone; `self`: any signed-in user about their own account; else a permission. */
export type Access = 'public' | 'self' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** `installation`: the permission is checked installation-wide unless a workspace is named. */
    scope?: 'workspace' | 'installation' | 'global';
  }
  interface FastifyInstance {
    /** Every /api/v1 route with the access it declared (for the docs and the access-matrix test). */
    accessTable: {
      method: string;
      url: string;
      access: Access;
      scope: 'workspace' | 'installation' | 'global';
    }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: number | null;
    /** The session's CSRF token (cookie sessions only), for the web app to echo. */
    sessionCsrf: string | null;
  }
}

export interface Authenticated {
  actor: Actor;
  sessionId: number | null;
  /** Set for cookie sessions: unsafe methods must echo it in X-CSRF-Token. */
  csrfToken: string | null;
}

export interface AccessOptions {
  authenticate(req: FastifyRequest): Promise<Authenticated | null>;
  csrfMatches(expected: string, given: string | undefined): boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installAccess(app: FastifyInstance, options: AccessOptions): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionCsrf', null);
  const table: FastifyInstance['accessTable'] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path ?? '';
    const access = route.config?.access;
    if (!url.startsWith('/api/v1') && (!access || (route.schema as { hide?: boolean } | undefined)?.hide))
      return;
    if (!access) throw new Error(`Route ${String(route.method)} ${url} declares no access policy`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url, access, scope: route.config?.scope ?? 'workspace' });
    }
  });
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const access = req.routeOptions.config?.access;
    // Unmatched requests reach the not-found handler, which answers 404 and runs nothing.
    if (!req.routeOptions.url) return;
    // Routes outside /api/v1 (health, the API documentation) are public; /api/v1 ones cannot lack access.
    if (access === 'public' || access === undefined) return;
    const who = await options.authenticate(req);
    if (!who) {
      return sendProblem(reply, 401, 'unauthorized', {
        id: 'Masuk terlebih dahulu, atau sertakan token API yang sah',
        en: 'Sign in first, or send a valid API token',
      });
    }
    if (who.csrfToken !== null && !SAFE_METHODS.has(req.method)) {
      const given = req.headers['x-csrf-token'];
      if (!options.csrfMatches(who.csrfToken, typeof given === 'string' ? given : undefined)) {
        return sendProblem(reply, 403, 'csrf', {
          id: 'Token CSRF tidak ada atau salah; muat ulang halaman',
          en: 'Missing or wrong CSRF token; reload the page',
        });
      }
    }
    req.actor = who.actor;
    req.sessionId = who.sessionId;
    req.sessionCsrf = who.csrfToken;
  });
}
