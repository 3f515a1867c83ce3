// The HTTP API: every /api/v1 route declares its access in its module (authentication hangs on the
// matched route), request and response schemas appear in /api/docs, errors are problem+json.
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Fetcher } from '../collect/fetch/index.ts';
import { type AlertChannels, loadConfig } from '../kernel/config.ts';
import { createFetcher } from '../kernel/context.ts';
import { pingStore, type Store } from '../kernel/db/connect.ts';
import { type Authenticated, installAccess } from '../kernel/http/access.ts';
import { problemHandler, sendProblem } from '../kernel/http/problem.ts';
import type { Logger } from '../kernel/logger.ts';
import { createPageAnalyser, type PageAnalyser } from '../kernel/sandbox/page-pool.ts';
import { agencyRoutes } from '../modules/agencies/agencies.routes.ts';
import { alertRoutes } from '../modules/alerts/alerts.routes.ts';
import { reanalysisRoutes } from '../modules/analysis/reanalysis.routes.ts';
import { archiveRoutes } from '../modules/archive/archive.routes.ts';
import { articleRoutes } from '../modules/articles/articles.routes.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { clippingRoutes } from '../modules/clippings/clippings.routes.ts';
import { pollRequestRoutes } from '../modules/crawl/poll-requests.routes.ts';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes.ts';
import { demoRoutes } from '../modules/demo/demo.routes.ts';
import { directionRoutes } from '../modules/directions/directions.routes.ts';
import { eventRoutes } from '../modules/events/events.routes.ts';
import { noticeRoutes } from '../modules/inbox-notices/notices.routes.ts';
import { issueRoutes } from '../modules/issues/issues.routes.ts';
import { letterRoutes } from '../modules/letters/letters.routes.ts';
import { partnerRoutes } from '../modules/partners/partners.routes.ts';
import { placeRoutes } from '../modules/places/places.routes.ts';
import { programRoutes } from '../modules/programs/programs.routes.ts';
import { newsroomRoutes } from '../modules/publications/newsroom.routes.ts';
import { publicationRoutes } from '../modules/publications/publications.routes.ts';
import { reportRoutes } from '../modules/reports/reports.routes.ts';
import { sopCaseRoutes } from '../modules/sop-cases/sop-cases.routes.ts';
import { sopRoutes } from '../modules/sops/sops.routes.ts';
import { sourceRoutes } from '../modules/sources/sources.routes.ts';
import { storyRoutes } from '../modules/stories/stories.routes.ts';
import { subjectRoutes } from '../modules/subjects/subjects.routes.ts';
import { actorFromSession, actorFromToken, csrfMatches } from '../modules/users/auth.service.ts';
import { SESSION_COOKIE, userRoutes } from '../modules/users/users.routes.ts';
import { workspaceRoutes } from '../modules/workspaces/workspaces.routes.ts';
import { workspaceForActor } from '../modules/workspaces/workspaces.service.ts';
import { serveWebApp, wantsAppPage } from './web-app.ts';

async function authenticate(store: Store, req: FastifyRequest): Promise<Authenticated | null> {
  const header = req.headers.authorization;
  if (header) {
    // A request that presents a token is judged by it alone, never by a cookie it also carries.
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const actor = m ? await actorFromToken(store, m[1]) : null;
    return actor ? { actor, sessionId: null, csrfToken: null } : null;
  }
  const session = req.cookies[SESSION_COOKIE];
  if (!session) return null;
  const found = await actorFromSession(store, session);
  return found ? { actor: found.actor, sessionId: found.sessionId, csrfToken: found.csrfToken } : null;
}

export async function buildApp(options: {
  store: Store;
  logger?: Logger;
  trustProxy?: boolean;
  /** Process defaults for alert delivery (SMTP server, default recipients). */
  alerts?: AlertChannels;
  /** Folder of the built web app (default web/dist); false serves the API only. */
  webApp?: string | false;
  /** How often live updates ask the store for news (tests ask more often). */
  eventPollMs?: number;
  /** Days of news the demo is built with (90 by default; tests that only need it built use fewer). */
  demoDays?: number;
  /**
   * What a source preview fetches and reads with; by default the crawl's fetcher as configured (its
   * allowed hosts and limits) and one page process, started on the first preview. Given ones are
   * the caller's to close.
   */
  collect?: { fetcher: Fetcher; pages: PageAnalyser };
  /** The clock use cases read; real time unless a test sets it. */
  now?: () => Date;
}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger | undefined,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Live-update streams stay open as long as a page does: shutting down ends them, not waits on them.
    forceCloseConnections: true,
  }) as unknown as FastifyInstance;
  app.decorate('pantau', { store: options.store, workspaceFor: workspaceForActor, now: options.now });
  // Requests are validated by each route's zod schema (errors with field paths, in the caller's
  // language); the JSON Schemas given to Fastify are for the documentation only, and responses
  // are serialised as the presenters shaped them.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // A DELETE or an empty POST that still says `content-type: application/json` is an empty body,
  // not an error; anything else goes through Fastify's own (prototype-poisoning-safe) parser.
  const json = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    return json(req, body as string, done);
  });
  app.setErrorHandler(problemHandler);
  app.setNotFoundHandler((req, reply) => {
    // A page of the web app opened by its address (/cari, /artikel/42): the app routes it.
    if (app.appPage && wantsAppPage(req)) return app.appPage(req, reply);
    return sendProblem(reply, 404, 'not_found', `Tidak ada rute ${req.method} ${req.url} — no such route`);
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Pantau API', version: '0.2.0', description: 'Pemantauan media pemerintah daerah' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Token API pribadi (pantau tokens create)' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Sesi peramban; permintaan yang mengubah data wajib menyertakan X-CSRF-Token',
          },
        },
      },
    },
  });
  app.addSchema({
    $id: 'problem',
    type: 'object',
    description: 'RFC 9457 problem+json',
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      code: { type: 'string', description: 'kode stabil, mis. validation, not_found, forbidden' },
      detail: { type: 'string', description: 'pesan dalam bahasa pemanggil (Accept-Language)' },
      errors: {
        type: 'array',
        items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAccess(app, { authenticate: (req) => authenticate(options.store, req), csrfMatches });

  app.get('/healthz', { schema: { hide: true }, config: { access: 'public' } }, async () => {
    await pingStore(options.store);
    return { status: 'ok' };
  });
  userRoutes(app);
  workspaceRoutes(app);
  agencyRoutes(app);
  auditRoutes(app);
  const collect = options.collect ?? ownCollectTools(app);
  sourceRoutes(app, { preview: collect });
  pollRequestRoutes(app);
  articleRoutes(app);
  storyRoutes(app);
  subjectRoutes(app);
  issueRoutes(app);
  alertRoutes(app, options.alerts ?? loadConfig().alerts);
  placeRoutes(app);
  publicationRoutes(app);
  archiveRoutes(app);
  newsroomRoutes(app);
  reanalysisRoutes(app);
  dashboardRoutes(app);
  demoRoutes(app, { days: options.demoDays });
  sopRoutes(app);
  reportRoutes(app);
  directionRoutes(app);
  programRoutes(app);
  letterRoutes(app);
  sopCaseRoutes(app);
  noticeRoutes(app);
  partnerRoutes(app);
  clippingRoutes(app, { pages: collect.pages });
  eventRoutes(app, { pollMs: options.eventPollMs });
  if (options.webApp !== false) await serveWebApp(app, options.webApp);
  return app;
}

/** The preview's own fetcher and page process, closed with the server. */
function ownCollectTools(app: FastifyInstance): { fetcher: Fetcher; pages: PageAnalyser } {
  const tools = { fetcher: createFetcher(loadConfig()), pages: createPageAnalyser({ processes: 1 }) };
  app.addHook('onClose', async () => {
    await tools.pages.close();
    await tools.fetcher.close();
  });
  return tools;
}
