// The web app is served by the same process as the API: its built files under /assets (named by
// content, so cached for a year), and its one HTML page for `/` and for every other path the API
// does not own, so that a shared link like /artikel/42 opens the app, which then decides sign-in.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Paths the app never owns: a wrong API URL stays a problem+json 404, never an HTML page. */
const NOT_APP = /^\/(api|auth|healthz|assets|newsroom)(\/|$|\?)/;

/**
 * Scripts only from this server, no inline script, no framing: scraped text that slipped through
 * as markup still could not run. Inline styles are allowed for the component library's style
 * attributes; images may come from outlets (article pictures) over https.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function appPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', 'no-cache');
}

/** True for a request a browser makes to open a page (not an API client, not a file). */
export function wantsAppPage(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (NOT_APP.test(req.url)) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

export async function serveWebApp(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const indexFile = `${dist}/index.html`;
  if (!existsSync(indexFile)) {
    // Without a build the API still serves; `npm start` builds the app before it starts.
    app.log.warn({ dist }, 'web app not built (npm run build:web): serving the API only');
    return;
  }
  // Read once: the built page changes only with a new build, which means a restart.
  const page = readFileSync(indexFile, 'utf8');
  // Every built file gets its own route (no wildcard): a path that is no file falls through to
  // the not-found handler, which answers the app's page or a problem+json 404.
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    index: false,
    wildcard: false,
    decorateReply: false,
    schemaHide: true,
    cacheControl: false,
    setHeaders(res, path) {
      // Files under assets/ are named by their content: a new build gives new names.
      const cache = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.setHeader('cache-control', cache);
      res.setHeader('x-content-type-options', 'nosniff');
      if (path.endsWith('.html')) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    },
  });
  const sendPage = (_req: FastifyRequest, reply: FastifyReply) =>
    appPageHeaders(reply).type('text/html; charset=utf-8').send(page);
  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, sendPage);
  app.decorate('appPage', sendPage);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends the web app's page (set once the app is built and served). */
    appPage?: (req: FastifyRequest, reply: FastifyReply) => FastifyReply;
  }
}
