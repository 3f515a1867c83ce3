// One way to declare an API route: its access (a module policy's permission), its zod schemas
// (validated here and published in /api/docs), and a handler that receives the use-case context
// (actor, workspace, executor, request id and address) instead of the raw request.
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { type ZodType, z } from 'zod';
import { PantauError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize, type Permission } from '../auth/policy.ts';
import { type Ctx, createCtx } from '../ctx.ts';
import type { Store } from '../db/connect.ts';
import { languageFrom } from '../i18n/messages.ts';
import type { Access } from './access.ts';
import { assertStorableInput } from './storable-input.ts';

export interface RouteDeps {
  store: Store;
  workspaceFor(store: Store, actor: Actor, slug: string | null): Promise<Workspace>;
  /** The clock use cases read (a test sets the day an SOP step starts; a server uses real time). */
  now?: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    pantau: RouteDeps;
  }
}

export interface RouteSpec<B extends ZodType, Q extends ZodType, P extends ZodType> {
  method: Extract<HTTPMethods, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;
  url: string;
  access: Access;
  /**
   * `workspace` (default): in the workspace named or the actor's only one. `installation`: in the
   * workspace named, else installation-wide. `global`: always installation-wide (administrators of
   * the installation only, e.g. creating workspaces).
   */
  scope?: 'workspace' | 'installation' | 'global';
  tags: string[];
  summary: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Schema of the success body, for the API documentation. */
  response?: ZodType;
  /**
   * A success body that is a file, not JSON: its media types, each with what it holds, for the
   * documentation. The handler sets the Content-Type and returns the body (e.g. a stream).
   */
  produces?: Record<string, string>;
  /** Success status (201 for creation, 204 for no content). */
  status?: number;
  /** Largest request body in bytes, for the few routes that take files; others keep the server's default. */
  bodyLimit?: number;
  handler(
    ctx: Ctx,
    input: { body: z.output<B>; query: z.output<Q>; params: z.output<P> },
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<unknown>;
}

const ZOD_MESSAGES = { id: z.locales.id().localeError, en: z.locales.en().localeError };

const jsonSchema = (schema: ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;

function slugFrom(...sources: unknown[]): string | null {
  for (const s of sources) {
    if (s && typeof s === 'object' && 'workspace' in s) {
      const w = (s as { workspace?: unknown }).workspace;
      if (typeof w === 'string' && w) return w;
    }
  }
  return null;
}

export function route<B extends ZodType = ZodType, Q extends ZodType = ZodType, P extends ZodType = ZodType>(
  app: FastifyInstance,
  spec: RouteSpec<B, Q, P>,
): void {
  const schema: Record<string, unknown> = { tags: spec.tags, summary: spec.summary };
  if (spec.body) schema.body = jsonSchema(spec.body, 'input');
  if (spec.query) schema.querystring = jsonSchema(spec.query, 'input');
  if (spec.params) schema.params = jsonSchema(spec.params, 'input');
  const okStatus = spec.status ?? 200;
  schema.response = {
    [okStatus]:
      okStatus === 204
        ? { type: 'null', description: 'Tanpa isi — no content' }
        : spec.produces
          ? {
              description: Object.values(spec.produces).join('; '),
              content: Object.fromEntries(
                Object.entries(spec.produces).map(([type, description]) => [
                  type,
                  { schema: { type: 'string', format: 'binary', description } },
                ]),
              ),
            }
          : spec.response
            ? jsonSchema(spec.response, 'output')
            : { type: 'object', additionalProperties: true },
    '4XX': { $ref: 'problem#' },
  };
  if (spec.access !== 'public') schema.security = [{ bearer: [] }, { session: [] }];
  app.route({
    method: spec.method,
    url: spec.url,
    config: { access: spec.access, scope: spec.scope },
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema,
    handler: async (req, reply) => {
      // Field errors in the caller's language, from zod's own Indonesian and English messages.
      const language = languageFrom(req.headers['accept-language']);
      assertStorableInput([req.body, req.query, req.params], language);
      const error = ZOD_MESSAGES[language];
      const body = (spec.body ? spec.body.parse(req.body ?? {}, { error }) : undefined) as z.output<B>;
      const query = (spec.query ? spec.query.parse(req.query, { error }) : {}) as z.output<Q>;
      const params = (spec.params ? spec.params.parse(req.params, { error }) : {}) as z.output<P>;
      const ctx = await contextFor(app.pantau, req, spec, slugFrom(query, body, req.query));
      const result = await spec.handler(ctx, { body, query, params }, req, reply);
      if (okStatus === 204) return reply.status(204).send();
      reply.status(okStatus);
      return result;
    },
  });
}

async function contextFor(
  deps: RouteDeps,
  req: FastifyRequest,
  spec: { access: Access; scope?: 'workspace' | 'installation' | 'global' },
  slug: string | null,
): Promise<Ctx> {
  const language = languageFrom(req.headers['accept-language']);
  const base = {
    requestId: String(req.id),
    address: req.ip,
    language,
    ...(deps.now ? { now: deps.now } : {}),
  } as const;
  if (spec.access === 'public') {
    return createCtx(deps.store, { actor: { kind: 'system', name: 'anonim' }, ...base });
  }
  const actor = req.actor;
  if (!actor) throw new PantauError('unauthorized', 'Masuk terlebih dahulu — sign in first');
  if (spec.access === 'self') return createCtx(deps.store, { actor, ...base });
  const permission = spec.access as Permission;
  if (spec.scope === 'global' || (spec.scope === 'installation' && !slug)) {
    authorize(actor, permission, null);
    return createCtx(deps.store, { actor, ...base });
  }
  const workspace = await deps.workspaceFor(deps.store, actor, slug);
  authorize(actor, permission, workspace.id);
  return createCtx(deps.store, { actor, workspace, ...base });
}
