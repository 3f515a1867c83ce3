// /newsroom/: the government's own public newsroom, served without sign-in: the list with search and
// archive, each release, its RSS 2.0 feed and sitemap, and its stylesheet. Pages carry no script and
// a Content-Security-Policy that allows none, so nothing typed into a release can run in a reader.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NEWSROOM_CSS } from '../../publish/newsroom-pages.ts';
import { newsroomPage } from './newsroom.service.ts';

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;

function hostOf(req: FastifyRequest): string {
  return (req.hostname || '').toLowerCase().replace(/:\d+$/, '');
}

export function newsroomRoutes(app: FastifyInstance) {
  const store = app.pantau.store;
  const send = async (req: FastifyRequest, reply: FastifyReply, page: string) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    const q = req.query as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const base = `${req.protocol}://${req.host}/newsroom`;
    const r = await newsroomPage(store, {
      host: hostOf(req),
      base,
      page,
      query: { q: text(q.q), bulan: text(q.bulan), halaman: text(q.halaman) },
    });
    // Readers and feed readers may keep a page a minute; a withdrawal shows within that minute.
    reply.header('cache-control', r.status === 200 ? 'public, max-age=60' : 'no-store');
    return reply.code(r.status).type(r.type).send(r.body);
  };
  const opts = { schema: { hide: true }, config: { access: 'public' as const } };
  app.get('/newsroom', opts, (_req, reply) => reply.redirect('/newsroom/', 301));
  app.get('/newsroom/', opts, (req, reply) => send(req, reply, ''));
  app.get('/newsroom/feed.xml', opts, (req, reply) => send(req, reply, 'feed.xml'));
  app.get('/newsroom/sitemap.xml', opts, (req, reply) => send(req, reply, 'sitemap.xml'));
  app.get('/newsroom/style.css', opts, (_req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    reply.header('cache-control', 'public, max-age=3600');
    return reply.type('text/css; charset=utf-8').send(NEWSROOM_CSS);
  });
  app.get<{ Params: { slug: string } }>('/newsroom/:slug', opts, (req, reply) => {
    const slug = req.params.slug;
    return send(req, reply, SLUG.test(slug) ? slug : '\u0000');
  });
}
