// The HTTP API: bearer-token authentication on every /api route, problem+json errors, OpenAPI docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../kernel/logger.ts';
import type { Store } from '../kernel/db/connect.ts';
import { tokenMatches } from '../kernel/auth/legacy-token.ts';
import { problemHandler, sendProblem } from '../kernel/http/problem.ts';
import { alertRoutes } from '../modules/alerts/alerts.routes.ts';
import { articleRoutes } from '../modules/articles/articles.routes.ts';
import { issueRoutes } from '../modules/issues/issues.routes.ts';
import { placeRoutes } from '../modules/places/places.routes.ts';
import { sourceRoutes } from '../modules/sources/sources.routes.ts';
import { subjectRoutes } from '../modules/subjects/subjects.routes.ts';

export async function buildApp(options: {
  store: Store;
  apiToken: string;
  logger?: Logger;
}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger | undefined,
    bodyLimit: 1024 * 1024,
  }) as unknown as FastifyInstance;
  app.setErrorHandler(problemHandler);
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, 404, 'not_found', `Tidak ada rute ${req.method} ${req.url}`),
  );
  await app.register(swagger, {
    openapi: {
      info: { title: 'Pantau API', version: '0.1.0', description: 'Pemantauan media pemerintah daerah' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/v1/')) return;
    if (!tokenMatches(options.apiToken, req.headers.authorization)) {
      return sendProblem(
        reply,
        401,
        'unauthorized',
        'Token API tidak valid atau tidak ada — missing or invalid bearer token',
      );
    }
  });
  app.get('/healthz', { schema: { hide: true } }, async () => {
    await options.store.db.selectFrom('workspace').select('id').limit(1).execute();
    return { status: 'ok' };
  });
  sourceRoutes(app, options.store);
  articleRoutes(app, options.store);
  subjectRoutes(app, options.store);
  issueRoutes(app, options.store);
  alertRoutes(app, options.store);
  placeRoutes(app, options.store);
  return app;
}
